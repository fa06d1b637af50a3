// Deciding the practice as a whole; the parts are decided in catalog.cpp, people.cpp,
// insurance_partners.cpp and partners.cpp.
#include "core/practice/practice.hpp"

#include <algorithm>

#include "core/practice/builders.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

Practice BuildPractice(const GenerationParams& params) {
    Practice practice;
    practice.params = params;
    practice.setup_time = At(params.start_date, 7, 30);
    BuildCatalog(practice);
    // People first: plans and carriers are stamped by users, and referrals name specialties.
    BuildPeople(practice);
    BuildInsurancePartners(practice);
    BuildPartners(practice);
    return practice;
}

int CoveragePercent(const InsPlanInfo& plan, CoverageCategory category) {
    switch (category) {
        case CoverageCategory::kDiagnostic:
        case CoverageCategory::kPreventive:
        case CoverageCategory::kRadiology:
            return plan.percent_preventive;
        case CoverageCategory::kProsthodontics:
            return plan.percent_major;
        case CoverageCategory::kOrthodontics:
            return plan.percent_ortho;
        default:
            return plan.percent_basic;
    }
}

const CarrierInfo* CarrierOfPlan(const Practice& practice, int64_t plan_num) {
    if (plan_num < 1 || plan_num > static_cast<int64_t>(practice.plans.size())) return nullptr;
    const int64_t carrier = practice.plans[static_cast<size_t>(plan_num - 1)].carrier_num;
    for (const CarrierInfo& c : practice.carriers)
        if (c.carrier_num == carrier) return &c;
    return nullptr;
}

Timestamp SetupStamp(const Practice& practice, EntityRng& rng) {
    // Entered during the morning of start_date, a few seconds apart; never after the cut.
    return practice.params.NoLaterThanCut(AddSeconds(practice.setup_time, rng.Uniform(0, 3 * 3600)));
}

}  // namespace dentsynth::core
