// Treatment plans: each exam that finds work charts its treatment-planned procedures at one
// moment (life.cpp Diagnose: exam start + 30 minutes); the dentist presents them as one saved plan
// (treatplan), links its procedures (treatplanattach), prints it with the office's display options
// (treatplanparam) and keeps the priced snapshot (proctp) with insurance estimates from the
// patient's plans. A saved plan is never edited afterwards, so a later as_of shows it unchanged.
// Rates and wording: docs/BUSINESS_LOGIC.md ("Treatment plans and procedure notes").
#include "core/clinical/treatment_records.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "core/patients/roster.hpp"
#include "core/practice/office_records.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

// OpenDental TreatPlanStatus 0 "Saved": the downstream accepts only saved plans (TPStatus [0]),
// and TPType 0 (insurance plan, not a discount plan).
constexpr int kTpStatusSaved = 0;
constexpr int kPlannedAfterExamStartMinutes = 30;  // life.cpp Diagnose: planned_at = exam start + 30
// The plan is saved while the patient is still in the chair: 5-25 minutes after charting.
constexpr int kSaveDelayMinMinutes = 5;
constexpr int kSaveDelayMaxMinutes = 25;
// OpenDental's default treatment plan note (preference TreatmentPlanNote), in the office's words.
constexpr const char* kPlanNote =
    "Estimates are based on your current insurance information and may change. Insurance payments are estimates only; "
    "you are responsible for any balance not paid by your plan.";

struct PlanGroup {
    Timestamp planned;  // when its procedures were charted
    std::vector<size_t> members;  // indexes into life.procedures, in chart order
};

// The plans of the life: consecutive treatment-planned procedures sharing one entry timestamp.
std::vector<PlanGroup> PlansOf(const PatientLife& life) {
    std::vector<PlanGroup> plans;
    for (size_t i = 0; i < life.procedures.size(); ++i) {
        const ProcedureStory& p = life.procedures[i];
        if (p.initial_status != kProcTreatPlanned) continue;
        if (plans.empty() || plans.back().planned != p.entry) plans.push_back({p.entry, {}});
        plans.back().members.push_back(i);
    }
    return plans;
}

// The dentist of the exam that made the plan (the provider a later completion overwrites in the
// procedure's story is not the planner).
int64_t PlanningDentist(const PatientContext& patient, const PatientLife& life, Timestamp planned) {
    for (const AppointmentStory& apt : life.appointments)
        if (apt.outcome == Outcome::kKept && AddMinutes(apt.slot.start, kPlannedAfterExamStartMinutes) == planned) return apt.prov_num;
    return patient.family.dentist;
}

bool IsPreventive(CoverageCategory category) {
    return category == CoverageCategory::kDiagnostic || category == CoverageCategory::kPreventive ||
           category == CoverageCategory::kRadiology;
}

// The patient's primary and secondary plans on `day`, in the order patplan gives them (a spouse's
// own subscription first), or nullptr.
std::pair<const InsPlanInfo*, const InsPlanInfo*> PatientPlansOn(const PatientContext& patient, Date day) {
    const std::vector<Subscription>& subs = patient.family.subscriptions;
    std::vector<const Subscription*> order;
    if (!subs.empty()) {
        if (patient.person.role == FamilyRole::kSpouse && subs.size() > 1)
            order = {&subs[1], &subs[0]};
        else {
            order.push_back(&subs[0]);
            if (subs.size() > 1) order.push_back(&subs[1]);
        }
    }
    const InsPlanInfo* found[2] = {nullptr, nullptr};
    int n = 0;
    for (const Subscription* s : order) {
        if (s->effective > day || (s->term != kZeroDate && s->term <= day)) continue;
        if (s->plan_num < 1 || s->plan_num > static_cast<int64_t>(patient.practice.plans.size())) continue;
        if (n < 2) found[n++] = &patient.practice.plans[static_cast<size_t>(s->plan_num - 1)];
    }
    return {found[0], found[1]};
}

// What one plan is estimated to pay, tracking its remaining deductible and annual maximum over
// the plan's items (the estimate assumes neither was used earlier in the benefit year).
class PlanEstimator {
public:
    explicit PlanEstimator(const InsPlanInfo* plan)
        : plan_(plan), deductible_(plan ? plan->deductible_cents : 0), max_left_(plan ? plan->annual_max_cents : 0) {}

    bool Covered() const { return plan_ != nullptr; }

    // The allowed fee for `code` when the office charges `fee_cents` (as the claims allow it).
    int64_t AllowedCents(const Practice& practice, const ProcedureCodeInfo& code, int64_t fee_cents) const {
        return plan_ == nullptr ? fee_cents : AllowedFeeCents(practice, *plan_, code, fee_cents);
    }

    int Percent(const ProcedureCodeInfo& code) const { return plan_ ? CoveragePercent(*plan_, code.coverage) : 0; }

    // The payment estimate, at most `limit_cents`; uses up deductible and maximum.
    int64_t Pay(const Practice& practice, const ProcedureCodeInfo& code, int64_t fee_cents, int64_t limit_cents) {
        if (plan_ == nullptr) return 0;
        int64_t base = AllowedCents(practice, code, fee_cents);
        if (!IsPreventive(code.coverage)) {
            const int64_t ded = std::min(deductible_, base);
            deductible_ -= ded;
            base -= ded;
        }
        int64_t pay = base * Percent(code) / 100;
        if (plan_->annual_max_cents > 0) pay = std::min(pay, max_left_);
        pay = std::clamp(pay, int64_t{0}, std::max(int64_t{0}, limit_cents));
        max_left_ -= pay;
        return pay;
    }

private:
    const InsPlanInfo* plan_;
    int64_t deductible_;
    int64_t max_left_;
};

std::string HeadingOf(const PatientLife& life, const PlanGroup& plan) {
    bool perio = false;
    bool crown = false;
    bool surgery = false;
    for (const size_t i : plan.members) {
        const std::string& code = life.procedures[i].code->code;
        perio = perio || code == "D4341" || code == "D4342" || code == "D4355";
        crown = crown || code == "D2740";
        surgery = surgery || code == "D7140" || code == "D7210";
    }
    if (perio) return "Periodontal Treatment Plan";
    if (crown) return "Crown Treatment Plan";
    if (surgery) return "Extraction Treatment Plan";
    return "Treatment Plan";
}

class PlanWriter {
public:
    PlanWriter(const PatientContext& patient, const PatientLife& life, RowSink& sink) : patient_(patient), life_(life), sink_(sink) {}

    void WriteAll() {
        const std::vector<PlanGroup> plans = PlansOf(life_);
        for (size_t k = 0; k < plans.size(); ++k) Write(plans[k], static_cast<int64_t>(k) + 1);
    }

private:
    void Write(const PlanGroup& plan, int64_t local) {
        const Practice& practice = patient_.practice;
        const int64_t tp_num = PatientKey(life_.pat_num, local);
        EntityRng rng(practice.params.seed, Stream::kTreatPlan, static_cast<uint64_t>(tp_num));
        const Timestamp saved = AddMinutes(plan.planned, rng.Uniform(kSaveDelayMinMinutes, kSaveDelayMaxMinutes));
        if (!patient_.Happened(saved)) return;
        const Date day = DateOf(plan.planned);
        const int64_t dentist = PlanningDentist(patient_, life_, plan.planned);
        const int64_t user = ProviderUserNum(practice, dentist, patient_.family.entry_user);
        const auto [primary, secondary] = PatientPlansOn(patient_, day);
        if (sink_.Wants(TableId::treatplan)) {
            namespace c = col::treatplan;
            Row& r = treatplan_;
            r.Reset();
            r.Set(c::TreatPlanNum, tp_num)
                .Set(c::PatNum, life_.pat_num)
                .Set(c::DateTP, day)
                .Set(c::Heading, HeadingOf(life_, plan))
                .Set(c::Note, kPlanNote)
                .Set(c::Signature, "")
                .Set(c::SigIsTopaz, false)
                .Set(c::ResponsParty, patient_.family.shape.head)
                .Set(c::DocNum, int64_t{0})
                .Set(c::TPStatus, kTpStatusSaved)
                .Set(c::SecUserNumEntry, user)
                .Set(c::SecDateEntry, DateOf(saved))
                .Set(c::SecDateTEdit, saved)
                .Set(c::UserNumPresenter, user)
                .Set(c::TPType, false)
                .Set(c::SignaturePractice, "")
                .Set(c::DateTSigned, kZeroTimestamp)
                .Set(c::DateTPracticeSigned, kZeroTimestamp)
                .Set(c::SignatureText, "")
                .Set(c::SignaturePracticeText, "")
                .Set(c::MobileAppDeviceNum, int64_t{0})
                .SetEntered(saved);
            sink_.Write(r);
        }
        if (sink_.Wants(TableId::treatplanparam)) {
            namespace c = col::treatplanparam;
            const bool insured = primary != nullptr;
            Row& r = param_;
            r.Reset();
            r.Set(c::TreatPlanParamNum, tp_num)
                .Set(c::PatNum, life_.pat_num)
                .Set(c::TreatPlanNum, tp_num)
                .Set(c::ShowDiscount, true)
                .Set(c::ShowMaxDed, insured)
                .Set(c::ShowSubTotals, true)
                .Set(c::ShowTotals, true)
                .Set(c::ShowCompleted, false)
                .Set(c::ShowFees, true)
                .Set(c::ShowIns, insured);
            sink_.Write(r);
        }
        if (sink_.Wants(TableId::treatplanattach)) {
            namespace c = col::treatplanattach;
            for (const size_t i : plan.members) {
                const int64_t proc_num = life_.procedures[i].proc_num;
                Row& r = attach_;
                r.Reset();
                r.Set(c::TreatPlanAttachNum, proc_num).Set(c::TreatPlanNum, tp_num).Set(c::ProcNum, proc_num).Set(c::Priority, int64_t{0});
                sink_.Write(r);
            }
        }
        if (sink_.Wants(TableId::proctp)) WriteSnapshot(plan, tp_num, day, dentist, user, saved, primary, secondary);
    }

    // One proctp row per procedure: the plan as printed, with fees and insurance estimates.
    void WriteSnapshot(const PlanGroup& plan, int64_t tp_num, Date day, int64_t dentist, int64_t user, Timestamp saved,
                       const InsPlanInfo* primary, const InsPlanInfo* secondary) {
        namespace c = col::proctp;
        const Practice& practice = patient_.practice;
        PlanEstimator first(primary);
        PlanEstimator second(secondary);
        int item = 0;
        for (const size_t i : plan.members) {
            const ProcedureStory& p = life_.procedures[i];
            const int64_t fee = p.fee_cents;
            const int64_t pri = first.Pay(practice, *p.code, fee, fee);
            const int64_t sec = second.Pay(practice, *p.code, fee, fee - pri);
            Row& r = proctp_;
            r.Reset();
            r.Set(c::ProcTPNum, p.proc_num)
                .Set(c::TreatPlanNum, tp_num)
                .Set(c::PatNum, life_.pat_num)
                .Set(c::ProcNumOrig, p.proc_num)
                .Set(c::ItemOrder, item++)
                .Set(c::Priority, int64_t{0})
                .Set(c::ToothNumTP, p.tooth)
                .Set(c::Surf, p.surface)
                .Set(c::ProcCode, p.code->code)
                .Set(c::Descript, p.code->description)
                .SetCents(c::FeeAmt, fee)
                .SetCents(c::PriInsAmt, pri)
                .SetCents(c::SecInsAmt, sec)
                .SetCents(c::PatAmt, fee - pri - sec)
                .SetCents(c::Discount, 0)
                .Set(c::Prognosis, "")
                .Set(c::Dx, "")
                .Set(c::ProcAbbr, p.code->abbreviation)
                .Set(c::SecUserNumEntry, user)
                .Set(c::SecDateEntry, DateOf(saved))
                .Set(c::SecDateTEdit, saved)
                .SetCents(c::FeeAllowed, first.AllowedCents(practice, *p.code, fee))
                .SetCents(c::TaxAmt, 0)
                .Set(c::ProvNum, dentist)
                .Set(c::DateTP, day)
                .Set(c::ClinicNum, int64_t{0})
                .Set(c::CatPercUCR, static_cast<double>(first.Percent(*p.code)))
                .SetEntered(saved);
            sink_.Write(r);
        }
    }

    const PatientContext& patient_;
    const PatientLife& life_;
    RowSink& sink_;
    Row treatplan_{TableId::treatplan};
    Row param_{TableId::treatplanparam};
    Row attach_{TableId::treatplanattach};
    Row proctp_{TableId::proctp};
};

}  // namespace

void EmitTreatmentPlans(const PatientContext& patient, const PatientLife& life, RowSink& out) {
    ProducerSink sink(out, kProducer);
    if (!sink.WantsAny()) return;
    PlanWriter(patient, life, sink).WriteAll();
}

}  // namespace dentsynth::core
