// The roster: who the n patients of a call are, when each joins the practice, and how they form
// families; all of it decidable for one patient without generating any other.
// Vocabulary:
//  - patient number k (1..n) is the patient's PatNum;
//  - a family block is 8 consecutive patient numbers; the block's own engine cuts it into
//    families of consecutive numbers, so any patient finds its family from its block alone;
//  - the head (lowest number) of a family is its guarantor, and the family's decisions (join
//    date, address, coverage, leaving) come from the head's family engine;
//  - a part of a partitioned call is a contiguous slice of patient numbers.
// The roster does not depend on as_of: patient k joins on the same day whatever as_of is, and a
// call shows only the patients who have joined (been entered) by as_of. See docs/BUSINESS_LOGIC.md.
#pragma once

#include <cstdint>
#include <vector>

#include "core/calendar.hpp"
#include "core/params.hpp"

namespace dentsynth::core {

inline constexpr int64_t kFamilyBlockSize = 8;
// Every per-patient key is pat_num * kKeyStride + a local number, so keys of different patients
// never collide and any slice of the roster can be generated alone.
inline constexpr int64_t kKeyStride = 100000;

inline int64_t PatientKey(int64_t pat_num, int64_t local) { return pat_num * kKeyStride + local; }

struct PatientRange {
    int64_t first;  // inclusive
    int64_t last;  // inclusive; first > last when the part is empty
};

// The patient numbers of params.part of params.parts.
PatientRange PartRange(const GenerationParams& params);

struct FamilyShape {
    int64_t head;  // the guarantor's patient number
    int64_t size;  // members are head .. head + size - 1
};

// The families of the block holding patient `pat_num`, in order.
std::vector<FamilyShape> FamiliesOfBlock(const GenerationParams& params, int64_t pat_num);

// The family patient `pat_num` belongs to.
FamilyShape FamilyOf(const GenerationParams& params, int64_t pat_num);

}  // namespace dentsynth::core
