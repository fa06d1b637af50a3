// BuildFamilyAccount: the family's account simulated event by event (see family_account.hpp).
// Events are ordered by (time, kind, a key of the event's own), never by when they were queued, so
// the order, and with it every number handed out, is the same whatever as_of is. Every row an
// event enters (its payment, the adjustments it makes, the statement and its PDF) is entered at the
// event's own moment: the cut shows all of an event or none of it, and a row is there exactly when
// its stamp has happened.
// Keys: PayNum = PatientKey(head, n) for the family's n-th payment, SplitNum = PayNum * 4 + k;
// AdjNum = ProcNum * 8 + k (k 0 discount, 1 cash discount, 2 bad debt, 3 small balance) for a
// procedure's adjustments, StatementNum * 8 + 4 for a finance charge and * 8 + 5 for its bad debt;
// StatementNum = PatientKey(head, n), its PDF's DocNum = PatientKey(head, 90000 + n) and
// StatementProdNum = StatementNum * 1000 + item.
#include "core/billing/family_account.hpp"

#include <algorithm>
#include <limits>
#include <queue>
#include <set>
#include <tuple>

#include "core/float8_cents.hpp"
#include "core/patients/roster.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/practice/office_records.hpp"
#include "core/rng.hpp"
#include "core/visits/visit_tables.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// Rates and policies; docs/BUSINESS_LOGIC.md ("Patient billing") gives their sources.
constexpr double kPayAtVisitShare = 0.65;  // families who pay their estimated portion at checkout
enum class Payer { kPrompt, kInstalments, kSlow, kNever };
constexpr double kPayerWeights[] = {0.76, 0.11, 0.10, 0.03};
constexpr int kMaxSplits = 3;  // charges one payment is split over
constexpr int64_t kSmallBalanceCents = 500;  // leftovers after insurance under $5 are written off
constexpr int64_t kDepositMinFee = 70000;  // major work from $700 may be booked with a deposit
constexpr double kDepositChance = 0.35;
constexpr int64_t kDepositMaxCents = 50000;  // deposits are at most $500
constexpr int kDepositRefundDays = 180;  // a deposit for work not done by then is refunded
constexpr int kLeftoverRefundDays = 14;  // what a deposit exceeded the work by is refunded after
constexpr int kFinanceChargeAfterDays = 90;  // balances older than this draw a finance charge
constexpr int64_t kFinanceChargePerMille = 15;  // 1.5% a month
constexpr int64_t kMinFinanceChargeCents = 150;  // not charged on overdue balances under $100
constexpr int kBadDebtAfterDays = 180;  // what is still owed half a year after the charge goes to bad debt
constexpr int64_t kInstalmentFloorCents = 5000;  // instalments of at least $50
constexpr int64_t kCheckLimitCents = 500000;  // cash and checks up to $5,000; more is financed (or by card)
constexpr int64_t kFinancingMinCents = 50000;  // a quarter of desk payments from $500 are financed
constexpr double kFinancingShare = 0.25;
constexpr double kLenderWeights[] = {0.45, 0.15, 0.15, 0.15, 0.10};  // Care Credit, Sunbit, Cherry, ProceedFinance, Lending Club
constexpr int64_t kProceedFinanceMaxCents = 5000000;  // ProceedFinance loans up to $50,000
constexpr double kDiscretionaryDiscountChance = 0.035;
constexpr double kCorrectionChance = 0.006;
constexpr int64_t kPaidInFullMinCents = 50000;  // uninsured visits from $500 paid in full get 5% off
constexpr int kSeniorAge = 65;
constexpr int64_t kSeniorDiscountMinFee = 10000;  // on procedures from $100 (not on exams and films)

// OpenDental StatementMode values.
constexpr int kModeMail = 0;
constexpr int kModeEmail = 2;
constexpr int kModeElectronic = 3;

enum EventKind : int { kCharge, kDeposit, kTransfer, kCheckout, kInsurance, kRefund, kStatement, kPayment };

struct Event {
    Timestamp at;
    int kind;
    int64_t key;  // the event's own stable key (ProcNum, AptNum, StatementNum, ...)
    size_t index;  // charge, deposit or member index, depending on the kind
    int64_t amount;  // a payment's planned amount
    int channel;  // a payment's channel (statement mode) or the insurance ordinal
    bool operator>(const Event& o) const {
        return std::tie(at.micros, kind, key, channel) > std::tie(o.at.micros, o.kind, o.key, o.channel);
    }
};

struct Charge {
    size_t member;
    int64_t pat_num;
    int64_t proc_num;  // 0 for an adjustment charge
    int64_t adj_num;  // the positive adjustment that is this charge, else 0
    const ProcedureStory* proc;  // nullptr for an adjustment charge
    const ProcedureInsurance* insurance;
    Date date;
    int64_t prov_num;
    int64_t amount;
    int64_t adjusted = 0;  // signed sum of its adjustments
    int64_t ins_paid = 0;
    int64_t written_off = 0;
    int64_t paid = 0;
    int64_t expected = 0;  // insurance still expected (estimates of claims not received)

    int64_t Balance() const { return amount + adjusted - ins_paid - written_off - paid; }
    int64_t Due() const { return std::max<int64_t>(0, Balance() - expected); }
};

struct Deposit {
    size_t charge_member;
    int64_t pat_num;
    int64_t proc_num;
    const ProcedureStory* proc;
    int64_t unearned_type;
    int64_t held;  // still unearned
};

class AccountBuilder {
public:
    AccountBuilder(const Practice& practice, const FamilyStory& family, const std::vector<AccountMember>& members)
        : practice_(practice),
          family_(family),
          members_(members),
          params_(practice.params),
          head_(family.shape.head),
          family_rng_(practice.params.seed, Stream::kAccount, static_cast<uint64_t>(family.shape.head)),
          billing_users_(BillingUserNums(practice)),
          desk_users_(FrontDeskUserNums(practice)) {
        pay_at_visit_ = family_rng_.Chance(kPayAtVisitShare);
        payer_ = static_cast<Payer>(family_rng_.Weighted(kPayerWeights));
        if (family.billing_type == def::kBillingPaymentPlan) payer_ = Payer::kInstalments;
        // Families billed to insurance only get no statements: they settle their part at the desk.
        if (family.billing_type == def::kBillingInsuranceOnly) pay_at_visit_ = true;
        if (payer_ == Payer::kNever) pay_at_visit_ = false;
        const double mode = family_rng_.Unit();
        statement_mode_ = mode < 0.5 ? kModeMail : mode < 0.9 ? kModeEmail : kModeElectronic;
        for (const AccountMember& m : members) out_.balances[m.person->pat_num];
    }

    FamilyAccount Build() {
        QueueLifeEvents();
        while (!queue_.empty()) {
            const Event e = queue_.top();
            queue_.pop();
            if (!params_.Happened(e.at)) break;
            Handle(e);
        }
        Balances();
        return std::move(out_);
    }

private:
    void Push(Timestamp at, int kind, int64_t key, size_t index = 0, int64_t amount = 0, int channel = 0) {
        if (!params_.Happened(at)) return;  // has not happened; a later as_of queues it again
        queue_.push(Event{at, kind, key, index, amount, channel});
    }

    // Charges, insurance receipts, checkouts and deposits come from the members' lives; statements
    // from the calendar.
    void QueueLifeEvents() {
        for (size_t m = 0; m < members_.size(); ++m) {
            const PatientLife& life = *members_[m].life;
            for (size_t pi = 0; pi < life.procedures.size(); ++pi) {
                const ProcedureStory& p = life.procedures[pi];
                if (p.completed == kZeroTimestamp || p.fee_cents <= 0 || p.code->code == "~GRP~") continue;
                Push(p.completed, kCharge, p.proc_num, m, 0, static_cast<int>(pi));
                const auto ins = members_[m].insurance->by_proc.find(p.proc_num);
                if (ins == members_[m].insurance->by_proc.end()) continue;
                if (ins->second.primary_paid_at != kZeroTimestamp) Push(ins->second.primary_paid_at, kInsurance, p.proc_num, m, 0, 1);
                if (ins->second.secondary_paid_at != kZeroTimestamp) Push(ins->second.secondary_paid_at, kInsurance, p.proc_num, m, 0, 2);
                if (ins->second.supplemental_paid_at != kZeroTimestamp)
                    Push(ins->second.supplemental_paid_at, kInsurance, p.proc_num, m, 0, 3);
            }
            for (size_t a = 0; a < life.appointments.size(); ++a) {
                const AppointmentStory& apt = life.appointments[a];
                if (apt.outcome == Outcome::kKept)
                    Push(AddMinutes(TimesOf(apt, life.pat_num).dismissed, 3), kCheckout, apt.apt_num, m, 0, static_cast<int>(a));
                if (apt.kind == VisitKind::kRestorative && apt.outcome != Outcome::kPlanned)
                    Push(AddMinutes(apt.created, 6), kDeposit, apt.apt_num, m, 0, static_cast<int>(a));
            }
        }
        NextStatement(DateOf(family_.entry));
    }

    void Handle(const Event& e) {
        switch (e.kind) {
            case kCharge:
                OnCharge(e);
                break;
            case kDeposit:
                OnDeposit(e);
                break;
            case kTransfer:
                OnTransfer(e);
                break;
            case kCheckout:
                OnCheckout(e);
                break;
            case kInsurance:
                OnInsurance(e);
                break;
            case kRefund:
                OnRefund(e);
                break;
            case kStatement:
                OnStatement(e);
                break;
            case kPayment:
                OnPayment(e);
                break;
        }
    }

    // ---- charges and their adjustments ----

    const ProcedureStory* ProcedureOf(size_t member, int64_t proc_num) const {
        for (const ProcedureStory& p : members_[member].life->procedures)
            if (p.proc_num == proc_num) return &p;
        return nullptr;
    }

    bool IsNewPatientVisit(size_t member, int64_t apt_num) const {
        for (const AppointmentStory& a : members_[member].life->appointments)
            if (a.apt_num == apt_num) return a.kind == VisitKind::kNewPatient;
        return false;
    }

    void OnCharge(const Event& e) {
        const ProcedureStory& p = members_[e.index].life->procedures[static_cast<size_t>(e.channel)];
        const PersonStory& person = *members_[e.index].person;
        Charge c{};
        c.member = e.index;
        c.pat_num = person.pat_num;
        c.proc_num = p.proc_num;
        c.proc = &p;
        c.date = DateOf(p.completed);
        c.prov_num = p.prov_num;
        c.amount = p.fee_cents;
        const auto ins = members_[e.index].insurance->by_proc.find(p.proc_num);
        if (ins != members_[e.index].insurance->by_proc.end()) {
            c.insurance = &ins->second;
            c.expected = ins->second.primary_estimate + ins->second.write_off_estimate + ins->second.secondary_estimate;
        }
        charge_of_proc_[p.proc_num] = charges_.size();
        charges_.push_back(c);
        Touch(c.pat_num, e.at);
        Discount(charges_.size() - 1, e.at);
        const auto deposit = deposit_of_proc_.find(p.proc_num);
        if (deposit != deposit_of_proc_.end()) Push(AddMinutes(e.at, 2), kTransfer, p.proc_num, deposit->second);
    }

    // The office's discount on a fresh charge, if any (adjustment k = 0, dated the procedure's day).
    void Discount(size_t ci, Timestamp at) {
        Charge& c = charges_[ci];
        const PersonStory& person = *members_[c.member].person;
        EntityRng rng(practice_.params.seed, Stream::kAccount, static_cast<uint64_t>(c.proc_num) << 3);
        const int64_t due = c.Due();
        const bool insured = c.insurance != nullptr;
        int64_t type = 0, amount = 0;
        std::string note;
        if (family_.billing_type == def::kBillingEmployee) {
            type = person.role == FamilyRole::kChild ? def::kAdjEmployeeFamilyDiscount : def::kAdjEmployeeDiscount;
            amount = -due / 2;
            note = "Staff benefit: half of the patient portion";
        } else if (!insured && c.amount >= kSeniorDiscountMinFee && WholeYears(person.birthdate, c.date) >= kSeniorAge) {
            type = def::kAdjSeniorDiscount;
            amount = -c.amount / 10;
            note = "Senior discount 10%";
        } else if (!insured && c.proc->code->code == "D0150" && IsNewPatientVisit(c.member, c.proc->apt_num)) {
            type = def::kAdjNewPatientDiscount;
            amount = -due / 2;
            note = "New patient exam special";
        } else if (due >= 10000 && rng.Chance(kDiscretionaryDiscountChance)) {
            static constexpr int64_t kTypes[] = {def::kAdjProviderDiscount, def::kAdjProviderCourtesy, def::kAdjFamilyDiscount,
                                                 def::kAdjStaffCourtesy,    def::kAdjFamilyCourtesy,   def::kAdjReferralCredit};
            static constexpr int64_t kPercents[] = {10, 15, 5, 10, 5, 0};
            static const char* const kNotes[] = {"Provider discount", "Courtesy discount from the doctor",
                                                 "Family discount",   "Staff courtesy",
                                                 "Family courtesy",   "Thank-you credit for a referral"};
            const int pick = rng.Weighted({0.30, 0.25, 0.15, 0.10, 0.10, 0.10});
            type = kTypes[pick];
            amount = kPercents[pick] > 0 ? -due * kPercents[pick] / 100 : -2500;
            note = kNotes[pick];
        } else if (rng.Chance(kCorrectionChance)) {
            const bool up = rng.Chance(0.5);
            type = up ? def::kAdjAdminCorrection : def::kAdjAdminAdjustment;
            amount = (up ? 1 : -1) * rng.Uniform(5, 25) * 100;
            note = up ? "Fee corrected: materials" : "Fee corrected to the quoted amount";
        }
        if (amount < 0) amount = -std::min(-amount, due);  // never more than the patient owes
        if (amount == 0) return;
        Adjust(ci, c.proc_num * 8, type, amount, c.date, at, note, desk_users_);
    }

    void Adjust(size_t ci, int64_t adj_num, int64_t type, int64_t amount, Date day, Timestamp entered, const std::string& note,
                const std::vector<int64_t>& users, int64_t statement_num = 0) {
        Charge& c = charges_[ci];
        c.adjusted += amount;
        AccountAdjustment a{};
        a.adj_num = adj_num;
        a.pat_num = c.pat_num;
        a.type = type;
        a.amount = amount;
        a.adj_date = day;
        a.entered = entered;
        a.proc_num = c.proc_num;
        a.proc_date = c.proc_num != 0 ? c.date : kZeroDate;
        a.prov_num = c.prov_num;
        a.statement_num = statement_num;
        a.user = PickUser(users, adj_num);
        a.note = note;
        out_.adjustments.push_back(std::move(a));
        Touch(c.pat_num, entered);
    }

    // ---- insurance ----

    void OnInsurance(const Event& e) {
        const auto it = charge_of_proc_.find(e.key);
        if (it == charge_of_proc_.end()) return;
        Charge& c = charges_[it->second];
        const ProcedureInsurance& ins = *c.insurance;
        if (e.channel == 1) {
            // What an underpaid claim still owes, or a denied claim sent again will pay, is still expected.
            c.expected -= ins.primary_estimate + ins.write_off_estimate - ins.supplemental_paid - ins.supplemental_write_off;
            c.ins_paid += ins.primary_paid;
            c.written_off += ins.write_off;
        } else if (e.channel == 2) {
            c.expected -= ins.secondary_estimate;
            c.ins_paid += ins.secondary_paid;
        } else {
            c.expected -= ins.supplemental_paid + ins.supplemental_write_off;
            c.ins_paid += ins.supplemental_paid;
            c.written_off += ins.supplemental_write_off;
        }
        Touch(c.pat_num, e.at);
        const bool last = e.channel != 1 || (ins.secondary_paid_at == kZeroTimestamp && ins.supplemental_paid_at == kZeroTimestamp);
        const int64_t left = c.Due();
        if (last && left > 0 && left < kSmallBalanceCents)
            Adjust(it->second, c.proc_num * 8 + 3, def::kAdjInsuranceWriteoff, -left, DateOf(e.at), e.at,
                   "Small balance after insurance written off", billing_users_);
    }

    // ---- payments ----

    // How a payment is made, drawn before its amount is known: a card (online through the patient
    // portal after a statement), a check, or cash at the desk.
    struct Instrument {
        bool card = false;
        bool online = false;
        bool by_check = false;
    };

    static Instrument DrawInstrument(int channel, EntityRng& rng) {
        const bool desk = channel < 0;
        Instrument how;
        how.card = rng.Chance(desk ? 0.68 : channel == kModeMail ? 0.25 : 0.85);
        how.online = !desk && how.card && rng.Chance(channel == kModeMail ? 0.5 : 0.85);
        how.by_check = !how.card && (!desk || rng.Chance(0.45));
        return how;
    }

    // Pays what is due on `candidates` (in the order given), up to `limit`: one payment of at most
    // kMaxSplits charges. Paid online, the card is charged once per member whose charges it pays,
    // each charge entered on that member's account (the processor's fee is the member's too). A
    // charge the float8 settling (SettleCents) takes off a payment is paid by another payment of
    // the same moment.
    void Pay(const std::vector<size_t>& candidates, int64_t limit, Timestamp at, int channel, const std::vector<int64_t>& users) {
        AccountPayment pay = NewPayment();
        EntityRng rng(practice_.params.seed, Stream::kAccount, static_cast<uint64_t>(pay.pay_num));
        const Instrument how = DrawInstrument(channel, rng);
        std::vector<std::vector<size_t>> groups;
        if (how.online) {
            for (size_t ci : candidates) {
                auto same = std::find_if(groups.begin(), groups.end(),
                                         [&](const std::vector<size_t>& g) { return charges_[g.front()].pat_num == charges_[ci].pat_num; });
                if (same == groups.end())
                    groups.push_back({ci});
                else
                    same->push_back(ci);
            }
        } else {
            groups.push_back(candidates);
        }
        bool fresh = true;  // no entered payment has taken pay's number yet
        for (size_t g = 0; g < groups.size() && limit > 0; ++g) {
            if (!fresh) pay = NewPayment();
            fresh = true;
            std::vector<size_t> deferred;
            Allocate(pay, groups[g], limit, deferred);
            if (!deferred.empty()) groups.insert(groups.begin() + static_cast<std::ptrdiff_t>(g) + 1, deferred);
            if (pay.splits.empty()) continue;
            for (const AccountSplit& s : pay.splits) Touch(s.pat_num, at);
            limit -= pay.amount;
            if (how.online) pay.pat_num = pay.splits.front().pat_num;
            ChooseType(pay, how, channel, rng);
            Enter(std::move(pay), at, users);
            fresh = false;
        }
        if (fresh) --payment_count_;
    }

    // Splits up to `limit` over `group`'s charges in order, at most kMaxSplits, none above its due,
    // and posts the splits on the charges. Charges SettleCents leaves out go to `deferred`.
    void Allocate(AccountPayment& pay, const std::vector<size_t>& group, int64_t limit, std::vector<size_t>& deferred) {
        std::vector<size_t> chosen;
        std::vector<int64_t> amounts;
        for (size_t ci : group) {
            if (static_cast<int>(chosen.size()) == kMaxSplits || limit <= 0) break;
            const int64_t amount = std::min(charges_[ci].Due(), limit);
            if (amount <= 0) continue;
            chosen.push_back(ci);
            amounts.push_back(amount);
            limit -= amount;
        }
        SettleCents(chosen, amounts, deferred);
        for (size_t i = 0; i < chosen.size(); ++i) {
            Charge& c = charges_[chosen[i]];
            c.paid += amounts[i];
            pay.splits.push_back(Split(pay, c, amounts[i]));
            pay.amount += amounts[i];
        }
    }

    // The downstream sums a payment's splits in float8 and compares the sum with the payment's
    // amount exactly, and so must every split be chosen (Float8SumExact). When the sum is not exact
    // the office moves a few cents from one split to another whose charge still has that much due
    // (the payment and what the family owes in all stay the same); when every split already pays its
    // charge in full, the last charge is taken off and paid on a payment of its own.
    void SettleCents(std::vector<size_t>& chosen, std::vector<int64_t>& amounts, std::vector<size_t>& deferred) const {
        while (!Float8SumExact(amounts)) {
            if (MoveCents(chosen, amounts)) return;
            deferred.insert(deferred.begin(), chosen.back());
            chosen.pop_back();
            amounts.pop_back();
        }
    }

    // Moves the fewest cents (up to 99) between two splits that makes the float8 sum exact, never
    // taking a split to 0 or above its charge's due; false when no such move exists.
    bool MoveCents(const std::vector<size_t>& chosen, std::vector<int64_t>& amounts) const {
        const size_t n = chosen.size();
        for (int64_t d = 1; d <= 99; ++d) {
            for (size_t to = 0; to < n; ++to) {
                if (charges_[chosen[to]].Due() - amounts[to] < d) continue;
                for (size_t from = 0; from < n; ++from) {
                    if (from == to || amounts[from] <= d) continue;
                    amounts[from] -= d;
                    amounts[to] += d;
                    if (Float8SumExact(amounts)) return true;
                    amounts[from] += d;
                    amounts[to] -= d;
                }
            }
        }
        return false;
    }

    // A new payment of the guarantor's, numbered in the account's order.
    AccountPayment NewPayment() {
        AccountPayment pay{};
        pay.pay_num = PatientKey(head_, ++payment_count_);
        pay.pat_num = head_;
        return pay;
    }

    // Enters `pay` at `at` by one of `users`.
    void Enter(AccountPayment&& pay, Timestamp at, const std::vector<int64_t>& users) {
        pay.entered = at;
        pay.user = PickUser(users, pay.pay_num);
        out_.payments.push_back(std::move(pay));
    }

    AccountSplit Split(const AccountPayment& pay, const Charge& c, int64_t amount) const {
        AccountSplit s{};
        s.split_num = pay.pay_num * 4 + static_cast<int64_t>(pay.splits.size());
        s.pat_num = c.pat_num;
        s.amount = amount;
        s.proc_num = c.proc_num;
        s.adj_num = c.adj_num;
        s.proc_date = c.date;
        s.prov_num = c.prov_num;
        return s;
    }

    // The payment type (category 10) for the instrument and amount: online card payments go through
    // the processor (Stripe); cards at the desk or by phone are Credit Card; larger amounts are
    // financed by a lender that pays the office (always above kCheckLimitCents unless by card);
    // otherwise check or cash.
    void ChooseType(AccountPayment& pay, const Instrument& how, int channel, EntityRng& rng) const {
        const bool desk = channel < 0;
        pay.online = how.online;
        pay.by_check = how.by_check;
        if (how.online) {
            pay.pay_type = def::kPayStripe;
        } else if ((!how.card && pay.amount > kCheckLimitCents) ||
                   (desk && pay.amount >= kFinancingMinCents && rng.Chance(kFinancingShare))) {
            static constexpr int64_t kLenders[] = {def::kPayCareCredit, def::kPaySunbit, def::kPayCherry, def::kPayProceedFinance,
                                                   def::kPayLendingClub};
            static const char* const kLenderNames[] = {"Care Credit", "Sunbit", "Cherry", "ProceedFinance", "Lending Club"};
            int pick = rng.Weighted(kLenderWeights);
            if (kLenders[pick] == def::kPayProceedFinance && pay.amount > kProceedFinanceMaxCents) pick = 0;
            pay.pay_type = kLenders[pick];
            pay.by_check = false;
            pay.note = std::string(kLenderNames[pick]) + (desk ? " financing at checkout" : " financing for the statement balance");
            return;
        } else if (how.card) {
            pay.pay_type = def::kPayCreditCard;
        } else if (how.by_check) {
            pay.pay_type = def::kPayCheck;
        } else {
            pay.pay_type = def::kPayCash;
        }
        if (desk)
            pay.note = "Paid at checkout";
        else if (pay.online)
            pay.note = "Online payment from statement";
        else
            pay.note = "Payment received for statement";
    }

    void OnCheckout(const Event& e) {
        if (!pay_at_visit_) return;
        const AppointmentStory& apt = members_[e.index].life->appointments[static_cast<size_t>(e.channel)];
        std::vector<size_t> visit;
        for (size_t ci = 0; ci < charges_.size(); ++ci)
            if (charges_[ci].member == e.index && charges_[ci].proc != nullptr && charges_[ci].proc->apt_num == apt.apt_num &&
                charges_[ci].Due() > 0)
                visit.push_back(ci);
        // Largest portions first: what cannot be split onto this payment goes on the next statement.
        std::stable_sort(visit.begin(), visit.end(), [&](size_t a, size_t b) { return charges_[a].Due() > charges_[b].Due(); });
        if (visit.empty()) return;
        int64_t total = 0;
        for (size_t ci : visit) total += charges_[ci].Due();
        // Uninsured patients paying a larger visit in full get the practice's paid-in-full discount.
        const Charge& first = charges_[visit.front()];
        if (first.insurance == nullptr && total >= kPaidInFullMinCents && family_.billing_type == def::kBillingStandard) {
            const int64_t discount = first.Due() * 5 / 100;
            if (discount > 0)
                Adjust(visit.front(), first.proc_num * 8 + 1, def::kAdjCashDiscountPif, -discount, DateOf(e.at), e.at,
                       "5% paid-in-full discount", desk_users_);
        }
        Pay(visit, std::numeric_limits<int64_t>::max(), e.at, -1, desk_users_);
    }

    // Charges with something due, oldest first.
    std::vector<size_t> DueCharges() const {
        std::vector<size_t> due;
        for (size_t ci = 0; ci < charges_.size(); ++ci)
            if (charges_[ci].Due() > 0) due.push_back(ci);
        std::stable_sort(due.begin(), due.end(), [&](size_t a, size_t b) { return charges_[a].date < charges_[b].date; });
        return due;
    }

    int64_t TotalDue() const {
        int64_t total = 0;
        for (const Charge& c : charges_) total += c.Due();
        return total;
    }

    void OnPayment(const Event& e) { Pay(DueCharges(), e.amount, e.at, e.channel, billing_users_); }

    // ---- deposits (unearned income), transfers and refunds ----

    void OnDeposit(const Event& e) {
        if (payer_ == Payer::kNever) return;
        const AppointmentStory& apt = members_[e.index].life->appointments[static_cast<size_t>(e.channel)];
        const ProcedureStory* major = nullptr;
        for (int64_t proc_num : apt.proc_nums) {
            const ProcedureStory* p = ProcedureOf(e.index, proc_num);
            if (p != nullptr && p->fee_cents >= kDepositMinFee && (major == nullptr || p->fee_cents > major->fee_cents)) major = p;
        }
        if (major == nullptr || deposit_of_proc_.count(major->proc_num) != 0) return;
        if (major->completed != kZeroTimestamp && major->completed <= e.at) return;
        EntityRng rng(practice_.params.seed, Stream::kAccount, static_cast<uint64_t>(apt.apt_num) << 3 | 1);
        if (!rng.Chance(kDepositChance)) return;
        const int64_t amount = std::min(kDepositMaxCents, major->fee_cents / 5 / 1000 * 1000);
        if (amount <= 0) return;
        Deposit d{e.index,
                  members_[e.index].person->pat_num,
                  major->proc_num,
                  major,
                  rng.Chance(0.6) ? def::kUnearnedTreatPlanPrepayment : def::kUnearnedPrepayment,
                  amount};
        deposit_of_proc_[major->proc_num] = deposits_.size();
        deposits_.push_back(d);
        AccountPayment pay = NewPayment();
        pay.splits.push_back(UnearnedSplit(pay, d, amount));
        pay.amount = amount;
        ChooseType(pay, DrawInstrument(-1, rng), -1, rng);
        pay.note = "Deposit for scheduled treatment";
        Enter(std::move(pay), e.at, desk_users_);
        Touch(d.pat_num, e.at);
        // The work, when done, triggers the transfer (OnCharge); if it is not done in time, the refund.
        Push(At(DateOf(e.at) + kDepositRefundDays, 10, 0), kRefund, major->proc_num, deposits_.size() - 1);
    }

    AccountSplit UnearnedSplit(const AccountPayment& pay, const Deposit& d, int64_t amount) const {
        AccountSplit s{};
        s.split_num = pay.pay_num * 4 + static_cast<int64_t>(pay.splits.size());
        s.pat_num = d.pat_num;
        s.amount = amount;
        s.prov_num = family_.dentist;
        s.unearned_type = d.unearned_type;
        return s;
    }

    // The deposit moves onto the finished procedure: a zero payment with a pair of splits.
    void OnTransfer(const Event& e) {
        Deposit& d = deposits_[e.index];
        if (d.held <= 0) return;
        Charge& c = charges_[charge_of_proc_.at(d.proc_num)];
        const int64_t amount = std::min(d.held, c.Due());
        if (amount > 0) {
            AccountPayment pay = NewPayment();
            pay.splits.push_back(UnearnedSplit(pay, d, -amount));
            pay.splits.push_back(Split(pay, c, amount));
            pay.pay_type = 0;
            pay.amount = 0;
            pay.note = "Income transfer: deposit applied to completed treatment";
            Enter(std::move(pay), e.at, billing_users_);
            d.held -= amount;
            c.paid += amount;
        }
        if (d.held > 0) Push(At(DateOf(e.at) + kLeftoverRefundDays, 10, 30), kRefund, d.proc_num, e.index);
    }

    void OnRefund(const Event& e) {
        Deposit& d = deposits_[e.index];
        if (d.held <= 0) return;
        // The 180-day check finds the work not done; a leftover refund follows a transfer.
        AccountPayment pay = NewPayment();
        pay.splits.push_back(UnearnedSplit(pay, d, -d.held));
        pay.amount = -d.held;
        pay.pay_type = def::kPayRefund;
        pay.by_check = true;
        pay.note = "Refund of unused deposit";
        Enter(std::move(pay), e.at, billing_users_);
        d.held = 0;
        Touch(d.pat_num, e.at);
    }

    // ---- statements ----

    void NextStatement(Date after) {
        const CivilDate civil = ToCivil(after);
        Date day = StatementDay(civil.year, civil.month);
        if (day <= after) {
            const CivilDate next = ToCivil(AddMonths(MakeDate(civil.year, civil.month, 1), 1));
            day = StatementDay(next.year, next.month);
        }
        EntityRng rng(practice_.params.seed, Stream::kAccount,
                      static_cast<uint64_t>(head_) << 20 | static_cast<uint64_t>(day.days & 0xFFFFF));
        Push(At(day, 7, static_cast<int>(rng.Uniform(30, 59))), kStatement, day.days);
    }

    Date StatementDay(int year, int month) const {
        const Date first = MakeDate(year, month, 1);
        const int days = AddMonths(first, 1) - first;
        return first + (std::min(members_.front().person->billing_cycle_day, days) - 1);
    }

    void OnStatement(const Event& e) {
        NextStatement(DateOf(e.at));
        if (TotalDue() <= 0) return;
        const Date day = DateOf(e.at);
        const int64_t statement_num = PatientKey(head_, statements_sent_ + 1);
        // Half a year after the charge, what is still owed goes to bad debt. The billing run does this
        // for insurance-only accounts too, though they get no statement: otherwise a family that
        // never pays keeps its debt in the over-90 bucket for ever.
        for (size_t ci = 0; ci < charges_.size(); ++ci) {
            Charge& c = charges_[ci];
            const int64_t due = c.Due();
            if (due <= 0 || day - c.date <= kBadDebtAfterDays) continue;
            const int64_t adj_num = c.proc_num != 0 ? c.proc_num * 8 + 2 : c.adj_num + 1;
            Adjust(ci, adj_num, def::kAdjBadDebtWriteoff, -due, day, e.at, "Uncollectible balance written off", billing_users_);
        }
        if (family_.billing_type == def::kBillingInsuranceOnly) return;
        const int64_t due = TotalDue();
        if (due <= 0) return;
        ++statements_sent_;
        AccountStatement s{};
        s.statement_num = statement_num;
        s.doc_num = PatientKey(head_, 90000 + statements_sent_);
        s.sent = e.at;
        s.range_from = last_statement_ == kZeroDate ? DateOf(family_.entry) : last_statement_ + 1;
        s.range_to = day;
        s.mode = statement_mode_;
        s.user = PickUser(billing_users_, statement_num);
        last_statement_ = day;
        // Finance charge on what has been owed for over 90 days.
        int64_t overdue = 0;
        for (const Charge& c : charges_)
            if (c.proc_num != 0 && c.Due() > 0 && day - c.date > kFinanceChargeAfterDays) overdue += c.Due();
        int64_t finance_adj = 0;
        const int64_t finance = overdue * kFinanceChargePerMille / 1000;
        if (family_.billing_type == def::kBillingStandard && finance >= kMinFinanceChargeCents) {
            finance_adj = statement_num * 8 + 4;
            // The finance charge is a charge of its own: nothing but its (positive) adjustment.
            Charge fc{};
            fc.member = 0;
            fc.pat_num = head_;
            fc.adj_num = finance_adj;
            fc.date = day;
            fc.prov_num = family_.dentist;
            charges_.push_back(fc);
            Adjust(charges_.size() - 1, finance_adj, def::kAdjFinanceCharge, finance, day, e.at,
                   "Finance charge 1.5% on balances over 90 days", billing_users_, statement_num);
        }
        s.past_due = overdue > 0;
        for (size_t ci : DueCharges()) {
            const Charge& c = charges_[ci];
            StatementItem item{};
            item.statement_prod_num = statement_num * 1000 + static_cast<int64_t>(s.items.size());
            item.fkey = c.proc_num != 0 ? c.proc_num : c.adj_num;
            item.prod_type = c.proc_num != 0 ? 0 : 1;
            item.late_charge_adj_num = finance_adj != 0 && c.proc_num != 0 && day - c.date > kFinanceChargeAfterDays ? finance_adj : 0;
            s.items.push_back(item);
            if (s.items.size() == 999) break;
        }
        s.balance = FamilyBalance();
        s.ins_est = ExpectedInsurance();
        s.due = TotalDue();
        out_.statements.push_back(s);
        SchedulePayment(s);
    }

    void SchedulePayment(const AccountStatement& s) {
        EntityRng rng(practice_.params.seed, Stream::kAccount, static_cast<uint64_t>(s.statement_num) << 3 | 2);
        const int delivered = s.mode == kModeMail ? static_cast<int>(rng.Uniform(3, 6)) : 0;
        int lag = delivered + static_cast<int>(rng.Uniform(1, 14));
        int64_t amount = s.due;
        switch (payer_) {
            case Payer::kPrompt:
                break;
            case Payer::kInstalments:
                amount = std::max(kInstalmentFloorCents, (s.due / 4 + 499) / 500 * 500);
                break;
            case Payer::kSlow:
                if (rng.Chance(0.5)) return;  // lets this one pass
                lag += static_cast<int>(rng.Uniform(25, 60));
                break;
            case Payer::kNever:
                return;
        }
        const Date day = DateOf(s.sent) + lag;
        const bool online = rng.Chance(s.mode == kModeMail ? 0.15 : 0.85);
        const Timestamp at = online ? At(day, static_cast<int>(rng.Uniform(7, 22)), static_cast<int>(rng.Uniform(0, 59)))
                                    : At(day, static_cast<int>(rng.Uniform(9, 16)), static_cast<int>(rng.Uniform(0, 59)));
        Push(at, kPayment, s.statement_num, 0, amount, s.mode);
    }

    int64_t FamilyBalance() const {
        int64_t total = 0;
        for (const Charge& c : charges_) total += c.Balance();
        for (const Deposit& d : deposits_) total -= d.held;
        return total;
    }

    int64_t ExpectedInsurance() const {
        int64_t total = 0;
        for (const Charge& c : charges_) total += c.expected;
        return total;
    }

    // ---- balances at the cut ----

    void Touch(int64_t pat_num, Timestamp at) {
        MemberBalance& own = out_.balances[pat_num];
        own.changed = std::max(own.changed, at);
        family_changed_ = std::max(family_changed_, at);
    }

    // Each member's own balance and pending insurance; the family's balance, aging and InsEst on the guarantor.
    void Balances() {
        for (const Charge& c : charges_) out_.balances[c.pat_num].own_balance += c.Balance();
        for (const Deposit& d : deposits_) out_.balances[d.pat_num].own_balance -= d.held;
        for (const AccountMember& m : members_) {
            MemberBalance& b = out_.balances[m.person->pat_num];
            for (const ClaimStory& claim : m.insurance->claims) {
                if (!params_.Happened(claim.created)) continue;
                b.changed = std::max(b.changed, claim.created);
                if (params_.Happened(claim.received)) {
                    b.changed = std::max(b.changed, claim.received);
                    continue;
                }
                for (const ClaimLine& line : claim.lines) b.own_ins_est += line.estimate;
            }
            family_changed_ = std::max(family_changed_, b.changed);
        }
        MemberBalance& head = out_.balances[head_];
        int64_t credits = 0;
        std::vector<std::pair<Date, int64_t>> debits;  // OpenDental's aging: charges by date, credits taken oldest first
        for (const Charge& c : charges_) {
            if (c.proc_num != 0) debits.emplace_back(c.date, c.amount);
            credits += c.ins_paid + c.written_off + c.paid;
        }
        // Positive adjustments are charges of their own day; negative ones are credits.
        for (const AccountAdjustment& a : out_.adjustments) {
            if (a.amount > 0)
                debits.emplace_back(a.adj_date, a.amount);
            else
                credits -= a.amount;
        }
        for (const Deposit& d : deposits_) credits += d.held;
        std::stable_sort(debits.begin(), debits.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        // The nightly aging runs at the turn of each day, so the cut's own day has been aged: a date
        // as_of shows the accounts aged as of that day.
        const Date aged_on = params_.CutDay();
        Timestamp aged = kZeroTimestamp;
        for (const auto& [day, amount] : debits) {
            const int64_t taken = std::min(amount, std::max<int64_t>(0, credits));
            credits -= taken;
            const int64_t left = amount - taken;
            if (left <= 0) continue;
            const int age = aged_on - day;
            (age <= 30 ? head.bal_0_30 : age <= 60 ? head.bal_31_60 : age <= 90 ? head.bal_61_90 : head.bal_over_90) += left;
            // The nightly aging moves the amount into the next bucket on these days.
            for (const int edge : {31, 61, 91})
                if (day + edge <= aged_on) aged = std::max(aged, At(day + edge, 0));
        }
        for (const auto& [pat, b] : out_.balances) {
            head.bal_total += b.own_balance;
            head.ins_est += b.own_ins_est;
        }
        head.changed = std::max({head.changed, family_changed_, aged});
    }

    int64_t PickUser(const std::vector<int64_t>& users, int64_t key) const {
        return users[static_cast<size_t>(Mix64(static_cast<uint64_t>(key)) % users.size())];
    }

    const Practice& practice_;
    const FamilyStory& family_;
    const std::vector<AccountMember>& members_;
    const GenerationParams& params_;  // holds the cut
    int64_t head_;
    EntityRng family_rng_;
    bool pay_at_visit_ = false;
    Payer payer_ = Payer::kPrompt;
    int statement_mode_ = kModeMail;
    std::vector<int64_t> billing_users_;
    std::vector<int64_t> desk_users_;
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> queue_;
    std::vector<Charge> charges_;
    std::map<int64_t, size_t> charge_of_proc_;
    std::vector<Deposit> deposits_;
    std::map<int64_t, size_t> deposit_of_proc_;
    int64_t payment_count_ = 0;
    int64_t statements_sent_ = 0;
    Date last_statement_ = kZeroDate;
    Timestamp family_changed_ = kZeroTimestamp;
    FamilyAccount out_;
};

}  // namespace

FamilyAccount BuildFamilyAccount(const Practice& practice, const FamilyStory& family, const std::vector<AccountMember>& members) {
    if (members.empty()) return {};
    return AccountBuilder(practice, family, members).Build();
}

}  // namespace dentsynth::core
