// Referrals attached to a patient (refattach). In: about a third of new families name how they
// found the practice (a patient source such as "Google", or a referring dentist), recorded on
// each member's chart when the family is entered. Out: a root canal (D3330) or surgical extraction
// (D7210) the patient does not book in-house is usually referred to an endodontist or oral
// surgeon on the day it was planned; the specialist's progress (scheduled, complete, declined)
// edits the row as it happens.
// Vocabulary (OpenDental): RefType is ReferralType stored as a bool here: true = RefFrom (1),
// false = RefTo (0). RefToStatus: 0 none, 1 declined, 2 scheduled, 3 consulted, 4 in treatment,
// 5 complete. Referral rows 1..PatientSourceReferralCount() are patient sources, the rest
// (up to practice.referral_count) doctors. Keys: PatientKey(pat, 1) for the referral in;
// PatientKey(pat, procedure local + 1) for a referral out.
// Rates and their sources: docs/BUSINESS_LOGIC.md ("Clinical records").
#include <algorithm>
#include <vector>

#include "core/clinical/referral_attachments.hpp"
#include "core/patients/roster.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/practice/partners.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

constexpr int kStatusNone = 0;
constexpr int kStatusDeclined = 1;
constexpr int kStatusScheduled = 2;
constexpr int kStatusComplete = 5;

// New patients who name a referral source at intake: practices record one for roughly a third of
// new patients (the rest leave "how did you hear about us" blank).
constexpr double kReferredInChance = 0.35;
// Of those, most name a marketing or word-of-mouth source; ~15% were sent by another dentist.
constexpr double kReferredByDoctorShare = 0.15;
// A root canal or surgical extraction the patient does not book here is usually sent out: ~85% of
// those (with 65% case acceptance this is ~30% of all such procedures).
constexpr double kReferredOutChance = 0.85;
// What becomes of a referral out: most patients see the specialist, some decline, some are lost.
constexpr double kOutcomeWeights[] = {0.80, 0.10, 0.10};  // complete, declined, never heard back
constexpr int kScheduledAfterMin = 2;  // days until the specialist's office books the patient
constexpr int kScheduledAfterMax = 10;
constexpr int kTreatedAfterMin = 7;  // days from booking to treatment
constexpr int kTreatedAfterMax = 28;
constexpr int kDeclinedAfter = 30;  // the office's follow-up call

// The specialty of doctor referral `num`, as the practice module decides it.
int64_t SpecialtyOf(const Practice& practice, int64_t num) { return ReferralSpecialty(practice, num); }

// A doctor referral of `specialty` (any doctor when the practice knows none).
int64_t PickSpecialist(const Practice& practice, int64_t specialty, EntityRng& rng) {
    const int64_t first = PatientSourceReferralCount() + 1;
    std::vector<int64_t> matches;
    for (int64_t num = first; num <= practice.referral_count; ++num)
        if (SpecialtyOf(practice, num) == specialty) matches.push_back(num);
    if (matches.empty()) return rng.Uniform(first, std::max(first, practice.referral_count));
    return matches[static_cast<size_t>(rng.Uniform(0, static_cast<int64_t>(matches.size()) - 1))];
}

// Whether the patient had accepted the procedure here by `by` (a planned or scheduled appointment
// made by then holds it). Only what was known at the decision counts: a booking made later must
// not take back a referral already written at an earlier cut.
bool BookedHere(const PatientLife& life, int64_t proc_num, Timestamp by) {
    for (const AppointmentStory& apt : life.appointments)
        if (apt.created <= by && std::find(apt.proc_nums.begin(), apt.proc_nums.end(), proc_num) != apt.proc_nums.end()) return true;
    return false;
}

}  // namespace

void EmitReferralAttachments(const PatientContext& patient, const PatientLife& life, RowSink& out) {
    ProducerSink sink(out, kProducer);
    if (!sink.WantsAny()) return;
    namespace c = col::refattach;
    const Practice& practice = patient.practice;
    const int64_t sources = PatientSourceReferralCount();
    Row row(TableId::refattach);
    int item_order = 0;
    // In: decided once for the family (keyed by its head), the same source on every member.
    if (!patient.family.established && practice.referral_count >= 1) {
        EntityRng rng(practice.params.seed, Stream::kReferralFrom, static_cast<uint64_t>(patient.family.shape.head));
        if (rng.Chance(kReferredInChance)) {
            const bool doctor = practice.referral_count > sources && rng.Chance(kReferredByDoctorShare);
            const int64_t referral = doctor ? rng.Uniform(sources + 1, practice.referral_count)
                                            : rng.Uniform(1, std::clamp<int64_t>(sources, 1, practice.referral_count));
            const Timestamp entered = AddSeconds(patient.entry, 20);
            if (patient.Happened(entered)) {
                row.Reset();
                row.Set(c::RefAttachNum, PatientKey(life.pat_num, 1))
                    .Set(c::ReferralNum, referral)
                    .Set(c::PatNum, life.pat_num)
                    .Set(c::ItemOrder, item_order++)
                    .Set(c::RefDate, DateOf(patient.entry))
                    .Set(c::RefType, true)
                    .Set(c::RefToStatus, kStatusNone)
                    .Set(c::Note, "")
                    .Set(c::IsTransitionOfCare, false)
                    .Set(c::ProcNum, int64_t{0})
                    .Set(c::DateProcComplete, kZeroDate)
                    .Set(c::ProvNum, patient.family.dentist)
                    .Set(c::DateTStamp, entered)
                    .SetEntered(entered);
                sink.Write(row);
            }
        }
    }
    // Out: treatment planned here but not booked here goes to a specialist.
    for (const ProcedureStory& p : life.procedures) {
        const bool endo = p.code->code == "D3330";
        if (!endo && p.code->code != "D7210") continue;
        // Decided the morning after the exam: treatment the patient has not booked here by then is
        // referred out.
        const Timestamp decided = At(DateOf(p.entry) + 1, 9, 0);
        if (p.initial_status != kProcTreatPlanned || !patient.Happened(decided) || BookedHere(life, p.proc_num, decided)) continue;
        EntityRng rng(practice.params.seed, Stream::kReferralTo, static_cast<uint64_t>(p.proc_num));
        if (!rng.Chance(kReferredOutChance)) continue;
        const int64_t referral = PickSpecialist(practice, endo ? def::kSpecialtyEndodontics : def::kSpecialtyOralSurgery, rng);
        const Timestamp entered = AddMinutes(decided, rng.Uniform(10, 50));
        const int outcome = rng.Weighted(kOutcomeWeights);
        const Date scheduled_day = DateOf(p.entry) + static_cast<int>(rng.Uniform(kScheduledAfterMin, kScheduledAfterMax));
        const Timestamp scheduled = At(scheduled_day, 11, static_cast<int>(rng.Uniform(0, 59)));
        const Date treated_day = scheduled_day + static_cast<int>(rng.Uniform(kTreatedAfterMin, kTreatedAfterMax));
        const Timestamp treated = At(treated_day, 16, static_cast<int>(rng.Uniform(0, 59)));  // the specialist's report arrives
        const Timestamp declined = At(DateOf(p.entry) + kDeclinedAfter, 10, static_cast<int>(rng.Uniform(0, 59)));
        if (!patient.Happened(entered)) continue;
        int status = kStatusNone;
        Timestamp stamp = entered;
        Date completed = kZeroDate;
        if (outcome == 0) {
            if (patient.Happened(scheduled)) status = kStatusScheduled, stamp = scheduled;
            if (patient.Happened(treated)) status = kStatusComplete, stamp = treated, completed = treated_day;
        } else if (outcome == 1 && patient.Happened(declined)) {
            status = kStatusDeclined;
            stamp = declined;
        }
        const std::string note = std::string(endo ? "Endo eval and RCT" : "Surgical extraction") + " #" + p.tooth;
        row.Reset();
        row.Set(c::RefAttachNum, PatientKey(life.pat_num, p.proc_num - PatientKey(life.pat_num, 0) + 1))
            .Set(c::ReferralNum, referral)
            .Set(c::PatNum, life.pat_num)
            .Set(c::ItemOrder, item_order++)
            .Set(c::RefDate, DateOf(p.entry))
            .Set(c::RefType, false)
            .Set(c::RefToStatus, status)
            .Set(c::Note, note)
            .Set(c::IsTransitionOfCare, false)
            .Set(c::ProcNum, p.proc_num)
            .Set(c::DateProcComplete, completed)
            .Set(c::ProvNum, p.planned_by)  // the referring provider, who planned it
            .Set(c::DateTStamp, stamp)
            .SetEntered(entered);
        sink.Write(row);
    }
}

}  // namespace dentsynth::core
