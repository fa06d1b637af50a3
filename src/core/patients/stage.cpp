// The patients' stage: this call's slice of the roster, cohort by cohort. Each cohort's families
// and lives are simulated whole, the insurance stories of a check run's cohorts are built and their
// checks pooled, each family's account is simulated, and then every process writes each patient's
// rows (registration and coverage, medical history, visits, treatment records, insurance, billing,
// charting, referrals, the chart's documents, office records), through the key plan.
#include "core/patients/stage.hpp"

#include <algorithm>
#include <tuple>
#include <utility>

#include "core/billing/family_account.hpp"
#include "core/clinical/medical_history.hpp"
#include "core/clinical/patient_documents.hpp"
#include "core/clinical/perio_charts.hpp"
#include "core/clinical/referral_attachments.hpp"
#include "core/clinical/treatment_records.hpp"
#include "core/insurance/insurance_claims.hpp"
#include "core/insurance/insurance_verification.hpp"
#include "core/key_numbering_sink.hpp"
#include "core/office/commlogs.hpp"
#include "core/office/entry_log.hpp"
#include "core/office/lab_cases.hpp"
#include "core/office/office_tasks.hpp"
#include "core/patients/family.hpp"
#include "core/patients/patient_context.hpp"
#include "core/patients/patient_tables.hpp"
#include "core/patients/roster.hpp"
#include "core/visits/chair_time.hpp"
#include "core/visits/life.hpp"
#include "core/visits/visit_tables.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// Hands one patient at a time to every process that writes patient-level rows, in a fixed order.
class PatientWriter {
public:
    PatientWriter(const Practice& practice, RowSink& sink) : practice_(practice), sink_(sink), patient_tables_(sink), visits_(sink) {}

    // Writes every row of patient `person` that exists at the cut.
    void Write(const FamilyStory& family, const PersonStory& person, const PatientLife& life, const InsuranceOutcome& insurance,
               const FamilyAccount& account) {
        const Timestamp entry = EntryOf(family, person.pat_num);
        if (!practice_.params.Happened(entry)) return;  // not yet a patient of the practice
        const PatientContext context{practice_, family, person, entry};
        const auto found = account.balances.find(person.pat_num);
        patient_tables_.Write(context, life, found != account.balances.end() ? found->second : MemberBalance{});
        EmitMedicalHistory(context, sink_);
        visits_.Write(context, life);
        EmitTreatmentPlans(context, life, sink_);
        EmitProcedureNotes(context, life, sink_);
        EmitInsuranceVerification(context, life, sink_);
        EmitInsuranceClaims(context, life, insurance, sink_);
        EmitAccountRows(practice_, family, account, person.pat_num, sink_);
        EmitPerioCharts(context, life, sink_);
        EmitLabCases(context, life, sink_);
        EmitReferralAttachments(context, life, sink_);
        EmitCommlogs(context, life, sink_);
        EmitPatientImages(context, life, sink_);
        EmitPatientForms(context, life, sink_);
        EmitOfficeTasks(context, life, insurance, sink_);
        EmitEntryLog(context, life, sink_);
    }

private:
    const Practice& practice_;
    RowSink& sink_;
    PatientTableWriter patient_tables_;
    VisitWriter visits_;
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
void WriteCohort(const Practice& practice, const SimulatedCohort& c, const PatientRange& range, bool needs_money, PatientWriter& writer,
                 KeyNumberingSink& keyed) {
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
std::vector<std::pair<int64_t, int64_t>> CheckKeys(const Practice& practice, int64_t check_run,
                                                   const std::vector<InsuranceOutcome*>& pool) {
    std::vector<EnteredRow> checks;
    for (const InsuranceOutcome* outcome : pool)
        for (const CheckStory& check : outcome->checks)
            if (!check.pooled && practice.params.Happened(check.posted))
                checks.push_back({KeyPeriodOf(practice.params.start_date, DateOf(check.posted)), check.posted, check.claim_payment_num, 0});
    const std::vector<int64_t> numbers =
        NumberInEntryOrder(KeyPlan(practice.params.patients), *FindKeyedTable(TableId::claimpayment), check_run, checks);
    std::vector<std::pair<int64_t, int64_t>> keys;
    for (size_t i = 0; i < checks.size(); ++i) keys.emplace_back(checks[i].provisional, numbers[i]);
    return keys;
}

}  // namespace

void EmitPatients(const Practice& practice, RowSink& sink) {
    const PatientRange range = PartRange(practice.params);
    if (range.first > range.last) return;
    // Every row of the patients' stage is numbered by the key plan on its way to the sink.
    KeyNumberingSink keyed(practice.params, sink);
    PatientWriter writer(practice, keyed);
    const FamilyChoices choices = MakeFamilyChoices(practice);
    // Chair time is laid out as far as the providers' schedules entered by the cut: no booking made
    // by then reaches further (life.cpp books only entered days).
    const ChairTime chair_time(practice, ProviderSchedulesThrough(practice, practice.params.as_of), sink);
    // Insurance and the family accounts feed the claims, the account tables, the patient's balances
    // and the claim follow-up tasks.
    const bool needs_money =
        keyed.Wants(TableId::patient) || WantsInsuranceClaims(keyed) || WantsAccountTables(keyed) || WantsOfficeTasks(keyed);
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
                    c.insurance[i] = BuildInsuranceClaims(context, c.lives[i]);
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
            // The cohort's rows have all been handed on (EndCohort): its patient numbers are done,
            // whether or not they had joined by the cut.
            const int64_t cohort_last = std::min((c.cohort + 1) * kCohortSize, range.last);
            sink.PatientsWritten(cohort_last - range.first + 1);
        }
    }
}

}  // namespace dentsynth::core
