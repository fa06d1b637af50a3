// Slicing the roster into parts and family blocks into families.
#include "core/patients/roster.hpp"

#include <algorithm>

#include "core/rng.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {
// Household sizes of dental patients' families: US Census household size distribution (2023:
// about 28% one person, 35% two, 15% three, 13% four, 9% five or more), with the one-person share
// raised a little because adult children and lodgers are often their own account.
constexpr double kFamilySizeWeights[] = {0.34, 0.28, 0.16, 0.14, 0.08};
}  // namespace

PatientRange PartRange(const GenerationParams& params) {
    const int64_t n = params.patients;
    return PatientRange{(params.part - 1) * n / params.parts + 1, params.part * n / params.parts};
}

std::vector<FamilyShape> FamiliesOfBlock(const GenerationParams& params, int64_t pat_num) {
    const int64_t block = (pat_num - 1) / kFamilyBlockSize;
    const int64_t first = block * kFamilyBlockSize + 1;
    const int64_t last = std::min(first + kFamilyBlockSize - 1, params.patients);
    EntityRng rng(params.seed, Stream::kFamilyBlock, static_cast<uint64_t>(block));
    std::vector<FamilyShape> families;
    for (int64_t head = first; head <= last;) {
        const int64_t size = std::min<int64_t>(rng.Weighted(kFamilySizeWeights) + 1, last - head + 1);
        families.push_back(FamilyShape{head, size});
        head += size;
    }
    return families;
}

FamilyShape FamilyOf(const GenerationParams& params, int64_t pat_num) {
    for (const FamilyShape& family : FamiliesOfBlock(params, pat_num))
        if (pat_num >= family.head && pat_num < family.head + family.size) return family;
    return FamilyShape{pat_num, 1};  // unreachable: the block's families cover it
}

}  // namespace dentsynth::core
