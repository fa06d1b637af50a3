// Chair time: when and where each provider can see a patient, and which cohort of patients owns
// each slot, so that no operatory and no provider is ever double-booked while any slice of the
// roster can still be generated alone.
// Vocabulary:
//  - a slot is one appointment's place in a provider's day: a time, a length and an operatory.
//    Hygienists work in 60-minute slots in their own chair; dentists in 90-minute slots that
//    alternate between their two chairs, one patient at a time. Lunch is kept free.
//  - a provider's slots are numbered 0, 1, 2, ... through their working days in date order, so a
//    slot's number never depends on as_of.
//  - a cohort is 64 consecutive patient numbers (8 family blocks). Each cohort belongs to one care
//    team (core/practice/teams.hpp) and is seen only by the team's providers. Slot g of a provider
//    belongs to the team's cohort (g + provider offset) mod (the team's number of cohorts): every
//    cohort owns an equal share of every team provider's time, and only its own patients are
//    booked into it. A cohort is simulated whole,
//    in any part that holds one of its patients. A booked slot whose appointment leaves the
//    schedule (sent to the unscheduled list) may be given back (CohortCalendar::Release).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <unordered_set>
#include <vector>

#include "core/calendar.hpp"
#include "core/key_plan.hpp"  // kCohortSize, CohortOf: the cohort is also a block of the key plan
#include "core/practice/practice.hpp"
#include "core/practice/teams.hpp"
#include "core/sink.hpp"

namespace dentsynth::core {

struct Slot {
    int64_t prov_num;
    int64_t operatory_num;
    Timestamp start;
    int minutes;
    bool hygiene;
    size_t provider;  // index into practice.providers (chair-time slots only)
    int64_t number;  // the provider's slot number, or -1 for a time that is not chair time
};

// The practice's chair time, enumerated once per call up to a horizon after as_of.
class ChairTime {
public:
    // Lays out every provider's slots up to `horizon`; offers `sink` a cancellation point per
    // provider (a large practice has thousands of providers and years of days).
    ChairTime(const Practice& practice, Date horizon, RowSink& sink);

    // The slot numbered `slot` of provider index `provider` (index into practice.providers).
    std::optional<Slot> SlotAt(size_t provider, int64_t slot) const;
    // The first slot number of `provider` on or after `date` (past the end: SlotCount).
    int64_t FirstSlotOnOrAfter(size_t provider, Date date) const;
    int64_t SlotCount(size_t provider) const;
    // The cohort that owns slot `slot` of `provider`.
    int64_t OwnerOf(size_t provider, int64_t slot) const;
    // The next slot number >= `slot` that `cohort` owns (SlotCount when the provider is of another
    // team).
    int64_t NextOwned(size_t provider, int64_t slot, int64_t cohort) const;

private:
    struct ProviderDays {
        std::vector<Date> days;  // working days in date order
        std::vector<int> start_minutes;  // slot start times within a day
        std::vector<int64_t> operatories;  // the chair of each slot of a day
        int minutes = 60;
        bool hygiene = false;
        int64_t first_cohort = 0;  // the provider's team's cohorts: first_cohort, ... + cohorts - 1
        int64_t cohorts = 1;
        int64_t offset = 0;  // staggers the team's providers (see OwnerOf)
    };
    const Practice& practice_;
    std::vector<ProviderDays> providers_;
};

// One cohort's bookings: which owned slots are taken.
class CohortCalendar {
public:
    CohortCalendar(const ChairTime& chair_time, int64_t cohort) : chair_time_(chair_time), cohort_(cohort) {}

    // Books the earliest free owned slot on or after `earliest` (and before `latest`), starting
    // after `booked_at`, with any of `providers` (indexes into practice.providers; the earliest slot
    // wins, earlier providers on ties). Returns nullopt when none is free in that window.
    std::optional<Slot> Book(std::span<const size_t> providers, Date earliest, Date latest, Timestamp booked_at);
    // Gives a booked slot back (its appointment left the schedule), so later bookings may take it.
    void Release(const Slot& slot);

private:
    const ChairTime& chair_time_;
    int64_t cohort_;
    std::vector<std::unordered_set<int64_t>> taken_;  // per provider index; only looked up, never iterated
};

}  // namespace dentsynth::core
