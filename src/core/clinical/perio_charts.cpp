// Periodontal chartings (perioexam, periomeasure): the full-mouth probings the life took (an adult's
// first hygiene visit, then yearly, and every second periodontal maintenance visit; the life marks
// them, since the charting is where periodontitis is found). The readings follow the patient's
// periodontal condition (visits/periodontal_condition.hpp), the same picture the life diagnosed and
// planned treatment from: the teeth it involves have pockets of 4 mm or more, every other tooth
// reads 1-3 mm.
// Vocabulary (OpenDental): a perioexam is one charting; its periomeasure rows hold one sequence
// for one tooth. SequenceType 4 probing (pocket depth in mm at six sites: MB, B, DB on the facial,
// ML, L, DL on the lingual), 6 bleeding (bit flags per site: 1 blood, 2 suppuration, 4 plaque,
// 8 calculus), 2 gingival margin (recession in mm), 1 furcation (grade 1-3 at the furcation
// entrances), 0 mobility (grade in ToothValue). ToothValue is -1 on per-site sequences and a site
// not charted is -1. IntTooth is the Universal tooth number 1..32.
// Keys: PerioExamNum = PatientKey(pat, n) for the patient's n-th charting (1-based);
// PerioMeasureNum = PatientKey(pat, (n - 1) * 200 + row) with row 1..160.
// Rates and their sources: docs/BUSINESS_LOGIC.md ("Clinical records").
#include <algorithm>
#include <array>
#include <vector>

#include "core/clinical/perio_charts.hpp"
#include "core/patients/roster.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"
#include "core/visits/periodontal_condition.hpp"
#include "core/visits/visit_tables.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

constexpr std::array<size_t, 4> kInterproximal = {0, 2, 3, 5};  // MB, DB, ML, DL

constexpr int kSeqMobility = 0;
constexpr int kSeqFurcation = 1;
constexpr int kSeqGingivalMargin = 2;
constexpr int kSeqProbing = 4;
constexpr int kSeqBleeding = 6;

constexpr int kBleedBlood = 1;
constexpr int kBleedSuppuration = 2;
constexpr int kBleedPlaque = 4;
constexpr int kBleedCalculus = 8;

constexpr int64_t kRowsPerExam = 200;  // local numbers reserved per charting (at most 32 teeth x 5 sequences)
constexpr int64_t kMaxExams = kKeyStride / kRowsPerExam - 1;

// Gingival recession of 1 mm or more is found in most adults over 40 (NHANES III: 58% of 30+), but
// hygienists record it in the chart mainly where it matters; ~40% of patients 35+ have it charted.
constexpr double kRecessionChartedChance = 0.40;
constexpr int kRecessionAge = 35;
constexpr double kRecessionTooth = 0.25;  // teeth with recession in a patient who has it charted
constexpr double kRecessionToothPerio = 0.45;
constexpr double kFurcationChance = 0.30;  // of an involved molar
constexpr double kMobilityChance = 0.12;  // of an involved tooth
// After scaling and root planing pockets shrink about 1 mm at moderate sites (Cobb 1996).
constexpr double kHealedSiteChance = 0.5;
constexpr int kHealingDays = 60;
// Bleeding on probing: healthy maintained patients bleed at 5-15% of sites; inflamed deep pockets
// at a third or more (Lang et al. 1990).
constexpr double kBleedingPropensity[] = {0.04, 0.08, 0.15};
constexpr double kBleedingPropensityWeights[] = {0.35, 0.45, 0.20};
constexpr double kDeepPocketBleeding = 0.30;
constexpr double kPlaqueChance = 0.12;
constexpr double kCalculusChance = 0.03;
constexpr double kPerioCalculusChance = 0.08;
constexpr double kHeavyCalculusChance = 0.60;  // sites with calculus when it hides the pockets (D4355)
constexpr double kSuppurationChance = 0.10;  // of a site 6 mm or deeper

bool IsMolar(int tooth) {
    const int t = tooth > 16 ? 33 - tooth : tooth;  // mirror lower teeth onto upper positions
    return t <= 3 || t >= 14;
}

// How the patient's gums look at every charting, beside the periodontal condition itself.
struct PerioTraits {
    bool recession_charted;
    double bleeding;
};

PerioTraits TraitsOf(const PatientContext& patient, int64_t pat_num) {
    EntityRng rng(patient.practice.params.seed, Stream::kPerioTraits, static_cast<uint64_t>(pat_num));
    PerioTraits t{};
    t.recession_charted = rng.Chance(kRecessionChartedChance);
    t.bleeding = kBleedingPropensity[rng.Weighted(kBleedingPropensityWeights)];
    return t;
}

// When a kept appointment's patient was seated and dismissed (the visit writer's TimesOf).
Timestamp SeatedAt(const AppointmentStory& apt, int64_t pat_num) { return TimesOf(apt, pat_num).seated; }
Timestamp DismissedAt(const AppointmentStory& apt, int64_t pat_num) { return TimesOf(apt, pat_num).dismissed; }

// What one charting looks at.
struct Charting {
    const AppointmentStory* visit;
    int64_t exam_num;
    int64_t first_row_local;
    std::array<bool, 33> involved;  // teeth with periodontitis at this visit, by tooth number
    bool perio;  // periodontitis present
    bool healing;  // after scaling and root planing
    bool recession;  // recession charted
    bool diagnosis;  // the visit periodontitis was found at
    bool heavy_calculus;  // the diagnosis found calculus too heavy to evaluate
};

class PerioChartWriter {
public:
    PerioChartWriter(const PatientContext& patient, const PatientLife& life, RowSink& sink)
        : patient_(patient),
          life_(life),
          sink_(sink),
          traits_(TraitsOf(patient, life.pat_num)),
          condition_(PeriodontalConditionOf(patient.practice.params.seed, life.pat_num)) {}

    // Walks the chartings the life took, in time order.
    void Write() {
        std::vector<const AppointmentStory*> visits;
        for (const AppointmentStory& apt : life_.appointments)
            if (apt.outcome == Outcome::kKept && apt.perio_charting) visits.push_back(&apt);
        std::stable_sort(visits.begin(), visits.end(),
                         [](const AppointmentStory* a, const AppointmentStory* b) { return a->slot.start < b->slot.start; });
        int64_t exams = 0;
        for (const AppointmentStory* apt : visits) {
            if (!patient_.Happened(DismissedAt(*apt, life_.pat_num))) break;  // later visits have not happened either
            if (exams >= kMaxExams) break;
            const Date day = DateOf(apt->slot.start);
            const int age = (day - patient_.person.birthdate) / 365;
            Charting c{};
            c.visit = apt;
            c.exam_num = PatientKey(life_.pat_num, exams + 1);
            c.first_row_local = exams * kRowsPerExam + 1;
            for (const int tooth : InvolvedTeeth(condition_, life_.procedures, patient_.person.birthdate, apt->slot.start)) {
                c.involved[static_cast<size_t>(tooth)] = true;
                c.perio = true;
            }
            c.healing = c.perio && life_.perio && day - life_.perio_since >= kHealingDays;
            c.recession = c.perio || (traits_.recession_charted && age >= kRecessionAge);
            c.diagnosis = day == life_.perio_diagnosed;
            c.heavy_calculus = c.diagnosis && condition_.heavy_calculus;
            WriteExam(c);
            ++exams;
        }
    }

private:
    void WriteExam(const Charting& c) {
        const AppointmentStory& apt = *c.visit;
        const Timestamp dismissed = DismissedAt(apt, life_.pat_num);
        if (sink_.Wants(TableId::perioexam)) {
            namespace e = col::perioexam;
            const char* note = !c.diagnosis       ? (c.perio ? "Periodontitis re-evaluation." : "")
                               : c.heavy_calculus ? "Heavy calculus; full mouth debridement before SRP."
                               : condition_.severity == PerioSeverity::kSevere
                                   ? "Generalized severe periodontitis charted; SRP recommended."
                               : condition_.severity == PerioSeverity::kMild ? "Localized mild periodontitis charted; SRP recommended."
                                                                             : "Moderate periodontitis charted; SRP recommended.";
            exam_.Reset();
            exam_.Set(e::PerioExamNum, c.exam_num)
                .Set(e::PatNum, life_.pat_num)
                .Set(e::ExamDate, DateOf(apt.slot.start))
                .Set(e::ProvNum, apt.prov_hyg != 0 ? apt.prov_hyg : apt.prov_num)
                .Set(e::DateTMeasureEdit, dismissed)
                .Set(e::Note, note)
                .SetEntered(dismissed);  // charted during the visit, there once the visit is over
            sink_.Write(exam_);
        }
        if (!sink_.Wants(TableId::periomeasure)) return;
        EntityRng rng(patient_.practice.params.seed, Stream::kPerioMeasure, static_cast<uint64_t>(c.exam_num));
        const Timestamp entered = std::min(AddMinutes(SeatedAt(apt, life_.pat_num), 10), dismissed);
        int64_t local = c.first_row_local;
        for (int tooth = 1; tooth <= 32; ++tooth) {
            if (!ToothCharted(condition_, life_.procedures, tooth, apt.slot.start)) continue;
            const bool involved = c.involved[static_cast<size_t>(tooth)];
            std::array<int, 6> depth{};
            for (int site = 0; site < 6; ++site) depth[static_cast<size_t>(site)] = Depth(rng, site, involved, c.healing);
            if (involved && !c.healing) {
                // An involved tooth has a pocket: its deepest interproximal site reads 4 mm at least.
                const size_t deepest = *std::max_element(kInterproximal.begin(), kInterproximal.end(),
                                                         [&](size_t a, size_t b) { return depth[a] < depth[b]; });
                depth[deepest] = std::max(depth[deepest], 4);
            }
            Measure(local++, c.exam_num, kSeqProbing, tooth, -1, depth, entered);
            std::array<int, 6> bleeding{};
            for (int site = 0; site < 6; ++site)
                bleeding[static_cast<size_t>(site)] = Bleeding(rng, depth[static_cast<size_t>(site)], c.perio, c.heavy_calculus);
            Measure(local++, c.exam_num, kSeqBleeding, tooth, -1, bleeding, entered);
            if (c.recession) {
                // Recession sits on some teeth only, deepest mid-facial; the tooth's other sites read 0.
                if (rng.Chance(c.perio ? kRecessionToothPerio : kRecessionTooth)) {
                    std::array<int, 6> margin{};
                    for (int site = 0; site < 6; ++site) {
                        const bool facial_or_lingual_mid = site == 1 || site == 4;
                        margin[static_cast<size_t>(site)] = site == 1               ? 1 + rng.Weighted({0.55, 0.3, 0.15})
                                                            : facial_or_lingual_mid ? rng.Weighted({0.7, 0.25, 0.05})
                                                                                    : rng.Weighted({0.85, 0.15});
                    }
                    Measure(local++, c.exam_num, kSeqGingivalMargin, tooth, -1, margin, entered);
                }
            }
            if (involved && IsMolar(tooth) && rng.Chance(kFurcationChance)) {
                // Lower molars open to the buccal and lingual; upper molars to the buccal and, from
                // the palate, mesially and distally.
                const int grade = 1 + rng.Weighted({0.6, 0.32, 0.08});
                std::array<int, 6> furcation{-1, grade, -1, -1, -1, -1};
                if (tooth > 16)
                    furcation[4] = rng.Chance(0.5) ? grade : -1;
                else if (rng.Chance(0.4))
                    furcation[3] = grade;
                Measure(local++, c.exam_num, kSeqFurcation, tooth, -1, furcation, entered);
            }
            if (involved && rng.Chance(kMobilityChance)) {
                const std::array<int, 6> blank{-1, -1, -1, -1, -1, -1};
                const bool severe = condition_.severity == PerioSeverity::kSevere;
                Measure(local++, c.exam_num, kSeqMobility, tooth, rng.Chance(severe ? 0.6 : 0.85) ? 1 : 2, blank, entered);
            }
        }
    }

    // A pocket depth in mm at `site` (0 MB, 1 B, 2 DB, 3 ML, 4 L, 5 DL): a healthy sulcus reads
    // 1-3 mm; periodontitis deepens the interproximal sites of the teeth it involves.
    int Depth(EntityRng& rng, int site, bool involved, bool healing) const {
        const bool interproximal = site != 1 && site != 4;
        int mm;
        if (!involved) {
            mm = interproximal ? 1 + rng.Weighted({0.05, 0.5, 0.45}) : 1 + rng.Weighted({0.3, 0.55, 0.15});
        } else if (!interproximal) {
            mm = 2 + rng.Weighted({0.3, 0.45, 0.25});
        } else if (condition_.severity == PerioSeverity::kSevere) {
            mm = 4 + rng.Weighted({0.2, 0.35, 0.3, 0.15});
        } else if (condition_.severity == PerioSeverity::kModerate) {
            mm = 3 + rng.Weighted({0.15, 0.45, 0.3, 0.1});
        } else {
            mm = 3 + rng.Weighted({0.4, 0.5, 0.1});
        }
        if (involved && healing && mm > 3 && rng.Chance(kHealedSiteChance)) --mm;
        return mm;
    }

    // The bleeding sequence's flags at a site probed `depth` mm deep.
    int Bleeding(EntityRng& rng, int depth, bool perio, bool heavy_calculus) const {
        int flags = 0;
        if (rng.Chance(traits_.bleeding + (depth >= 4 ? kDeepPocketBleeding : 0.0))) flags |= kBleedBlood;
        if (depth >= 6 && rng.Chance(kSuppurationChance)) flags |= kBleedSuppuration;
        if (rng.Chance(kPlaqueChance)) flags |= kBleedPlaque;
        if (rng.Chance(heavy_calculus ? kHeavyCalculusChance : perio ? kPerioCalculusChance : kCalculusChance)) flags |= kBleedCalculus;
        return flags;
    }

    void Measure(int64_t local, int64_t exam_num, int sequence, int tooth, int tooth_value, const std::array<int, 6>& sites,
                 Timestamp entered) {
        namespace m = col::periomeasure;
        measure_.Reset();
        measure_.Set(m::PerioMeasureNum, PatientKey(life_.pat_num, local))
            .Set(m::PerioExamNum, exam_num)
            .Set(m::SequenceType, sequence)
            .Set(m::IntTooth, tooth)
            .Set(m::ToothValue, tooth_value)
            .Set(m::MBvalue, sites[0])
            .Set(m::Bvalue, sites[1])
            .Set(m::DBvalue, sites[2])
            .Set(m::MLvalue, sites[3])
            .Set(m::Lvalue, sites[4])
            .Set(m::DLvalue, sites[5])
            .Set(m::SecDateTEntry, entered)
            .Set(m::SecDateTEdit, entered);
        sink_.Write(measure_);
    }

    const PatientContext& patient_;
    const PatientLife& life_;
    RowSink& sink_;
    PerioTraits traits_;
    PeriodontalCondition condition_;
    Row exam_{TableId::perioexam};
    Row measure_{TableId::periomeasure};
};

}  // namespace

void EmitPerioCharts(const PatientContext& patient, const PatientLife& life, RowSink& out) {
    ProducerSink sink(out, kProducer);
    if (!sink.WantsAny()) return;
    PerioChartWriter(patient, life, sink).Write();
}

}  // namespace dentsynth::core
