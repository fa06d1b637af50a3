// Writing the patients of this call's slice: patient, patientnote, inssub and patplan rows, each
// as it stands at the cut (events after it have not happened yet; see family.hpp). Each change to
// these rows is decided by the moment it was entered (the stamp it leaves), so a later cut only
// moves a row on with a later stamp.
#include "core/patients/patients.hpp"

#include <algorithm>
#include <optional>
#include <tuple>
#include <utility>

#include "core/billing/family_account.hpp"
#include "core/clinical/clinical_records.hpp"
#include "core/clinical/medical_history.hpp"
#include "core/clinical/treatment_records.hpp"
#include "core/insurance/insurance_claims.hpp"
#include "core/insurance/insurance_verification.hpp"
#include "core/key_numbering_sink.hpp"
#include "core/office/commlogs.hpp"
#include "core/office/office_tasks.hpp"
#include "core/patients/family.hpp"
#include "core/patients/patient_context.hpp"
#include "core/patients/roster.hpp"
#include "core/row.hpp"
#include "core/visits/chair_time.hpp"
#include "core/visits/life.hpp"
#include "core/visits/visit_tables.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// PatStatus values (codes.md).
constexpr int kStatusPatient = 0;
constexpr int kStatusInactive = 2;
constexpr int kStatusArchived = 3;
constexpr int kArchiveAfterDays = 730;  // offices archive charts two years after a family leaves
constexpr int kStatusDeceased = 5;

// When the front desk entered member `pat_num` of `family`: the family's entry, 40 seconds a member.
Timestamp EntryOf(const FamilyStory& family, int64_t pat_num) { return AddSeconds(family.entry, 40 * (pat_num - family.shape.head)); }

// The moments the front desk records the date-only events of the family and person stories; a
// row shows an event once its moment has happened, and carries that moment as its edit stamp.
Timestamp FirstVisitRecorded(Date first_visit) { return At(first_visit, 17, 30); }  // after the day's last patient
Timestamp LeaveRecorded(Date leave) { return At(leave, 10, 15); }
Timestamp ArchiveRecorded(Date leave) { return At(leave + kArchiveAfterDays, 10, 20); }
Timestamp DeathRecorded(Date deceased) { return At(deceased, 11, 0); }

class PatientWriter {
public:
    PatientWriter(const Practice& practice, RowSink& sink)
        : practice_(practice), sink_(sink), params_(practice.params), patient_(TableId::patient),
          note_(TableId::patientnote), sub_(TableId::inssub), plan_(TableId::patplan), visits_(sink) {}

    // Writes every row of patient `pat_num` that exists at the cut.
    void Write(const FamilyStory& family, const PersonStory& person, const PatientLife& life, const InsuranceOutcome& insurance,
               const FamilyAccount& account) {
        const Timestamp entry = EntryOf(family, person.pat_num);
        if (!params_.Happened(entry)) return;  // not yet a patient of the practice
        first_visit_ = life.first_visit != kZeroDate && params_.Happened(FirstVisitRecorded(life.first_visit)) ? life.first_visit : kZeroDate;
        const std::vector<Coverage> coverage = CoverageOf(family, person);
        // A coverage whose subscription has ended is dropped: OpenDental deletes its patplan row,
        // renumbers the ordinals left and sets HasIns from what remains, so HasIns is 'I' exactly
        // when the patient has a patplan row.
        bool covered = false;
        for (const Coverage& c : coverage) covered = covered || !Ended(c.subscription->term);
        const auto found = account.balances.find(person.pat_num);
        const MemberBalance balance = found != account.balances.end() ? found->second : MemberBalance{};
        // Every change of a balance column (aging runs nightly) edits the row.
        Timestamp stamp = std::max(LastEdit(family, person, entry), balance.changed);
        // Losing a coverage edits the row with the subscription and the patplan (HasIns when it was the last).
        for (const Coverage& c : coverage)
            if (Ended(c.subscription->term)) stamp = std::max(stamp, CoverageEndRecorded(c.subscription->term));
        WritePatient(family, person, entry, stamp, covered, balance);
        WriteNote(family, person, entry);
        for (const Subscription& s : family.subscriptions)
            if (s.subscriber == person.pat_num) WriteSubscription(family, s, entry);
        WritePatPlans(person, coverage, entry);
        const PatientContext context{practice_, family, person, entry};
        EmitMedicalHistory(context, sink_);
        visits_.Write(context, life);
        EmitTreatmentRecords(context, life, sink_);
        EmitInsuranceVerification(context, life, sink_);
        EmitInsuranceClaims(context, life, insurance, sink_);
        EmitAccountRows(practice_, family, account, person.pat_num, sink_);
        EmitPerioCharts(context, life, sink_);
        EmitLabCases(context, life, sink_);
        EmitReferralAttachments(context, life, sink_);
        EmitFrontOfficeRecords(context, life, sink_);
        EmitOfficeTasks(context, life, insurance, sink_);
        EmitEntryLog(context, life, sink_);
    }

private:
    // Has the date-only event on `day`, recorded at `recorded(day)`, been recorded by the cut?
    bool Recorded(Date day, Timestamp (*recorded)(Date)) const { return day != kZeroDate && params_.Happened(recorded(day)); }
    bool Left(const FamilyStory& family) const { return Recorded(family.leave, LeaveRecorded); }
    bool Archived(const FamilyStory& family) const { return Recorded(family.leave, ArchiveRecorded); }
    bool Died(const PersonStory& person) const { return Recorded(person.deceased, DeathRecorded); }
    bool Ended(Date term) const { return Recorded(term, CoverageEndRecorded); }

    // The latest change to the patient row that has happened by the cut.
    Timestamp LastEdit(const FamilyStory& family, const PersonStory& person, Timestamp entry) const {
        Timestamp stamp = entry;
        if (first_visit_ != kZeroDate) stamp = std::max(stamp, FirstVisitRecorded(first_visit_));
        if (Left(family)) stamp = std::max(stamp, LeaveRecorded(family.leave));
        if (Archived(family)) stamp = std::max(stamp, ArchiveRecorded(family.leave));
        if (Died(person)) stamp = std::max(stamp, DeathRecorded(person.deceased));
        return stamp;
    }

    void WritePatient(const FamilyStory& family, const PersonStory& person, Timestamp entry, Timestamp stamp, bool covered,
                      const MemberBalance& balance) {
        if (!sink_.Wants(TableId::patient)) return;
        namespace c = col::patient;
        int status = kStatusPatient;
        if (Left(family)) status = kStatusInactive;
        if (Archived(family)) status = kStatusArchived;
        if (Died(person)) status = kStatusDeceased;
        const bool adult = person.role != FamilyRole::kChild;
        Row& r = patient_;
        r.Reset();
        r.Set(c::PatNum, person.pat_num).Set(c::LName, family.last_name).Set(c::FName, person.first_name)
            .Set(c::MiddleI, person.middle_initial).Set(c::Preferred, person.preferred).Set(c::PatStatus, status)
            .Set(c::Gender, person.female ? 1 : 0).Set(c::Position, person.position).Set(c::Birthdate, person.birthdate)
            .Set(c::Address, family.address).Set(c::City, family.city->city).Set(c::State, family.city->state).Set(c::Zip, family.city->zip)
            .Set(c::HmPhone, family.home_phone).Set(c::WirelessPhone, person.wireless_phone).Set(c::Guarantor, family.shape.head)
            .Set(c::Email, person.email).Set(c::PriProv, family.dentist).Set(c::SecProv, family.hygienist)
            .Set(c::FeeSched, family.fee_sched).Set(c::BillingType, family.billing_type)
            .Set(c::ImageFolder, family.last_name + person.first_name + std::to_string(person.pat_num))
            .Set(c::EmployerNum, adult && person.role == FamilyRole::kHead ? family.employer_num : int64_t{0})
            .Set(c::DateFirstVisit, first_visit_)
            .Set(c::ClinicNum, int64_t{0}).Set(c::HasIns, covered ? "I" : "").Set(c::Premed, person.premed)
            .Set(c::PreferConfirmMethod, person.prefer_confirm).Set(c::PreferContactMethod, person.prefer_contact)
            .Set(c::PreferRecallMethod, person.prefer_recall).Set(c::DateTStamp, stamp).Set(c::TxtMsgOk, person.txt_msg_ok)
            .Set(c::DateTimeDeceased, Died(person) ? DeathRecorded(person.deceased) : kZeroTimestamp)
            .SetCents(c::EstBalance, balance.EstBalance()).SetCents(c::Bal_0_30, balance.bal_0_30).SetCents(c::Bal_31_60, balance.bal_31_60)
            .SetCents(c::Bal_61_90, balance.bal_61_90).SetCents(c::BalOver90, balance.bal_over_90).SetCents(c::InsEst, balance.ins_est)
            .SetCents(c::BalTotal, balance.bal_total)
            .Set(c::BillingCycleDay, person.billing_cycle_day).Set(c::SecUserNumEntry, family.entry_user).Set(c::SecDateEntry, DateOf(entry));
        sink_.Write(r);
    }

    void WriteNote(const FamilyStory& family, const PersonStory& person, Timestamp entry) {
        if (!sink_.Wants(TableId::patientnote)) return;
        namespace c = col::patientnote;
        Row& r = note_;
        r.Reset();
        r.Set(c::PatNum, person.pat_num).Set(c::Medical, person.premed ? "Premedicate before dental treatment." : "")
            .Set(c::ICEName, person.role == FamilyRole::kChild ? "" : family.last_name + " household")
            .Set(c::ICEPhone, person.role == FamilyRole::kChild ? "" : family.home_phone)
            .Set(c::OrthoMonthsTreatOverride, -1).Set(c::SecDateTEntry, entry).Set(c::SecDateTEdit, entry);
        sink_.Write(r);
    }

    void WriteSubscription(const FamilyStory& family, const Subscription& s, Timestamp entry) {
        if (!sink_.Wants(TableId::inssub)) return;
        namespace c = col::inssub;
        const bool ended = Ended(s.term);
        Row& r = sub_;
        r.Reset();
        r.Set(c::InsSubNum, s.ins_sub_num).Set(c::PlanNum, s.plan_num).Set(c::Subscriber, s.subscriber)
            .Set(c::DateEffective, s.effective).Set(c::DateTerm, ended ? s.term : kZeroDate).Set(c::ReleaseInfo, true)
            .Set(c::AssignBen, true).Set(c::SubscriberID, s.subscriber_id).Set(c::SecUserNumEntry, family.entry_user)
            .Set(c::SecDateEntry, DateOf(entry)).Set(c::SecDateTEdit, ended ? std::max(entry, CoverageEndRecorded(s.term)) : entry).SetEntered(entry);
        sink_.Write(r);
    }

    // The patient's patplan rows still in force: a dropped coverage's row is gone (written as
    // deleted, so that it keeps its key), and a plan after it moves up one ordinal (its row edited
    // when the one before it was dropped). Keys stay those of the coverage's place in CoverageOf,
    // so a row keeps its key when its ordinal changes.
    void WritePatPlans(const PersonStory& person, const std::vector<Coverage>& coverage, Timestamp entry) {
        if (!sink_.Wants(TableId::patplan)) return;
        namespace c = col::patplan;
        int ordinal = 0;
        Timestamp edited = entry;
        for (const Coverage& cov : coverage) {
            const Subscription& sub = *cov.subscription;
            const bool dropped = Ended(sub.term);
            if (dropped) edited = std::max(edited, CoverageEndRecorded(sub.term));  // the plans after it are renumbered
            else ++ordinal;
            Row& r = plan_;
            r.Reset();
            r.Set(c::PatPlanNum, PatientKey(person.pat_num, 10 + cov.ordinal)).Set(c::PatNum, person.pat_num)
                .Set(c::Ordinal, dropped ? cov.ordinal : ordinal).Set(c::Relationship, cov.relationship).Set(c::InsSubNum, sub.ins_sub_num)
                .Set(c::SecDateTEntry, entry).Set(c::SecDateTEdit, dropped || ordinal == cov.ordinal ? entry : edited);
            // A dropped row is gone, but its key stays taken: the eligibility history names it.
            if (dropped) r.SetDeleted();
            sink_.Write(r);
        }
    }

    const Practice& practice_;
    RowSink& sink_;
    const GenerationParams& params_;  // holds the cut
    Row patient_;
    Row note_;
    Row sub_;
    Row plan_;
    VisitWriter visits_;
    Date first_visit_ = kZeroDate;  // of the patient being written, as recorded by the cut
};

// One cohort's people and lives (and, when money is wanted, their insurance stories).
struct SimulatedCohort {
    SimulatedCohort(const Practice& practice, const FamilyChoices& choices, const ChairTime& chair_time, int64_t cohort, bool in_part)
        : cohort(cohort), in_part(in_part) {
        const int64_t first = cohort * kCohortSize + 1;
        const int64_t last = std::min(first + kCohortSize - 1, practice.params.patients);
        families.reserve(static_cast<size_t>(kCohortSize));
        persons.reserve(static_cast<size_t>(kCohortSize));
        std::vector<size_t> family_of;
        for (int64_t pat_num = first; pat_num <= last; ++pat_num) {
            if (families.empty() || pat_num >= families.back().shape.head + families.back().shape.size)
                families.push_back(BuildFamily(practice, choices, FamilyOf(practice.params, pat_num)));
            persons.push_back(BuildPerson(practice, families.back(), pat_num));
            family_of.push_back(families.size() - 1);
        }
        for (size_t i = 0; i < persons.size(); ++i)
            if (practice.params.Happened(families[family_of[i]].entry)) members.push_back({&families[family_of[i]], &persons[i]});
        lives = SimulateCohort(practice, chair_time, cohort, members);
    }
    SimulatedCohort(SimulatedCohort&&) = default;  // the vectors keep their buffers: members' pointers stay valid

    int64_t cohort;
    bool in_part;
    std::vector<FamilyStory> families;
    std::vector<PersonStory> persons;
    std::vector<CohortMember> members;
    std::vector<PatientLife> lives;
    std::vector<InsuranceOutcome> insurance;
};

// Writes the cohort's patients, family by family (families lie whole inside a cohort, and the
// guarantor's account needs every member's life). Every member's rows go through the key plan,
// since a cohort's keys depend on all of its rows; only this part's patients' rows are handed on.
void WriteCohort(const Practice& practice, const SimulatedCohort& c, const PatientRange& range, bool needs_money,
                 PatientWriter& writer, KeyNumberingSink& keyed) {
    keyed.BeginCohort(c.cohort);
    for (size_t begin = 0; begin < c.members.size();) {
        size_t end = begin;
        while (end < c.members.size() && c.members[end].family == c.members[begin].family) ++end;
        const FamilyStory& family = *c.members[begin].family;
        std::vector<AccountMember> account_members;
        for (size_t i = begin; i < end; ++i) account_members.push_back({c.members[i].person, &c.lives[i], &c.insurance[i]});
        const FamilyAccount account = needs_money ? BuildFamilyAccount(practice, family, account_members) : FamilyAccount{};
        for (size_t i = begin; i < end; ++i) {
            const int64_t pat_num = c.members[i].person->pat_num;
            keyed.SetHandOn(pat_num >= range.first && pat_num <= range.last);
            writer.Write(family, *c.members[i].person, c.lives[i], c.insurance[i], account);
            keyed.Checkpoint();
        }
        begin = end;
    }
    keyed.EndCohort();
}

// The keys of a check run's insurance checks (claimpayment), numbered in the order the checks
// were posted within each key period; only checks written by the cut are numbered.
std::vector<std::pair<int64_t, int64_t>> CheckKeys(const Practice& practice, int64_t check_run, const std::vector<InsuranceOutcome*>& pool) {
    struct Posted {
        int64_t period;
        Timestamp posted;
        int64_t provisional;
    };
    std::vector<Posted> checks;
    for (const InsuranceOutcome* outcome : pool)
        for (const CheckStory& check : outcome->checks)
            if (!check.pooled && practice.params.Happened(check.posted))
                checks.push_back({KeyPeriodOf(practice.params.start_date, DateOf(check.posted)), check.posted, check.claim_payment_num});
    std::sort(checks.begin(), checks.end(),
              [](const Posted& a, const Posted& b) { return std::tie(a.period, a.posted, a.provisional) < std::tie(b.period, b.posted, b.provisional); });
    const KeyPlan plan(practice.params.patients);
    const KeyedTable& table = *FindKeyedTable(TableId::claimpayment);
    std::vector<std::pair<int64_t, int64_t>> keys;
    int64_t rank = 0;
    for (size_t i = 0; i < checks.size(); ++i) {
        rank = i > 0 && checks[i].period == checks[i - 1].period ? rank + 1 : 0;
        keys.emplace_back(checks[i].provisional, plan.Key(table, checks[i].period, check_run, rank));
    }
    return keys;
}

}  // namespace

// How far past the cut's day the providers' chair time is laid out: appointments are booked up to
// about five months ahead (the search window of life.cpp plus recall lead times).
constexpr int kChairTimeHorizonDays = 400;

void EmitPatients(const Practice& practice, RowSink& sink) {
    const PatientRange range = PartRange(practice.params);
    if (range.first > range.last) return;
    // Every row of the patients' stage is numbered by the key plan on its way to the sink.
    KeyNumberingSink keyed(practice.params, sink);
    PatientWriter writer(practice, keyed);
    const FamilyChoices choices = MakeFamilyChoices(practice);
    const ChairTime chair_time(practice, practice.params.CutDay() + kChairTimeHorizonDays, sink);
    // Insurance and the family accounts feed the claims, the account tables, the patient's balances
    // and the claim follow-up tasks.
    const bool needs_money = keyed.Wants(TableId::patient) || WantsInsuranceClaims(keyed) || WantsAccountTables(keyed) ||
                             keyed.Wants(TableId::task) || keyed.Wants(TableId::taskhist) || keyed.Wants(TableId::tasknote) ||
                             keyed.Wants(TableId::taskunread);
    // Cohorts are simulated whole (they share chair time), in blocks of kCohortsPerCheckRun whose
    // insurance checks are pooled (a carrier's weekly check pays the block's claims together); only
    // this part's patients are written, but the money needs every cohort of a block it touches.
    const int64_t first_cohort = CohortOf(range.first);
    const int64_t last_cohort = CohortOf(range.last);
    for (int64_t block = first_cohort / kCohortsPerCheckRun; block <= last_cohort / kCohortsPerCheckRun; ++block) {
        const int64_t block_first = block * kCohortsPerCheckRun;
        const int64_t block_last = std::min(block_first + kCohortsPerCheckRun - 1, CohortOf(practice.params.patients));
        std::vector<SimulatedCohort> cohorts;
        cohorts.reserve(static_cast<size_t>(kCohortsPerCheckRun));
        for (int64_t cohort = block_first; cohort <= block_last; ++cohort) {
            const bool in_part = cohort >= first_cohort && cohort <= last_cohort;
            if (in_part || needs_money) cohorts.emplace_back(practice, choices, chair_time, cohort, in_part);
            sink.Checkpoint();  // a block is simulated before any of it is written: stay cancellable
        }
        if (needs_money) {
            std::vector<InsuranceOutcome*> pool;
            for (SimulatedCohort& c : cohorts) {
                c.insurance.resize(c.members.size());
                for (size_t i = 0; i < c.members.size(); ++i) {
                    const FamilyStory& family = *c.members[i].family;
                    const PatientContext context{practice, family, *c.members[i].person, EntryOf(family, c.members[i].person->pat_num)};
                    c.insurance[i] = BuildInsurance(context, c.lives[i]);
                    pool.push_back(&c.insurance[i]);
                }
                sink.Checkpoint();
            }
            PoolChecks(practice.params.seed, pool);
            keyed.SetExternalKeys(TableId::claimpayment, CheckKeys(practice, block, pool));
        }
        for (SimulatedCohort& c : cohorts) {
            if (!c.in_part) continue;
            if (!needs_money) c.insurance.resize(c.members.size());
            WriteCohort(practice, c, range, needs_money, writer, keyed);
        }
    }
}

}  // namespace dentsynth::core
