// Enumerating providers' slots and booking them for a cohort.
#include "core/visits/chair_time.hpp"

#include <algorithm>

#include "core/practice/people.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {
constexpr int kHygieneSlotMinutes = 60;
constexpr int kDoctorSlotMinutes = 90;
constexpr int kLunchStart = 12 * 60;
constexpr int kLunchEnd = 13 * 60;

// Slot start times within a working day: back to back, skipping the lunch hour.
std::vector<int> DaySlots(int start_hour, int end_hour, int minutes) {
    std::vector<int> starts;
    for (int t = start_hour * 60; t + minutes <= end_hour * 60;) {
        if (t < kLunchEnd && t + minutes > kLunchStart) {
            t = kLunchEnd;
            continue;
        }
        starts.push_back(t);
        t += minutes;
    }
    return starts;
}
}  // namespace

ChairTime::ChairTime(const Practice& practice, Date horizon, RowSink& sink) : practice_(practice) {
    std::vector<int64_t> ops;
    std::vector<int64_t> team_providers(static_cast<size_t>(teams::TeamCount(practice.params.patients)), 0);
    for (const ProviderInfo& p : practice.providers) {
        ProviderDays days;
        days.first_cohort = teams::FirstCohort(p.team);
        days.cohorts = std::max<int64_t>(1, teams::CohortsOf(practice.params.patients, p.team));
        // The offset staggers a team's providers so that one cohort's share is not always the same hour.
        days.offset = team_providers[static_cast<size_t>(p.team)]++ * 7;
        days.hygiene = p.is_hygienist;
        days.minutes = p.is_hygienist ? kHygieneSlotMinutes : kDoctorSlotMinutes;
        days.start_minutes = DaySlots(p.start_hour, p.end_hour, days.minutes);
        people::OperatoriesOf(practice, p, ops);
        for (size_t i = 0; i < days.start_minutes.size(); ++i) days.operatories.push_back(ops.empty() ? 0 : ops[i % ops.size()]);
        for (Date d = practice.params.start_date; d <= horizon; d = d + 1)
            if (IsWorkingDay(practice, p, d)) days.days.push_back(d);
        providers_.push_back(std::move(days));
        sink.Checkpoint();
    }
}

int64_t ChairTime::SlotCount(size_t provider) const {
    const ProviderDays& p = providers_[provider];
    return static_cast<int64_t>(p.days.size() * p.start_minutes.size());
}

std::optional<Slot> ChairTime::SlotAt(size_t provider, int64_t slot) const {
    const ProviderDays& p = providers_[provider];
    const int64_t per_day = static_cast<int64_t>(p.start_minutes.size());
    if (per_day == 0 || slot < 0 || slot >= SlotCount(provider)) return std::nullopt;
    const Date day = p.days[static_cast<size_t>(slot / per_day)];
    const size_t within = static_cast<size_t>(slot % per_day);
    const int start = p.start_minutes[within];
    return Slot{practice_.providers[provider].prov_num,
                p.operatories[within],
                At(day, start / 60, start % 60),
                p.minutes,
                p.hygiene,
                provider,
                slot};
}

int64_t ChairTime::FirstSlotOnOrAfter(size_t provider, Date date) const {
    const ProviderDays& p = providers_[provider];
    const auto it = std::lower_bound(p.days.begin(), p.days.end(), date);
    return static_cast<int64_t>(it - p.days.begin()) * static_cast<int64_t>(p.start_minutes.size());
}

int64_t ChairTime::OwnerOf(size_t provider, int64_t slot) const {
    const ProviderDays& p = providers_[provider];
    return p.first_cohort + (slot + p.offset) % p.cohorts;
}

int64_t ChairTime::NextOwned(size_t provider, int64_t slot, int64_t cohort) const {
    const ProviderDays& p = providers_[provider];
    if (cohort < p.first_cohort || cohort >= p.first_cohort + p.cohorts) return std::max(slot, SlotCount(provider));
    const int64_t owner = OwnerOf(provider, slot);
    return slot + ((cohort - owner) % p.cohorts + p.cohorts) % p.cohorts;
}

std::optional<Slot> CohortCalendar::Book(std::span<const size_t> providers, Date earliest, Date latest, Timestamp booked_at) {
    std::optional<Slot> best;
    size_t best_provider = 0;
    int64_t best_slot = 0;
    for (const size_t provider : providers) {
        if (taken_.size() <= provider) taken_.resize(provider + 1);
        int64_t slot = chair_time_.NextOwned(provider, chair_time_.FirstSlotOnOrAfter(provider, earliest), cohort_);
        // A same-day booking cannot take an hour that has already begun (one given back by a
        // cancellation, say).
        while (slot < chair_time_.SlotCount(provider) &&
               (taken_[provider].count(slot) != 0 || chair_time_.SlotAt(provider, slot)->start <= booked_at))
            slot = chair_time_.NextOwned(provider, slot + 1, cohort_);
        const std::optional<Slot> found = chair_time_.SlotAt(provider, slot);
        if (!found || DateOf(found->start) > latest) continue;
        if (!best || found->start < best->start) {
            best = found;
            best_provider = provider;
            best_slot = slot;
        }
    }
    if (best) taken_[best_provider].insert(best_slot);
    return best;
}

void CohortCalendar::Release(const Slot& slot) {
    if (slot.number < 0 || taken_.size() <= slot.provider) return;
    taken_[slot.provider].erase(slot.number);
}

}  // namespace dentsynth::core
