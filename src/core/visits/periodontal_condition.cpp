// The periodontal condition of a patient: a prevalence curve by age (the share of people who have
// periodontitis by a given age), a severity, and the teeth it involves, drawn from the patient's
// own engine. Every rate is a named constant; docs/BUSINESS_LOGIC.md ("Periodontal care") gives
// the sources.
#include "core/visits/periodontal_condition.hpp"

#include <algorithm>
#include <span>
#include <string>

#include "core/rng.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// Share of people with periodontitis by age (cumulative, piecewise linear between the points):
// NHANES 2009-2014 (Eke et al. 2018) finds 29.5% at 30-44, 46.0% at 45-64 and 59.8% at 65+ (42.2%
// of adults 30+); the surveys' full-mouth protocol starts at 30, and disease under 30 is uncommon.
struct PrevalencePoint {
    double age;
    double share;
};
constexpr PrevalencePoint kPrevalence[] = {{18, 0.03}, {30, 0.21}, {45, 0.39}, {65, 0.55}, {85, 0.66}};
// Severity among cases: NHANES 2009-2010 (Eke et al. 2012) finds mild 8.7%, moderate 30.0% and
// severe 8.5% of adults 30+, i.e. about 18/64/18% of those with periodontitis.
constexpr double kSeverityWeights[] = {0.18, 0.64, 0.18};
// Teeth involved, by tooth type: molars first, then premolars, anteriors least (Papapanou's review
// of attachment-loss patterns), scaled by the extent of the case.
constexpr double kAffectedMolar = 0.70;
constexpr double kAffectedPremolar = 0.45;
constexpr double kAffectedAnterior = 0.25;
constexpr double kExtentBySeverity[] = {0.50, 1.20, 1.40};
// Heavy calculus that prevents a comprehensive evaluation (CDT D4355) at diagnosis: our estimate of
// the share of newly diagnosed patients who first need a full mouth debridement.
constexpr double kHeavyCalculusChance = 0.10;
// Third molars charted: about half of adults have had them removed by their mid-twenties and ~8%
// never formed them; many hygienists skip partially erupted ones, so ~30% are charted.
constexpr double kWisdomChartedChance = 0.30;
constexpr double kNever = 1000.0;

bool IsMolar(int tooth) {
    const int t = tooth > 16 ? 33 - tooth : tooth;  // mirror lower teeth onto upper positions
    return t <= 3 || t >= 14;
}
bool IsPremolar(int tooth) {
    const int t = tooth > 16 ? 33 - tooth : tooth;
    return t == 4 || t == 5 || t == 12 || t == 13;
}
bool IsWisdom(int tooth) { return tooth == 1 || tooth == 16 || tooth == 17 || tooth == 32; }

// The age at which the cumulative prevalence reaches `u`, or kNever above the curve's end.
double OnsetAge(double u) {
    const std::span<const PrevalencePoint> points(kPrevalence);
    if (u < points.front().share) return points.front().age;
    for (size_t i = 1; i < points.size(); ++i) {
        const PrevalencePoint& a = points[i - 1];
        const PrevalencePoint& b = points[i];
        if (u < b.share) return a.age + (b.age - a.age) * (u - a.share) / (b.share - a.share);
    }
    return kNever;
}

}  // namespace

PeriodontalCondition PeriodontalConditionOf(uint64_t seed, int64_t pat_num) {
    EntityRng rng(seed, Stream::kPeriodontalCondition, static_cast<uint64_t>(pat_num));
    PeriodontalCondition c{};
    c.onset_age = OnsetAge(rng.Unit());
    c.severity = static_cast<PerioSeverity>(rng.Weighted(kSeverityWeights));
    c.heavy_calculus = rng.Chance(kHeavyCalculusChance);
    c.wisdom_charted = rng.Chance(kWisdomChartedChance);
    const double extent = kExtentBySeverity[static_cast<size_t>(c.severity)];
    int always_charted = 0;
    for (int tooth = 1; tooth <= 32; ++tooth) {
        const double chance = IsMolar(tooth) ? kAffectedMolar : IsPremolar(tooth) ? kAffectedPremolar : kAffectedAnterior;
        c.affected[static_cast<size_t>(tooth)] = rng.Chance(std::min(1.0, chance * extent));
        if (c.affected[static_cast<size_t>(tooth)] && !IsWisdom(tooth)) ++always_charted;
    }
    // A case involves two teeth at least: add first and second molars until it does.
    for (const int tooth : {3, 14, 19, 30, 2, 15, 18, 31})
        if (always_charted < 2 && !c.affected[static_cast<size_t>(tooth)]) {
            c.affected[static_cast<size_t>(tooth)] = true;
            ++always_charted;
        }
    return c;
}

bool ToothCharted(const PeriodontalCondition& condition, const std::vector<ProcedureStory>& procedures, int tooth, Timestamp when) {
    if (IsWisdom(tooth) && !condition.wisdom_charted) return false;
    const std::string number = std::to_string(tooth);
    for (const ProcedureStory& p : procedures)
        if (p.completed != kZeroTimestamp && p.completed < when && p.tooth == number &&
            (p.code->code == "D7140" || p.code->code == "D7210"))
            return false;
    return true;
}

std::vector<int> InvolvedTeeth(const PeriodontalCondition& condition, const std::vector<ProcedureStory>& procedures, Date birthdate,
                               Timestamp when) {
    std::vector<int> teeth;
    const double age = static_cast<double>(DateOf(when) - birthdate) / 365.25;
    if (age < condition.onset_age) return teeth;
    for (int tooth = 1; tooth <= 32; ++tooth)
        if (condition.affected[static_cast<size_t>(tooth)] && ToothCharted(condition, procedures, tooth, when)) teeth.push_back(tooth);
    if (teeth.size() < 2) teeth.clear();
    return teeth;
}

}  // namespace dentsynth::core
