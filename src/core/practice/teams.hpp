// Care teams: how a practice grows past one office's size. A team is a group of dentists and
// hygienists with their own chairs who see one contiguous block of the roster's cohorts, as a
// group practice adds teams (or locations) rather than spreading every patient over every
// provider. Patients keep their team: their own dentist and hygienist are in it, and every visit
// is booked into its providers' chair time.
// Why it matters: chair time is shared out cohort by cohort (core/visits/chair_time.hpp). Over the
// whole practice, a cohort's share of one provider's day shrinks as 1 / (number of cohorts), and
// at hundreds of thousands of patients it falls below one slot per provider per year, so visits
// vanish. Within a team it is 1 / (the team's cohorts), the same at any roster size.
// A roster of up to kTeamPatients patients is one team: the practice as it has always been.
#pragma once

#include <algorithm>
#include <cstdint>

#include "core/key_plan.hpp"  // kCohortSize

namespace dentsynth::core::teams {

// 160 cohorts of 64: 10,240 patients, a large group office of about six dentists and nine
// hygienists (the headcount ratios of core/practice/people.cpp).
inline constexpr int64_t kCohortsPerTeam = 160;
inline constexpr int64_t kTeamPatients = kCohortsPerTeam * kCohortSize;

inline int64_t TeamCount(int64_t patients) { return std::max<int64_t>(1, (patients + kTeamPatients - 1) / kTeamPatients); }
inline int64_t TeamOfCohort(int64_t cohort) { return cohort / kCohortsPerTeam; }
inline int64_t TeamOfPatient(int64_t pat_num) { return TeamOfCohort(CohortOf(pat_num)); }

// The patients of team `team` (the last team holds what remains of the roster).
inline int64_t TeamPatients(int64_t patients, int64_t team) {
    return std::clamp<int64_t>(patients - team * kTeamPatients, 0, kTeamPatients);
}
// The first cohort of team `team` and how many it has.
inline int64_t FirstCohort(int64_t team) { return team * kCohortsPerTeam; }
inline int64_t CohortsOf(int64_t patients, int64_t team) { return (TeamPatients(patients, team) + kCohortSize - 1) / kCohortSize; }

}  // namespace dentsynth::core::teams
