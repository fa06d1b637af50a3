// The tooth chart taken at the first visit (toothinitial): adults' missing teeth, growing with age
// (molars first, canines last; often the wisdom teeth; sometimes all of them), and children's
// primary teeth still in the mouth.
// Vocabulary (OpenDental): ToothNum "1".."32" are permanent teeth in the Universal numbering
// (1 upper right third molar .. 16 upper left third molar, 17 lower left third molar .. 32 lower
// right third molar); ToothInitialType 0 = Missing, 2 = Primary. A Primary initial is set on the
// permanent position whose primary predecessor is present (4-13 and 20-29), which is how
// OpenDental's chart shows a child's primary tooth there. Later extractions are the treatment
// stage's (locals from kMedicalHistoryLocalLimit on).
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "core/clinical/medical_history_parts.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core::medical {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

constexpr int kInitialMissing = 0;
constexpr int kInitialPrimary = 2;

constexpr std::array<int, 4> kWisdomTeeth = {1, 16, 17, 32};

// Relative chance of losing each non-wisdom tooth (index = tooth number 1..32; wisdom teeth 0):
// first molars most, then second molars, premolars, incisors; canines least (NHANES tooth-loss
// patterns by tooth type).
constexpr std::array<double, 33> kLossWeight = {
    0, 0,   2.0, 2.5, 1.2, 1.2, 0.4, 0.7, 0.7, 0.7, 0.7, 0.4, 1.2, 1.2, 2.5, 2.0, 0,  // 1..16 upper
    0, 2.0, 3.0, 1.2, 1.2, 0.4, 0.8, 0.8, 0.8, 0.8, 0.4, 1.2, 1.2, 3.0, 2.0, 0,  // 17..32 lower
};

// Mean missing non-wisdom teeth among dentate patients by age (anchors, linear between): about 2
// missing at 50 and about 6 at 70 once edentulous patients are counted (regular dental attenders
// keep more teeth than NHANES's population averages).
constexpr std::array<std::pair<int, double>, 8> kMeanMissing = {
    {{18, 0.1}, {30, 0.5}, {40, 1.0}, {50, 1.5}, {60, 2.5}, {70, 3.8}, {80, 5.0}, {95, 6.5}}};
// Individual variation around the mean (mean factor 1.0): most patients keep nearly all their
// teeth, a few have lost many.
constexpr double kFrailtyFactors[] = {0.2, 0.6, 1.0, 1.6, 2.6};
constexpr double kFrailtyWeights[] = {0.25, 0.25, 0.20, 0.18, 0.12};
// Complete tooth loss (edentulism) by age: CDC oral health surveillance (about 13% of 65+), lower
// among patients still seeing a dentist.
double EdentulousChance(int age) { return age < 45 ? 0.001 : age < 65 ? 0.015 : age < 75 ? 0.08 : 0.14; }
// Third molars: removed (all four, or two) for about half of adults by their mid-twenties; a tooth
// never formed (agenesis) in about 8% of cases otherwise.
double WisdomRemovedChance(int age) { return age < 18 ? 0.0 : age < 21 ? 0.30 : age < 25 ? 0.45 : 0.55; }
constexpr double kAllFourRemovedShare = 0.7;
constexpr double kWisdomAgenesis = 0.08;
// Teenagers and young adults: a congenitally missing lateral incisor or second premolar.
constexpr double kCongenitalMissingChance = 0.03;
constexpr int kCongenitalTeeth[] = {7, 10, 4, 13, 20, 29};

// A child's primary tooth at a permanent position: eruption (months) and shedding (years) ages,
// ADA eruption charts.
struct PrimaryTooth {
    int position;
    double erupt_months;
    double shed_years;
};

constexpr PrimaryTooth kPrimaryTeeth[] = {
    {4, 29, 11},    {5, 16, 10},  {6, 19, 11.5}, {7, 11, 7.5}, {8, 10, 6.5}, {9, 10, 6.5}, {10, 11, 7.5},
    {11, 19, 11.5}, {12, 16, 10}, {13, 29, 11},  {20, 27, 11}, {21, 16, 10}, {22, 20, 10}, {23, 13, 7.5},
    {24, 8, 6},     {25, 8, 6},   {26, 13, 7.5}, {27, 20, 10}, {28, 16, 10}, {29, 27, 11},
};

// Mean missing non-wisdom teeth at `age`, interpolated between the anchors.
double MeanMissing(int age) {
    if (age <= kMeanMissing.front().first) return kMeanMissing.front().second;
    for (size_t i = 1; i < kMeanMissing.size(); ++i) {
        const auto [a1, m1] = kMeanMissing[i];
        if (age <= a1) {
            const auto [a0, m0] = kMeanMissing[i - 1];
            return m0 + (m1 - m0) * (age - a0) / static_cast<double>(a1 - a0);
        }
    }
    return kMeanMissing.back().second;
}

struct ChartMark {
    int tooth;
    int type;
};

// The chart marks at intake, decided from the patient's tooth-chart engine (fixed draws per tooth).
std::vector<ChartMark> DrawChart(const PatientContext& patient) {
    EntityRng rng(patient.practice.params.seed, Stream::kToothChart, static_cast<uint64_t>(patient.person.pat_num));
    const Date join = patient.family.join;
    const int age = AgeAt(patient.person.birthdate, join);
    const double age_exact = (join - patient.person.birthdate) / 365.25;
    std::vector<ChartMark> marks;
    if (age < 13) {
        // Primary teeth present: erupted and not yet shed, with a child-wide developmental offset.
        const double shed_offset = rng.Normal(0.0, 0.7, -1.5, 1.5);
        const double erupt_offset = rng.Normal(0.0, 2.0, -5.0, 5.0);
        for (const PrimaryTooth& t : kPrimaryTeeth) {
            const double jitter = rng.Uniform(-40, 40) / 100.0;
            const bool erupted = age_exact * 12.0 >= t.erupt_months + erupt_offset;
            const bool shed = age_exact >= t.shed_years + shed_offset + jitter;
            if (erupted && !shed) marks.push_back({t.position, kInitialPrimary});
        }
        return marks;
    }
    const bool edentulous = rng.Chance(EdentulousChance(age));
    const double frailty = kFrailtyFactors[rng.Weighted(kFrailtyWeights)];
    const bool wisdom_removed = rng.Chance(WisdomRemovedChance(age));
    const bool all_four = rng.Chance(kAllFourRemovedShare);
    const int pair = static_cast<int>(rng.Uniform(0, 1));  // which two: both upper or both lower
    const bool congenital = rng.Chance(kCongenitalMissingChance);
    const int congenital_tooth = kCongenitalTeeth[rng.Uniform(0, static_cast<int64_t>(std::size(kCongenitalTeeth)) - 1)];
    double weight_sum = 0.0;
    for (double w : kLossWeight) weight_sum += w;
    const double mean = age >= 18 ? MeanMissing(age) * frailty : 0.0;
    for (int tooth = 1; tooth <= 32; ++tooth) {
        const double u = rng.Unit();  // one draw per tooth, whatever decides it
        const bool wisdom = std::find(kWisdomTeeth.begin(), kWisdomTeeth.end(), tooth) != kWisdomTeeth.end();
        bool missing = edentulous;
        if (wisdom && age >= 18) {
            const bool removed = wisdom_removed && (all_four || (pair == 0 ? tooth <= 16 : tooth >= 17));
            missing = missing || removed || u < kWisdomAgenesis;
        } else if (!wisdom) {
            missing = missing || u < std::min(0.97, mean * kLossWeight[static_cast<size_t>(tooth)] / weight_sum);
            missing = missing || (congenital && tooth == congenital_tooth);
        }
        if (missing) marks.push_back({tooth, kInitialMissing});
    }
    return marks;
}

}  // namespace

bool WantsToothChart(const RowSink& sink) { return WantsAny(sink, kProducer); }

void EmitToothChart(const PatientContext& patient, const MedicalStory& story, RowSink& out) {
    ProducerSink sink(out, kProducer);
    if (!sink.WantsAny()) return;
    // The chart is entered right after the health history, at the first visit.
    const Timestamp entered = AddMinutes(story.intake, 10);
    if (!patient.Happened(entered)) return;
    const std::vector<ChartMark> marks = DrawChart(patient);
    namespace c = col::toothinitial;
    Row row(TableId::toothinitial);
    int64_t local = 0;
    for (const ChartMark& mark : marks) {
        const Timestamp stamp = AddSeconds(entered, 2 * local);
        if (!patient.Happened(stamp)) break;  // marks are entered in order, seconds apart
        row.Reset();
        row.Set(c::ToothInitialNum, PatientKey(patient.person.pat_num, ++local))
            .Set(c::PatNum, patient.person.pat_num)
            .Set(c::ToothNum, std::to_string(mark.tooth))
            .Set(c::InitialType, mark.type)
            .Set(c::Movement, 0.0)
            .Set(c::DrawingSegment, "")
            .Set(c::ColorDraw, 0)
            .Set(c::SecDateTEntry, stamp)
            .Set(c::SecDateTEdit, stamp)
            .Set(c::DrawText, "");
        sink.Write(row);
    }
}

}  // namespace dentsynth::core::medical
