// The insurance side of a patient's billing: the claims the office files for completed work, what
// each carrier pays or writes off per procedure, the checks (claimpayment) that pay them, and the
// records around them (claimtracking, claimsnapshot, eobattach, insbluebook, insbluebooklog).
// Vocabulary: a "claim" covers the insured procedures of one kept appointment under one coverage
// (ordinal 1 primary, 2 secondary, counted among the coverages in force on the visit's day); a
// "claimproc" is one procedure's line on a claim (or a later supplemental payment on it); a "check"
// is one carrier's payment of a check run's claims posted at one moment (PoolChecks). The story is
// decided from the PatientLife and the claim's own engines (streams kInsClaim, kInsCheck), never
// from as_of; as_of only decides which rows exist and which events (sent, received, paid) show.
// Money is in integer cents.
// Per procedure: fee = primary paid + supplemental + secondary paid + write-off + patient portion (>= 0).
// See docs/BUSINESS_LOGIC.md ("Insurance claims").
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/key_plan.hpp"
#include "core/patients/patient_context.hpp"
#include "core/sink.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

// One procedure's line on a claim.
struct ClaimLine {
    int64_t claim_proc_num;
    size_t proc_index;  // into PatientLife::procedures
    int64_t fee;  // FeeBilled
    int64_t allowed;  // what the plan allows (PPO schedule, else the fee)
    int percent;  // coverage percent of the code's category
    int64_t deductible;  // DedApplied
    int64_t estimate;  // InsPayEst
    int64_t paid;  // InsPayAmt once received (0 on a denial, less than the estimate when underpaid)
    int64_t write_off;  // WriteOff once received (primary PPO lines only)
    int64_t paid_other;  // what the other (primary) insurance paid, for secondary lines
    int64_t supplemental;  // what the carrier pays later, on appeal or resubmission (0 otherwise)
    int64_t supplemental_write_off;  // the PPO write-off that comes with a resubmitted denial's payment
    int64_t supplemental_claim_proc_num;  // the supplemental payment's own claimproc (Status 4)
    const char* limitation;  // why the plan does not cover it (frequency or age limit), or nullptr
};

struct ClaimStory {
    int64_t claim_num;
    int64_t local;  // the claim's local key number (apt index * 2 + ordinal)
    size_t apt_index;  // into PatientLife::appointments
    int ordinal;  // 1 primary (ClaimType P), 2 secondary (S)
    const Subscription* subscription;
    const InsPlanInfo* plan;
    int pat_relat;  // 0 self, 1 spouse, 2 child
    const Subscription* other_subscription;  // the other coverage in force, or nullptr
    int other_pat_relat;
    Date service;
    int64_t prov_treat;
    int64_t user;  // billing user who creates, sends and posts it
    Timestamp created;
    Timestamp sent;
    Timestamp received;  // the insurance payment was posted
    bool denied;
    bool underpaid;  // paid below the estimate; the office appeals
    int underpaid_share;  // percent of the estimate an underpaid claim pays at first
    bool resubmitted;  // denied for missing information; corrected, sent again and paid
    Timestamp resubmitted_at;
    Timestamp supplemental_received;  // the later payment is posted (underpaid or resubmitted claims)
    int64_t claim_payment_num;  // the check that pays it; 0 for a $0 EOB (nothing paid: no check)
    int64_t supplemental_payment_num;
    std::vector<ClaimLine> lines;

    bool HasSupplemental() const { return underpaid || resubmitted; }
};

// A carrier's payment posted at one moment. Carriers pay a group of patients (a check run's block
// of patient numbers) in one check: PoolChecks merges the patients' checks with the same carrier
// and posting moment into the first patient's, which alone is written, for the whole amount. A
// check always pays money: claims paid $0 are received without one.
struct CheckStory {
    int64_t claim_payment_num;
    int64_t carrier_num;
    Timestamp posted;  // when the check was entered (the claims' receive time)
    int64_t amount;  // sum of its lines' paid amounts (all patients' once pooled)
    int64_t pay_type;  // insurance payment type definition
    bool pooled;  // merged into another patient's check: not written here
    std::vector<size_t> claims;  // indexes into InsuranceOutcome::claims it pays something on
};

// What insurance did for one procedure, for the patient-side stage (family_account.hpp): what the
// office expected when the work was done (the claims' estimates, the PPO write-off estimate) and
// what each claim finally paid or wrote off, posted at its receive time.
struct ProcedureInsurance {
    int64_t primary_estimate = 0;
    int64_t write_off_estimate = 0;  // fee minus the primary plan's allowed fee
    int64_t secondary_estimate = 0;
    int64_t primary_paid = 0;
    int64_t secondary_paid = 0;
    int64_t supplemental_paid = 0;  // the primary carrier's later payment (appeal, resubmission)
    int64_t supplemental_write_off = 0;  // the write-off that comes with it (resubmitted denials)
    int64_t write_off = 0;
    Timestamp primary_paid_at = kZeroTimestamp;  // kZeroTimestamp when never billed
    Timestamp secondary_paid_at = kZeroTimestamp;  // kZeroTimestamp without a secondary claim
    Timestamp supplemental_paid_at = kZeroTimestamp;
    int64_t InsPaid() const { return primary_paid + secondary_paid + supplemental_paid; }
};

struct InsuranceOutcome {
    std::vector<ClaimStory> claims;  // in the order they are created
    std::vector<CheckStory> checks;  // in the order they are posted
    std::map<int64_t, ProcedureInsurance> by_proc;  // keyed by ProcNum; only billed procedures
};

// The whole insurance story of `patient`'s life (no rows written; independent of as_of).
InsuranceOutcome BuildInsuranceClaims(const PatientContext& patient, const PatientLife& life);

// Carriers pay on one weekday each and post a check run's claims at one moment; the patients of a
// check run are a block of kCohortsPerCheckRun consecutive cohorts (key_plan.hpp: 1,024 patient numbers).

// Pools the checks of a check run's patients (in patient order): checks of one carrier posted at
// the same moment become the first patient's check. Every patient of the block must take part, so
// that any slice of the roster pools the same way.
void PoolChecks(uint64_t seed, const std::vector<InsuranceOutcome*>& block);

// Whether any table of the claims (insurance_claims.cpp's line of schema/producers.tsv) is wanted:
// BuildInsuranceClaims is worth running for them.
bool WantsInsuranceClaims(const RowSink& sink);

// Writes claim, claimproc, claimpayment, claimtracking, claimsnapshot, eobattach, insbluebook and
// insbluebooklog rows of `patient` (whose story is `insurance`) as they stand at the cut.
void EmitInsuranceClaims(const PatientContext& patient, const PatientLife& life, const InsuranceOutcome& insurance, RowSink& sink);

}  // namespace dentsynth::core
