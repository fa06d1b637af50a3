// Insurance verification before appointments: which items a patient has, when the front desk
// verifies them, how each attempt turns out, and the insverify / insverifyhist rows that record it.
// See insurance_verification.hpp for the vocabulary and docs/BUSINESS_LOGIC.md ("Insurance verification") for the rates.
#include "core/insurance/insurance_verification.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "core/patients/family.hpp"
#include "core/patients/roster.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/producers.hpp"
#include "core/rng.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

// VerifyType as the downstream contract reads it: type 1 rows are checked against inssub.
constexpr int kVerifyBenefits = 1;
constexpr int kVerifyEligibility = 2;

// Offices re-verify an item at most monthly: eligibility can change at any month's start, and
// benefit details rarely change within a month.
constexpr int kReverifyDays = 30;
// Verification happens 1-3 working days ahead of the visit (the common front-desk routine; the
// Insurance Verification List defaults to appointments a few days out).
constexpr int64_t kMaxLeadWorkingDays = 3;
constexpr int kLeadSearchDays = 14;  // calendar days searched for those working days
// A round starts between 8:00 and 15:59; items follow a few minutes apart.
constexpr int64_t kRoundWindowMinutes = 8 * 60;
constexpr int64_t kMinutesPerItem = 4;
// First attempts: most verify at once through the carrier's portal; the rest wait on the carrier,
// lack patient information, or cannot reach the carrier. A failed attempt is retried the same
// afternoon, which usually succeeds.
constexpr double kFirstAttemptWeights[] = {0.90, 0.03, 0.04, 0.03};  // verified, pending, needs info, unable
constexpr int64_t kFirstAttemptStatus[] = {def::kInsVerifyVerified, def::kInsVerifyPending, def::kInsVerifyNeedsPatientInfo,
                                           def::kInsVerifyUnableToVerify};
constexpr double kRetryVerifiedChance = 0.85;
constexpr int kItemSlots = 3;  // at most two eligibility items and one benefits item per patient

// A failed attempt is retried 1-4 hours later, but no later than a last call between 17:00 and 17:30.
constexpr int kLastRetryHour = 17;
constexpr int64_t kLastRetryMinutes = 30;

constexpr int64_t kBenefitsLocal = 1;
constexpr int64_t kEligibilityLocalBase = 100;
constexpr int64_t kPatPlanLocalBase = 10;  // patplan keys, as patient_tables.cpp writes them
constexpr int64_t kHistLocalBase = 1000;

const char* const kVerifiedNotes[] = {"", "", "", "Verified on carrier portal", "Verified by phone with carrier", "Active, no changes"};
const char* const kBenefitNotes[] = {"", "", "Benefits verified, no changes", "Frequencies and remaining maximum confirmed",
                                     "Breakdown on file updated"};

struct Item {
    int64_t ins_verify_num;
    int verify_type;
    int64_t fkey;
    const Subscription* subscription;
};

// The patient's items: eligibility under each patplan, in ordinal order (CoverageOf), then the
// benefits of the subscription the patient holds.
std::vector<Item> ItemsOf(const FamilyStory& family, const PersonStory& person) {
    std::vector<Item> items;
    for (const Coverage& c : CoverageOf(family, person))
        items.push_back({PatientKey(person.pat_num, kEligibilityLocalBase + c.ordinal), kVerifyEligibility,
                         PatientKey(person.pat_num, kPatPlanLocalBase + c.ordinal), c.subscription});
    for (const Subscription& s : family.subscriptions)
        if (s.subscriber == person.pat_num) {
            items.push_back({PatientKey(person.pat_num, kBenefitsLocal), kVerifyBenefits, s.ins_sub_num, &s});
            break;  // a patient holds at most one subscription
        }
    return items;
}

// Whether the office is open on `date`: some provider works (the same rule the booking uses).
bool OfficeOpen(const Practice& practice, Date date) {
    for (const ProviderInfo& p : practice.providers)
        if (IsWorkingDay(practice, p, date)) return true;
    return false;
}

// The working day `lead` working days before `day`, or kZeroDate when none is found nearby.
Date WorkingDaysBefore(const Practice& practice, Date day, int64_t lead) {
    Date d = day;
    int64_t found = 0;
    for (int i = 0; i < kLeadSearchDays && found < lead; ++i) {
        d = d - 1;
        if (OfficeOpen(practice, d)) ++found;
    }
    return found == lead ? d : kZeroDate;
}

// When an appointment sent to the unscheduled list leaves the book: the rule of visit_tables.cpp
// TimesOf, so no verification is written for an appointment already taken off the schedule.
Timestamp UnscheduledAt(const AppointmentStory& apt) { return std::max(AddMinutes(apt.slot.start, -20 * 60), AddMinutes(apt.created, 1)); }

// One item's draws in a round, taken whether or not the item is verified in it.
struct SlotDraws {
    int64_t jitter_minutes;
    int first_outcome;
    int64_t retry_delay_minutes;
    int64_t retry_cutoff_minutes;  // the afternoon's last call, minutes after kLastRetryHour:00
    bool retry_verified;
    int64_t note_pick;
};

struct Round {
    Timestamp start;
    size_t apt_index;
    std::array<SlotDraws, kItemSlots> slots;
};

struct Attempt {
    Timestamp time;
    size_t item;
    int64_t def_num;
    Date last_verified;  // DateLastVerified after the attempt (kZeroDate while never verified)
    Date assigned;  // DateLastAssigned: the round's day
    double hours_available;  // hours left before the appointment
    std::string note;
};

// The rounds before the patient's appointments, in time order.
std::vector<Round> RoundsOf(const PatientContext& patient, const PatientLife& life) {
    const Practice& practice = patient.practice;
    std::vector<Round> rounds;
    for (size_t i = 0; i < life.appointments.size(); ++i) {
        const AppointmentStory& apt = life.appointments[i];
        if (apt.outcome == Outcome::kPlanned) continue;  // planned treatment is not on the schedule yet
        EntityRng rng(practice.params.seed, Stream::kInsVerify, static_cast<uint64_t>(apt.apt_num));
        Round round;
        round.apt_index = i;
        const int64_t lead = rng.Uniform(1, kMaxLeadWorkingDays);
        const int64_t minute = rng.Uniform(0, kRoundWindowMinutes - 1);
        for (SlotDraws& s : round.slots) {
            s.jitter_minutes = rng.Uniform(0, 2);
            s.first_outcome = rng.Weighted(kFirstAttemptWeights);
            s.retry_delay_minutes = rng.Uniform(60, 240);
            s.retry_cutoff_minutes = rng.Uniform(0, kLastRetryMinutes);
            s.retry_verified = rng.Chance(kRetryVerifiedChance);
            s.note_pick = rng.Uniform(0, 1000);
        }
        const Date day = WorkingDaysBefore(practice, DateOf(apt.slot.start), lead);
        if (day == kZeroDate || day < practice.params.start_date) continue;
        round.start = AddMinutes(At(day, 8), minute);
        // The appointment must be on the book, and the patient's coverage rows entered, when the round starts.
        if (round.start <= apt.created || round.start < patient.entry) continue;
        if (apt.outcome == Outcome::kUnscheduled && At(day, kLastRetryHour + 1) > UnscheduledAt(apt)) continue;
        rounds.push_back(round);
    }
    std::stable_sort(rounds.begin(), rounds.end(), [](const Round& a, const Round& b) { return a.start < b.start; });
    return rounds;
}

template <size_t N>
std::string PickNote(const char* const (&notes)[N], int64_t pick) {
    return notes[static_cast<size_t>(pick) % N];
}

// Every attempt of the story, in time order.
std::vector<Attempt> AttemptsOf(const PatientContext& patient, const PatientLife& life, const std::vector<Item>& items) {
    std::vector<Attempt> attempts;
    std::vector<Date> last_ok(items.size(), kZeroDate);  // last successful verification
    std::vector<Date> last_try(items.size(), kZeroDate);  // last round that touched the item
    for (const Round& round : RoundsOf(patient, life)) {
        const AppointmentStory& apt = life.appointments[round.apt_index];
        const Date day = DateOf(round.start);
        const Date apt_day = DateOf(apt.slot.start);
        for (size_t k = 0; k < items.size() && k < static_cast<size_t>(kItemSlots); ++k) {
            const Item& item = items[k];
            const Subscription& sub = *item.subscription;
            if (!InForce(sub, day) || last_try[k] == day) continue;
            if (last_ok[k] != kZeroDate && day - last_ok[k] < kReverifyDays) continue;
            last_try[k] = day;
            const SlotDraws& draw = round.slots[k];
            Attempt a;
            a.item = k;
            a.time = AddMinutes(round.start, static_cast<int64_t>(k) * kMinutesPerItem + draw.jitter_minutes);
            a.assigned = day;
            auto hours_left = [&](Timestamp t) {
                return static_cast<double>((apt.slot.start.micros - t.micros) / (kMicrosPerHour / 100)) / 100.0;
            };
            a.hours_available = hours_left(a.time);
            const std::string verified_note =
                item.verify_type == kVerifyBenefits ? PickNote(kBenefitNotes, draw.note_pick) : PickNote(kVerifiedNotes, draw.note_pick);
            if (sub.term != kZeroDate && sub.term <= apt_day) {
                // The carrier reports the coverage ending before the visit: verified, not active.
                a.def_num = def::kInsVerifyNotActive;
                a.note = "Carrier reports coverage ends " + ToIsoString(sub.term);
                a.last_verified = last_ok[k] = day;
                attempts.push_back(a);
                continue;
            }
            a.def_num = kFirstAttemptStatus[draw.first_outcome];
            if (a.def_num == def::kInsVerifyVerified) {
                a.note = verified_note;
                a.last_verified = last_ok[k] = day;
                attempts.push_back(a);
                continue;
            }
            a.last_verified = last_ok[k];
            a.note = a.def_num == def::kInsVerifyPending            ? "Waiting on carrier callback"
                     : a.def_num == def::kInsVerifyNeedsPatientInfo ? "Need current subscriber ID from patient"
                                                                    : "Carrier portal unavailable, left voicemail";
            attempts.push_back(a);
            // The retry later that afternoon.
            Attempt retry = a;
            retry.time = std::max(AddMinutes(a.time, 20), std::min(AddMinutes(a.time, draw.retry_delay_minutes),
                                                                   AddMinutes(At(day, kLastRetryHour), draw.retry_cutoff_minutes)));
            retry.hours_available = hours_left(retry.time);
            if (draw.retry_verified) {
                retry.def_num = def::kInsVerifyVerified;
                retry.note = a.def_num == def::kInsVerifyNeedsPatientInfo ? "Patient provided new card, verified" : verified_note;
                retry.last_verified = last_ok[k] = day;
            } else {
                retry.def_num = def::kInsVerifyUnableToVerify;
                retry.note = "Unable to verify before the visit";
            }
            attempts.push_back(retry);
        }
    }
    std::stable_sort(attempts.begin(), attempts.end(), [](const Attempt& a, const Attempt& b) { return a.time < b.time; });
    return attempts;
}

}  // namespace

void EmitInsuranceVerification(const PatientContext& patient, const PatientLife& life, RowSink& out) {
    ProducerSink sink(out, kProducer);
    const bool want_current = sink.Wants(TableId::insverify);
    const bool want_history = sink.Wants(TableId::insverifyhist);
    if (!want_current && !want_history) return;
    const std::vector<Item> items = ItemsOf(patient.family, patient.person);
    if (items.empty()) return;
    const std::vector<Attempt> attempts = AttemptsOf(patient, life, items);
    const int64_t user = patient.family.entry_user;  // the front-desk user who looks after the family
    std::vector<const Attempt*> first(items.size(), nullptr);
    std::vector<const Attempt*> latest(items.size(), nullptr);
    thread_local Row hist(TableId::insverifyhist);
    for (size_t n = 0; n < attempts.size(); ++n) {
        const Attempt& a = attempts[n];
        if (!patient.Happened(a.time) || kHistLocalBase + static_cast<int64_t>(n) >= kKeyStride) break;
        if (first[a.item] == nullptr) first[a.item] = &a;
        latest[a.item] = &a;
        if (!want_history) continue;
        const Item& item = items[a.item];
        namespace c = col::insverifyhist;
        hist.Reset();
        hist.Set(c::InsVerifyHistNum, PatientKey(life.pat_num, kHistLocalBase + static_cast<int64_t>(n)))
            .Set(c::InsVerifyNum, item.ins_verify_num)
            .Set(c::DateLastVerified, a.last_verified)
            .Set(c::UserNum, user)
            .Set(c::VerifyType, item.verify_type)
            .Set(c::FKey, item.fkey)
            .Set(c::DefNum, a.def_num)
            .Set(c::Note, a.note)
            .Set(c::DateLastAssigned, a.assigned)
            .Set(c::DateTimeEntry, first[a.item]->time)
            .Set(c::HoursAvailableForVerification, a.hours_available)
            .Set(c::VerifyUserNum, user)
            .Set(c::SecDateTEdit, a.time)
            .SetEntered(a.time);  // each attempt adds a history row
        sink.Write(hist);
    }
    if (!want_current) return;
    thread_local Row current(TableId::insverify);
    for (size_t k = 0; k < items.size(); ++k) {
        const Attempt* a = latest[k];
        if (a == nullptr) continue;  // the row appears with the item's first verification
        // Dropping a coverage deletes its patplan and, with it, the patplan's eligibility item
        // (OpenDental's PatPlans.Delete); the item's history stays.
        // It keeps its key, which the history names.
        const Date term = items[k].subscription->term;
        const bool dropped = items[k].verify_type == kVerifyEligibility && term != kZeroDate && patient.Happened(CoverageEndRecorded(term));
        namespace c = col::insverify;
        // UserNum is the assignee; the assignment is cleared once the item is worked (the
        // downstream accepts only 0 here), while the history keeps who worked it.
        current.Reset();
        current.Set(c::InsVerifyNum, items[k].ins_verify_num)
            .Set(c::DateLastVerified, a->last_verified)
            .Set(c::UserNum, int64_t{0})
            .Set(c::VerifyType, items[k].verify_type)
            .Set(c::FKey, items[k].fkey)
            .Set(c::DefNum, a->def_num)
            .Set(c::Note, a->note)
            .Set(c::DateLastAssigned, a->assigned)
            .Set(c::DateTimeEntry, first[k]->time)
            .Set(c::HoursAvailableForVerification, a->hours_available)
            .Set(c::SecDateTEdit, a->time);
        if (dropped) current.SetDeleted();
        sink.Write(current);
    }
}

}  // namespace dentsynth::core
