// What a caller asks the generator for. Output is a pure function of these values (and the
// generator version); see docs/DETERMINISM.md.
#pragma once

#include <cstdint>

#include "core/calendar.hpp"

namespace dentsynth::core {

inline constexpr int64_t kMinPatients = 1;
inline constexpr int64_t kMaxPatients = 10'000'000;     // keeps every key far inside int8 and int4 columns
inline constexpr Date kEarliestStartDate = MakeDate(1990, 1, 1);
inline constexpr Date kLatestAsOf = MakeDate(2099, 12, 31);
inline constexpr int kMaxYearsSimulated = 40;

struct GenerationParams {
    int64_t patients = 5000;
    uint64_t seed = 42;
    Date start_date = MakeDate(2023, 1, 1);
    Date as_of = MakeDate(2025, 1, 1);
    // Partitioned generation: this call makes part `part` of `parts` (1-based). The roster is cut
    // into `parts` contiguous slices of patient numbers; part 1 also writes the practice.
    int64_t part = 1;
    int64_t parts = 1;
};

inline constexpr int64_t kMaxParts = 100000;

// Throws Error(kInvalidParameter) naming the first parameter that is out of range.
void ValidateParams(const GenerationParams& params);

}  // namespace dentsynth::core
