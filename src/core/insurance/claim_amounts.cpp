// The insurance story of one patient (BuildInsuranceClaims): which claims the office files for the
// completed work of each kept visit, when each is sent and received, what each carrier allows,
// pays and writes off per procedure (percentages, deductible, annual maximum, frequency and age
// limits, coordination of benefits, denials, resubmissions, underpayments and their supplemental
// payments), the checks that pay them, and PoolChecks, which merges a check run's checks. See insurance_claims.hpp for the vocabulary and
// docs/BUSINESS_LOGIC.md ("Insurance claims") for the rates.
#include "core/insurance/insurance_claims.hpp"

#include <algorithm>
#include <tuple>
#include <utility>

#include "core/patients/roster.hpp"
#include "core/practice/catalog_tables.hpp"
#include "core/practice/definitions.hpp"
#include "core/practice/office_records.hpp"
#include "core/rng.hpp"
#include "core/visits/chair_time.hpp"
#include "core/visits/visit_tables.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// Claims go out with the day's batch: the same day to three days after the visit.
constexpr int64_t kMaxSendLagDays = 3;
// Carriers adjudicate in 10-40 days (typical EDI turnaround for dental claims).
constexpr int64_t kMinReceiveLagDays = 10;
constexpr int64_t kMaxReceiveLagDays = 40;
// Share of primary claims denied outright (missing information, frequency limits, eligibility).
constexpr double kDenialRate = 0.04;
// EFT has overtaken paper checks but many carriers still mail checks.
constexpr double kEftShare = 0.40;
// Share of paid primary claims (single coverage) the carrier underpays; the office appeals and the
// carrier pays the rest as a supplemental payment 20-45 days later.
constexpr double kUnderpaidRate = 0.03;
constexpr int64_t kMinAppealDays = 20;
constexpr int64_t kMaxAppealDays = 45;
// Share of denials (all single coverage) that were for missing information: the office corrects the
// claim and sends it again 2-7 days after the denial; the carrier pays 14-30 days later.
constexpr double kResubmitShare = 0.5;
// Supplemental claimprocs are keyed PatientKey(pat, this + the line's own local).
constexpr int64_t kSupplementalLocalBase = 50000;
// Checks that pay only a supplemental are keyed PatientKey(pat, this + claim local).
constexpr int64_t kSupplementalCheckLocalBase = 60000;

// How a carrier pays a check: EFT or a paper check, from the check's engine. Every check pays
// something: a claim the carrier pays nothing on (a $0 EOB) is received without one.
int64_t CheckPayType(uint64_t seed, const CheckStory& check) {
    EntityRng rng(seed, Stream::kInsCheck, static_cast<uint64_t>(check.claim_payment_num));
    return rng.Chance(kEftShare) ? def::kInsPayEft : def::kInsPayCheck;
}

// The deductible applies to basic and major work only (diagnostic and preventive are first-dollar).
bool DeductibleApplies(CoverageCategory category) {
    return category != CoverageCategory::kDiagnostic && category != CoverageCategory::kPreventive &&
           category != CoverageCategory::kRadiology && category != CoverageCategory::kOrthodontics;
}

// Benefits used so far in a calendar year under one subscription.
struct YearUse {
    int64_t deductible = 0;
    int64_t paid = 0;
};

class InsuranceBuilder {
public:
    InsuranceBuilder(const PatientContext& patient, const PatientLife& life)
        : patient_(patient), life_(life), users_(BillingUserNums(patient.practice)) {}

    InsuranceOutcome Build() {
        const std::vector<Coverage> coverages = CoverageOf(patient_.family, patient_.person);
        if (coverages.empty()) return std::move(out_);
        // Kept visits in time order: the deductible and maximum are used up in date-of-service order.
        std::vector<size_t> kept;
        for (size_t i = 0; i < life_.appointments.size(); ++i)
            if (life_.appointments[i].outcome == Outcome::kKept) kept.push_back(i);
        std::stable_sort(kept.begin(), kept.end(),
                         [&](size_t a, size_t b) { return life_.appointments[a].slot.start < life_.appointments[b].slot.start; });
        for (size_t apt_index : kept) Visit(apt_index, coverages);
        Checks();
        return std::move(out_);
    }

private:
    // Files the claims of one kept visit: the primary, and the secondary once the primary is paid.
    void Visit(size_t apt_index, const std::vector<Coverage>& coverages) {
        const AppointmentStory& apt = life_.appointments[apt_index];
        std::vector<size_t> procs;
        Timestamp done = TimesOf(apt, life_.pat_num).dismissed;
        for (size_t i = 0; i < life_.procedures.size(); ++i) {
            const ProcedureStory& p = life_.procedures[i];
            if (p.apt_num != apt.apt_num || p.completed == kZeroTimestamp || p.fee_cents <= 0 || p.code->code == "~GRP~") continue;
            procs.push_back(i);
            done = std::max(done, p.completed);
        }
        if (procs.empty()) return;
        const Date service = DateOf(life_.procedures[procs.front()].completed);
        std::vector<const Coverage*> in_force;
        for (const Coverage& c : coverages)
            if (InForce(*c.subscription, service)) in_force.push_back(&c);
        if (in_force.empty()) return;
        const Coverage* second = in_force.size() > 1 ? in_force[1] : nullptr;
        const size_t primary = NewClaim(apt_index, 1, *in_force[0], second, service, AddMinutes(done, 4));
        Primary(out_.claims[primary], procs);
        if (second == nullptr) return;
        // No secondary claim when the primary left nothing for the patient to owe (preventive at 100%).
        int64_t remaining = 0;
        for (const ClaimLine& line : out_.claims[primary].lines) remaining += line.fee - line.paid - line.write_off;
        if (remaining == 0) return;
        const Timestamp created = AddMinutes(out_.claims[primary].received, 3 + (out_.claims[primary].claim_num % 20));
        const size_t secondary = NewClaim(apt_index, 2, *second, in_force[0], service, created);
        Secondary(out_.claims[secondary], out_.claims[primary]);
    }

    // A claim's header and its timeline: created, sent, received; drawn from the claim's engine.
    size_t NewClaim(size_t apt_index, int ordinal, const Coverage& coverage, const Coverage* other, Date service, Timestamp created) {
        const AppointmentStory& apt = life_.appointments[apt_index];
        ClaimStory c{};
        c.local = static_cast<int64_t>(apt_index) * 2 + ordinal;
        c.claim_num = PatientKey(life_.pat_num, c.local);
        c.apt_index = apt_index;
        c.ordinal = ordinal;
        c.subscription = coverage.subscription;
        c.plan = &patient_.practice.plans[static_cast<size_t>(coverage.subscription->plan_num - 1)];
        c.pat_relat = coverage.relationship;
        c.other_subscription = other ? other->subscription : nullptr;
        c.other_pat_relat = other ? other->relationship : 0;
        c.service = service;
        c.prov_treat = apt.prov_num;
        EntityRng rng(patient_.practice.params.seed, Stream::kInsClaim, static_cast<uint64_t>(c.claim_num));
        c.user = users_[static_cast<size_t>(rng.Uniform(0, static_cast<int64_t>(users_.size()) - 1))];
        c.created = created;
        const int64_t send_lag = rng.Uniform(0, kMaxSendLagDays);
        const Date send_day = DateOf(created) + static_cast<int>(send_lag);
        if (send_lag == 0) {
            // Sent with the evening batch, capped before midnight.
            c.sent = std::min(AddMinutes(created, rng.Uniform(20, 120)), At(send_day, 23, 30));
        } else {
            c.sent = At(send_day, static_cast<int>(rng.Uniform(8, 16)), static_cast<int>(rng.Uniform(0, 59)));
        }
        const Date receive_day = DateOf(c.sent) + static_cast<int>(rng.Uniform(kMinReceiveLagDays, kMaxReceiveLagDays));
        c.received = PostingTime(c.plan->carrier_num, receive_day);
        c.denied = ordinal == 1 && rng.Chance(kDenialRate);
        c.underpaid = ordinal == 1 && !c.denied && other == nullptr && rng.Chance(kUnderpaidRate);
        c.underpaid_share = static_cast<int>(rng.Uniform(50, 80));
        if (c.underpaid)
            c.supplemental_received =
                PostingTime(c.plan->carrier_num, DateOf(c.received) + static_cast<int>(rng.Uniform(kMinAppealDays, kMaxAppealDays)));
        c.resubmitted = c.denied && other == nullptr && rng.Chance(kResubmitShare);
        if (c.resubmitted) {
            const Date resend_day = DateOf(c.received) + static_cast<int>(rng.Uniform(2, 7));
            c.resubmitted_at = At(resend_day, static_cast<int>(rng.Uniform(8, 16)), static_cast<int>(rng.Uniform(0, 59)));
            c.supplemental_received = PostingTime(c.plan->carrier_num, resend_day + static_cast<int>(rng.Uniform(14, 30)));
        }
        out_.claims.push_back(std::move(c));
        return out_.claims.size() - 1;
    }

    // When one carrier's payment to the patient's check run arrives: on the carrier's payment
    // weekday on or after `earliest`, at one moment for every claim of that check, from the keys alone.
    Timestamp PostingTime(int64_t carrier_num, Date earliest) const {
        const int weekday = 1 + static_cast<int>(carrier_num % 5);  // Monday..Friday
        const Date day = earliest + (weekday - DayOfWeek(earliest) + 7) % 7;
        const uint64_t h = Mix64(static_cast<uint64_t>(CohortOf(life_.pat_num) / kCohortsPerCheckRun) * 1000003u ^
                                 static_cast<uint64_t>(carrier_num) << 40 ^ static_cast<uint64_t>(day.days));
        const int64_t minute = 9 * 60 + static_cast<int64_t>(h % (7 * 60));
        return AddMinutes(At(day, 0), minute);
    }

    YearUse& Use(const Subscription* s, Date day) { return use_[{s->ins_sub_num, ToCivil(day).year}]; }

    // The benefit a plan computes for one line, using up its deductible and maximum when it pays.
    ClaimLine Line(const ClaimStory& claim, size_t proc_index, bool pays) {
        const ProcedureStory& p = life_.procedures[proc_index];
        const InsPlanInfo& plan = *claim.plan;
        ClaimLine line{};
        line.claim_proc_num = PatientKey(life_.pat_num, static_cast<int64_t>(proc_index) * 2 + claim.ordinal);
        line.proc_index = proc_index;
        line.fee = p.fee_cents;
        line.allowed = AllowedFeeCents(patient_.practice, plan, *p.code, p.fee_cents);
        line.percent = CoveragePercent(plan, p.code->coverage);
        YearUse& use = Use(claim.subscription, claim.service);
        line.limitation = Limitation(claim, p);
        if (DeductibleApplies(p.code->coverage) && line.limitation == nullptr)
            line.deductible = std::clamp<int64_t>(plan.deductible_cents - use.deductible, 0, line.allowed);
        int64_t benefit = line.limitation != nullptr ? 0 : (line.allowed - line.deductible) * line.percent / 100;
        if (plan.annual_max_cents > 0) benefit = std::min(benefit, std::max<int64_t>(0, plan.annual_max_cents - use.paid));
        line.estimate = benefit;
        if (pays) {
            use.deductible += line.deductible;
            use.paid += benefit;
            if (line.limitation == nullptr) Counted(*claim.subscription, p, claim.service);
        }
        return line;
    }

    // The plan's frequency and age limits (its benefit rows) that leave this service uncovered, or
    // nullptr. Services are counted per subscription and calendar year, as the deductible and the
    // maximum are; only services the plan covered count.
    const char* Limitation(const ClaimStory& claim, const ProcedureStory& p) const {
        const InsPlanInfo& plan = *claim.plan;
        const std::string& code = p.code->code;
        const Date day = claim.service;
        const auto found = services_.find({claim.subscription->ins_sub_num, p.code->code_num});
        const std::vector<Date> none;
        const std::vector<Date>& before = found != services_.end() ? found->second : none;
        const int year = ToCivil(day).year;
        const auto this_year = std::count_if(before.begin(), before.end(), [&](Date d) { return ToCivil(d).year == year; });
        const int age = WholeYears(patient_.person.birthdate, day);
        if ((code == "D1110" || code == "D0120") && this_year >= 2) return "Not covered: frequency limitation (2 per year)";
        // Periodontal maintenance shares the cleanings' count: the plan allows so many of the two together a year.
        if ((code == "D1110" || code == "D4910") &&
            CoveredInYear(claim, "D1110", year) + CoveredInYear(claim, "D4910", year) >= plan.cleanings_with_perio_per_year)
            return "Not covered: frequency limitation (cleanings and periodontal maintenance)";
        if (code == "D4341" || code == "D4342") {
            const auto quadrant = quadrant_services_.find({claim.subscription->ins_sub_num, p.surface});
            if (quadrant != quadrant_services_.end() && !quadrant->second.empty() &&
                day < AddMonths(quadrant->second.back(), plan.srp_every_months))
                return "Not covered: frequency limitation (root planing per quadrant)";
        }
        if (code == "D4355" && !before.empty()) return "Not covered: frequency limitation (debridement once per lifetime)";
        if (code == "D0274" && this_year >= plan.bitewings_per_year) return "Not covered: frequency limitation (bitewings)";
        if (code == "D0210" && !before.empty() && day < AddMonths(before.back(), 12 * plan.fmx_every_years))
            return "Not covered: frequency limitation (full series)";
        if (code == "D1208" && age >= plan.fluoride_age_limit) return "Not covered: age limitation (fluoride)";
        if (code == "D1351" && age >= plan.sealant_age_limit) return "Not covered: age limitation (sealants)";
        return nullptr;
    }

    // The services of code `code` this subscription's plan covered in calendar year `year`.
    int64_t CoveredInYear(const ClaimStory& claim, const char* code, int year) const {
        const ProcedureCodeInfo* info = FindCode(patient_.practice, code);
        if (info == nullptr) return 0;
        const auto found = services_.find({claim.subscription->ins_sub_num, info->code_num});
        if (found == services_.end()) return 0;
        return std::count_if(found->second.begin(), found->second.end(), [&](Date d) { return ToCivil(d).year == year; });
    }

    // Records a service the plan covered, for the frequency limits of later ones (root planing per quadrant).
    void Counted(const Subscription& subscription, const ProcedureStory& p, Date service) {
        services_[{subscription.ins_sub_num, p.code->code_num}].push_back(service);
        if (p.code->code == "D4341" || p.code->code == "D4342")
            quadrant_services_[{subscription.ins_sub_num, p.surface}].push_back(service);
    }

    // Primary lines: the PPO write-off, the plan's share; nothing paid on a denial.
    void Primary(ClaimStory& claim, const std::vector<size_t>& procs) {
        for (size_t i : procs) {
            // A resubmitted denial is paid in the end: its benefits are used up like any other's.
            ClaimLine line = Line(claim, i, !claim.denied || claim.resubmitted);
            if (claim.denied) {
                if (claim.resubmitted) {
                    line.supplemental = line.estimate;
                    line.supplemental_write_off = line.fee - line.allowed;
                }
                line.deductible = 0;
            } else {
                line.paid = claim.underpaid ? line.estimate * claim.underpaid_share / 100 : line.estimate;
                line.supplemental = line.estimate - line.paid;
                line.write_off = line.fee - line.allowed;
            }
            line.supplemental_claim_proc_num =
                PatientKey(life_.pat_num, kSupplementalLocalBase + (line.claim_proc_num - PatientKey(life_.pat_num, 0)));
            claim.lines.push_back(line);
        }
        // A claim with nothing estimated cannot be underpaid; resubmitting one that pays nothing is pointless.
        int64_t owed_later = 0;
        for (const ClaimLine& line : claim.lines) owed_later += line.supplemental;
        if (owed_later == 0) claim.underpaid = claim.resubmitted = false;
    }

    // Secondary lines (coordination of benefits): the lesser of the plan's own benefit and what
    // the primary left unpaid.
    void Secondary(ClaimStory& claim, const ClaimStory& primary) {
        for (const ClaimLine& first : primary.lines) {
            const int64_t remaining = first.fee - first.paid - first.write_off;
            ClaimLine line = Line(claim, first.proc_index, false);
            line.estimate = std::min(line.estimate, remaining);
            line.deductible = std::min(line.deductible, remaining);
            line.paid = line.estimate;
            line.paid_other = first.paid;
            YearUse& use = Use(claim.subscription, claim.service);
            use.deductible += line.deductible;
            use.paid += line.paid;
            if (line.limitation == nullptr) Counted(*claim.subscription, life_.procedures[line.proc_index], claim.service);
            claim.lines.push_back(line);
        }
    }

    // One check per (carrier, posting moment) of this patient (PoolChecks merges them across the
    // check run); fills the per-procedure outcome.
    void Checks() {
        std::map<std::tuple<int64_t, int64_t>, size_t> by_key;  // (posted micros, carrier) -> check index
        auto check_for = [&](Timestamp posted, int64_t carrier, int64_t number) -> CheckStory& {
            const auto key = std::make_tuple(posted.micros, carrier);
            auto it = by_key.find(key);
            if (it == by_key.end()) {
                CheckStory check{};
                check.claim_payment_num = number;
                check.carrier_num = carrier;
                check.posted = posted;
                out_.checks.push_back(check);
                it = by_key.emplace(key, out_.checks.size() - 1).first;
            }
            return out_.checks[it->second];
        };
        std::vector<size_t> order(out_.claims.size());
        for (size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return out_.claims[a].received < out_.claims[b].received; });
        for (size_t i : order) {
            ClaimStory& c = out_.claims[i];
            int64_t paid = 0;
            for (const ClaimLine& line : c.lines) {
                paid += line.paid;
                ProcedureInsurance& proc = out_.by_proc[life_.procedures[line.proc_index].proc_num];
                if (c.ordinal == 1) {
                    proc.primary_estimate = line.estimate;
                    proc.write_off_estimate = line.fee - line.allowed;
                    proc.primary_paid = line.paid;
                    proc.write_off = line.write_off;
                    proc.primary_paid_at = c.received;
                } else {
                    proc.secondary_estimate = line.estimate;
                    proc.secondary_paid = line.paid;
                    proc.secondary_paid_at = c.received;
                }
            }
            // A $0 EOB (a denial, or nothing payable) is received with no check (ClaimPaymentNum 0).
            if (paid == 0) continue;
            CheckStory& check = check_for(c.received, c.plan->carrier_num, c.claim_num);
            check.claims.push_back(i);
            check.amount += paid;
            c.claim_payment_num = check.claim_payment_num;
        }
        // Supplemental payments of appealed claims, on the checks of their own posting moments.
        for (size_t i : order) {
            ClaimStory& c = out_.claims[i];
            if (!c.HasSupplemental()) continue;
            int64_t paid = 0;
            for (const ClaimLine& line : c.lines) {
                paid += line.supplemental;
                ProcedureInsurance& proc = out_.by_proc[life_.procedures[line.proc_index].proc_num];
                proc.supplemental_paid = line.supplemental;
                proc.supplemental_write_off = line.supplemental_write_off;
                proc.supplemental_paid_at = c.supplemental_received;
            }
            if (paid == 0) continue;  // never: a claim is only appealed or sent again for money still owed
            CheckStory& check =
                check_for(c.supplemental_received, c.plan->carrier_num, PatientKey(life_.pat_num, kSupplementalCheckLocalBase + c.local));
            check.claims.push_back(i);
            check.amount += paid;
            c.supplemental_payment_num = check.claim_payment_num;
        }
        for (CheckStory& check : out_.checks) check.pay_type = CheckPayType(patient_.practice.params.seed, check);
    }

    const PatientContext& patient_;
    const PatientLife& life_;
    std::vector<int64_t> users_;
    std::map<std::pair<int64_t, int>, YearUse> use_;
    std::map<std::pair<int64_t, int64_t>, std::vector<Date>> services_;  // (InsSubNum, CodeNum) -> covered service days
    std::map<std::pair<int64_t, std::string>, std::vector<Date>> quadrant_services_;  // (InsSubNum, quadrant) -> root planing days
    InsuranceOutcome out_;
};

}  // namespace

InsuranceOutcome BuildInsuranceClaims(const PatientContext& patient, const PatientLife& life) {
    return InsuranceBuilder(patient, life).Build();
}

void PoolChecks(uint64_t seed, const std::vector<InsuranceOutcome*>& cohort) {
    std::map<std::tuple<int64_t, int64_t>, CheckStory*> owner;  // (posted micros, carrier) -> the pooled check
    for (InsuranceOutcome* outcome : cohort) {
        for (CheckStory& check : outcome->checks) {
            const auto key = std::make_tuple(check.posted.micros, check.carrier_num);
            const auto [it, first] = owner.emplace(key, &check);
            if (first) continue;
            CheckStory& pooled = *it->second;
            pooled.amount += check.amount;
            for (size_t i : check.claims) {
                ClaimStory& c = outcome->claims[i];
                if (c.claim_payment_num == check.claim_payment_num) c.claim_payment_num = pooled.claim_payment_num;
                if (c.supplemental_payment_num == check.claim_payment_num) c.supplemental_payment_num = pooled.claim_payment_num;
            }
            check.claim_payment_num = pooled.claim_payment_num;
            check.pooled = true;
        }
    }
    for (auto& [key, check] : owner) check->pay_type = CheckPayType(seed, *check);
}

}  // namespace dentsynth::core
