// A patient's periodontal condition: whether and from what age the patient has periodontitis, how
// far it has spread (which teeth), and whether heavy calculus hides it. Decided once per patient from
// the patient's own engine (stream kPeriodontalCondition), so the life that diagnoses and treats it
// (life.cpp) and the charts that record it (clinical/perio_charts.cpp) read the same picture.
// Rates and their sources: docs/BUSINESS_LOGIC.md ("Periodontal care").
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "core/calendar.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

// Extent and severity of the disease once present (CDC/AAP case definitions: mild, moderate, severe).
enum class PerioSeverity { kMild, kModerate, kSevere };

struct PeriodontalCondition {
    double onset_age;  // years; periodontitis is present from this age on (> 200 when never)
    PerioSeverity severity;
    bool heavy_calculus;  // at diagnosis, calculus too heavy to evaluate: full mouth debridement first
    bool wisdom_charted;  // third molars present and charted
    std::array<bool, 33> affected;  // by Universal tooth number 1..32: the teeth the disease involves
};

// The condition of patient `pat_num` under `seed`.
PeriodontalCondition PeriodontalConditionOf(uint64_t seed, int64_t pat_num);

// Quadrant of Universal tooth number 1..32: 0 UR (1-8), 1 UL (9-16), 2 LL (17-24), 3 LR (25-32).
inline int QuadrantOf(int tooth) { return (tooth - 1) / 8; }
inline constexpr const char* kQuadrantNames[] = {"UR", "UL", "LL", "LR"};

// Whether `tooth` is in the mouth and charted at a visit starting `when`: third molars only for
// patients whose third molars are charted, and never a tooth extracted before the visit.
bool ToothCharted(const PeriodontalCondition& condition, const std::vector<ProcedureStory>& procedures, int tooth, Timestamp when);

// The teeth periodontitis involves at a visit starting `when` of a patient born `birthdate`: the
// affected teeth still charted, once the onset age is reached and at least two such teeth remain
// (the case definitions need two teeth); empty otherwise (no periodontitis to find).
std::vector<int> InvolvedTeeth(const PeriodontalCondition& condition, const std::vector<ProcedureStory>& procedures, Date birthdate,
                               Timestamp when);

}  // namespace dentsynth::core
