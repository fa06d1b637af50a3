// The medical story of one patient (problems and allergies at intake, later onsets) and the
// disease, allergy and patientlink rows; prescriptions.cpp and tooth_chart.cpp write the rest.
// Every rate is a named constant or a table row with its source in docs/BUSINESS_LOGIC.md ("Medical history").
// Catalogue ids: DiseaseDefNum and AllergyDefNum are named in practice/health_list_ids.hpp.
#include "core/clinical/medical_history.hpp"

#include <algorithm>
#include <array>
#include <iterator>

#include "core/clinical/medical_history_parts.hpp"
#include "core/params.hpp"
#include "core/practice/health_list_ids.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

}  // namespace

namespace medical {

int AgeAt(Date birthdate, Date date) { return WholeYears(birthdate, date); }

Date NextOfficeDay(const PatientContext& patient, Date date) {
    const ProviderInfo* dentist = nullptr;
    for (const ProviderInfo& p : patient.practice.providers)
        if (p.prov_num == patient.family.dentist) dentist = &p;
    if (dentist == nullptr) return date;
    for (int ahead = 0; ahead < 21; ++ahead)
        if (IsWorkingDay(patient.practice, *dentist, date + ahead)) return date + ahead;
    return date;
}

Timestamp OfficeHoursStamp(EntityRng& rng, Date date) {
    return At(date, static_cast<int>(rng.Uniform(8, 16)), static_cast<int>(rng.Uniform(0, 59)), static_cast<int>(rng.Uniform(0, 59)));
}

}  // namespace medical

namespace {

// Sub-streams of one patient's engines: the entity number is PatNum with a purpose in the high bits,
// so each purpose draws independently of how many draws another one made.
uint64_t SubStream(int64_t pat_num, uint64_t purpose) { return static_cast<uint64_t>(pat_num) | (purpose << 48); }

// Age bands of the prevalence tables: 0-11, 12-17, 18-44, 45-64, 65+.
int BandOf(int age) { return age < 12 ? 0 : age < 18 ? 1 : age < 45 ? 2 : age < 65 ? 3 : 4; }

struct ConditionSpec {
    int64_t def_num;
    std::array<double, 5> prevalence;  // share with the condition at intake, by age band
    std::array<double, 5> incidence;  // yearly chance of a new diagnosis after intake, by age band
    double female_weight;  // women's rate = rate * w, men's = rate * (2 - w)
    double resolved_share;  // of intake cases, the share that is past history
    const char* resolved_note;  // PatNote of a resolved (past-history) row
};

// Problem lists of US dental patients: CDC/NCHS prevalence and incidence figures (see the docs
// fragment for each). "Pregnancy" is never drawn: it resolves within months, which would need
// an edit of the row, and rows here are never edited. "Artificial Heart Valve" comes only with
// the patient's premedication flag (see PremedCondition).
constexpr ConditionSpec kConditions[] = {
    {diseasedef::kHighBloodPressure, {0, 0.005, 0.08, 0.26, 0.45}, {0, 0, 0.010, 0.025, 0.035}, 1.0, 0, ""},
    {diseasedef::kDiabetesType2, {0, 0.002, 0.03, 0.12, 0.20}, {0, 0, 0.003, 0.010, 0.009}, 1.0, 0, ""},
    {diseasedef::kDiabetesType1, {0.002, 0.003, 0.005, 0.005, 0.004}, {0.0002, 0.0002, 0.0001, 0, 0}, 1.0, 0, ""},
    {diseasedef::kAsthma,
     {0.06, 0.08, 0.08, 0.08, 0.07},
     {0.003, 0.002, 0.002, 0.002, 0.001},
     1.0,
     0.15,
     "Childhood asthma, no attacks in years"},
    {diseasedef::kCoronaryArteryDisease, {0, 0, 0.005, 0.05, 0.14}, {0, 0, 0.0005, 0.004, 0.010}, 0.7, 0, ""},
    {diseasedef::kHeartMurmur, {0.01, 0.01, 0.015, 0.02, 0.03}, {0, 0, 0, 0, 0}, 1.0, 0, ""},
    {diseasedef::kAtrialFibrillation, {0, 0, 0.002, 0.015, 0.09}, {0, 0, 0, 0.002, 0.010}, 0.8, 0, ""},
    {diseasedef::kCongestiveHeartFailure, {0, 0, 0.001, 0.01, 0.05}, {0, 0, 0, 0.001, 0.006}, 1.0, 0, ""},
    {diseasedef::kHistoryOfStroke, {0, 0, 0.003, 0.02, 0.07}, {0, 0, 0.0002, 0.002, 0.008}, 1.0, 0, ""},
    {diseasedef::kArtificialJoint, {0, 0, 0.001, 0.02, 0.08}, {0, 0, 0.0002, 0.003, 0.006}, 1.1, 0, ""},
    {diseasedef::kHepatitisC, {0, 0, 0.008, 0.015, 0.008}, {0, 0, 0, 0, 0}, 0.7, 0.5, "Treated, cured"},
    {diseasedef::kHiv, {0, 0, 0.004, 0.005, 0.002}, {0, 0, 0.0002, 0.0001, 0}, 0.5, 0, ""},
    {diseasedef::kOsteoporosis, {0, 0, 0.002, 0.05, 0.12}, {0, 0, 0, 0.005, 0.010}, 1.7, 0, ""},
    {diseasedef::kAcidReflux, {0, 0.01, 0.07, 0.13, 0.15}, {0, 0, 0.008, 0.010, 0.010}, 1.0, 0, ""},
    {diseasedef::kEpilepsy, {0.006, 0.008, 0.011, 0.012, 0.012}, {0, 0, 0, 0, 0}, 1.0, 0, ""},
    {diseasedef::kHypothyroidism, {0.001, 0.003, 0.03, 0.06, 0.10}, {0, 0, 0.003, 0.005, 0.006}, 1.6, 0, ""},
    {diseasedef::kChronicKidneyDisease, {0, 0, 0.003, 0.012, 0.045}, {0, 0, 0, 0.002, 0.006}, 1.0, 0, ""},
    {diseasedef::kAnxiety, {0.01, 0.05, 0.09, 0.07, 0.05}, {0.002, 0.006, 0.006, 0.004, 0.002}, 1.3, 0.2, "Past episode"},
    {diseasedef::kDepression, {0.002, 0.04, 0.09, 0.08, 0.06}, {0, 0.006, 0.006, 0.004, 0.003}, 1.3, 0.3, "Past episode"},
    {diseasedef::kSleepApnea, {0.002, 0.003, 0.025, 0.07, 0.08}, {0, 0, 0.003, 0.006, 0.005}, 0.6, 0, ""},
    {diseasedef::kCopd, {0, 0, 0.005, 0.05, 0.10}, {0, 0, 0.0005, 0.004, 0.008}, 1.0, 0, ""},
    {diseasedef::kBleedingDisorder, {0.003, 0.004, 0.005, 0.005, 0.005}, {0, 0, 0, 0, 0}, 1.0, 0, ""},
    {diseasedef::kRheumatoidArthritis, {0, 0.001, 0.004, 0.012, 0.02}, {0, 0, 0.0003, 0.0006, 0.0008}, 1.5, 0, ""},
    {diseasedef::kTobaccoUse, {0, 0.02, 0.22, 0.30, 0.36}, {0, 0.004, 0.002, 0, 0}, 0.8, 0.55, "Former smoker"},
    {diseasedef::kCancer, {0.001, 0.002, 0.01, 0.05, 0.15}, {0, 0, 0.001, 0.006, 0.018}, 1.0, 0.7, "In remission"},
};

// A later diagnosis is made between visits: at least a month after intake, and recorded at a visit
// up to four months later (the next recall or an emergency visit).
constexpr int kOnsetEarliestDays = 30;
constexpr int kOnsetRecordMaxDelayDays = 120;
constexpr int kMaxOnsetYears = kMaxYearsSimulated;

// Patients flagged for premedication without a listed reason get one: total joints outnumber
// prosthetic valves among premedicated dental patients.
constexpr double kPremedJointShare = 0.65;

// Allergies: about 15% of patients list one or more (see the docs fragment).
constexpr double kAllergyChance = 0.15;
constexpr double kAllergyCountWeights[] = {0.72, 0.23, 0.05};  // 1, 2 or 3 allergies
// The allergies drawn and their weights; a draw picks an index into this list.
struct AllergyDraw {
    int64_t allergy_def_num;
    double weight;
};
constexpr AllergyDraw kAllergyDraws[] = {
    {allergydef::kPenicillin, 38},    {allergydef::kAmoxicillin, 6},     {allergydef::kCodeine, 9},   {allergydef::kSulfaDrugs, 14},
    {allergydef::kLatex, 5},          {allergydef::kAspirin, 4},         {allergydef::kNsaids, 4},    {allergydef::kClindamycin, 2},
    {allergydef::kErythromycin, 4},   {allergydef::kLocalAnesthetic, 1}, {allergydef::kIodine, 3},    {allergydef::kNickel, 6},
    {allergydef::kCephalosporins, 3}, {allergydef::kChlorhexidine, 0.5}, {allergydef::kAcrylic, 0.5},
};
constexpr std::array<double, std::size(kAllergyDraws)> kAllergyWeights = [] {
    std::array<double, std::size(kAllergyDraws)> weights{};
    for (size_t i = 0; i < weights.size(); ++i) weights[i] = kAllergyDraws[i].weight;
    return weights;
}();
// A new drug allergy discovered after intake (a reaction to a medicine): 0.4% a year.
constexpr double kNewAllergyYearlyChance = 0.004;
constexpr const char* kReactions[] = {"Hives",       "Rash", "Itching", "Swelling", "Nausea / vomiting", "Shortness of breath",
                                      "Anaphylaxis", ""};
constexpr double kReactionWeights[] = {25, 25, 10, 10, 12, 5, 3, 10};  // "" = reaction not recorded

// patientlink: a duplicate chart made for a family member is merged into the family's chart.
// OpenDental PatientLinkType 1 = Merge (raw LinkType is bool: true). About 0.5% of patients.
constexpr double kPatientLinkChance = 0.006;
constexpr int kPatientLinkMaxDays = 540;

// SNOMED CT "Problem" (OpenDental's default SnomedProblemType for problem-list rows).
constexpr const char* kSnomedProblem = "55607006";

// The multiplier of a rate for one sex.
double SexFactor(double female_weight, bool female) { return female ? female_weight : 2.0 - female_weight; }

// The first year after intake (1-based) in which a yearly-chance event happens for someone aged
// `age` at intake, or 0 when it does not happen within kMaxOnsetYears. One uniform draw decides it
// (inverse of the survival curve), so the engine use does not depend on the outcome.
int OnsetYear(EntityRng& rng, int age, const std::array<double, 5>& incidence, double factor) {
    const double u = rng.Unit();
    double survive = 1.0;
    for (int year = 1; year <= kMaxOnsetYears; ++year) {
        survive *= 1.0 - std::min(0.5, incidence[static_cast<size_t>(BandOf(age + year - 1))] * factor);
        if (1.0 - survive > u) return year;
    }
    return 0;
}

// Whether `def_num` is on `list`.
bool Has(const std::vector<Condition>& list, int64_t def_num) {
    return std::any_of(list.begin(), list.end(), [&](const Condition& c) { return c.disease_def_num == def_num; });
}

// Draws the problem list: intake conditions, then later diagnoses in entry order.
void DrawConditions(const PatientContext& patient, MedicalStory& story) {
    const PersonStory& person = patient.person;
    const Date join = patient.family.join;
    const int age = medical::AgeAt(person.birthdate, join);
    const int band = BandOf(age);
    EntityRng rng(patient.practice.params.seed, Stream::kMedicalCondition, SubStream(person.pat_num, 0));
    std::vector<Condition> intake;
    std::vector<Condition> later;
    for (const ConditionSpec& spec : kConditions) {
        // Fixed draws per condition, whatever the outcome.
        const double factor = SexFactor(spec.female_weight, person.female);
        const bool present = rng.Chance(spec.prevalence[static_cast<size_t>(band)] * factor);
        const bool resolved = rng.Chance(spec.resolved_share);
        const int onset_year = OnsetYear(rng, age, spec.incidence, factor);
        const int onset_day = static_cast<int>(rng.Uniform(0, 364));
        const int record_delay = static_cast<int>(rng.Uniform(0, kOnsetRecordMaxDelayDays));
        EntityRng stamp_rng(patient.practice.params.seed, Stream::kMedicalCondition,
                            SubStream(person.pat_num, 1 + static_cast<uint64_t>(spec.def_num)));
        // Type 1 and type 2 diabetes exclude each other; type 2 is drawn first.
        const bool excluded = spec.def_num == diseasedef::kDiabetesType1 &&
                              (Has(intake, diseasedef::kDiabetesType2) || Has(later, diseasedef::kDiabetesType2));
        if (excluded) continue;
        if (present) {
            intake.push_back({spec.def_num, story.intake, join, resolved && spec.resolved_share > 0});
        } else if (onset_year > 0) {
            const Date onset = join + kOnsetEarliestDays + (onset_year - 1) * 365 + onset_day;
            const Date recorded = medical::NextOfficeDay(patient, onset + record_delay);
            if (recorded < story.end) later.push_back({spec.def_num, medical::OfficeHoursStamp(stamp_rng, recorded), onset, false});
        }
    }
    // A premedicated patient's reason is on the list from intake.
    const bool reason_listed = Has(intake, diseasedef::kArtificialJoint) || Has(intake, diseasedef::kArtificialHeartValve);
    const bool joint = rng.Chance(kPremedJointShare);
    if (person.premed && !reason_listed)
        intake.push_back({joint ? diseasedef::kArtificialJoint : diseasedef::kArtificialHeartValve, story.intake, join, false});
    // A condition already listed at intake is not diagnosed again.
    std::erase_if(later, [&](const Condition& c) { return Has(intake, c.disease_def_num); });
    // Intake rows are entered one after another, a few seconds apart, in list order.
    std::sort(intake.begin(), intake.end(), [](const Condition& a, const Condition& b) { return a.disease_def_num < b.disease_def_num; });
    for (size_t i = 0; i < intake.size(); ++i) intake[i].entered = AddSeconds(story.intake, 15 * static_cast<int64_t>(i));
    std::sort(later.begin(), later.end(), [](const Condition& a, const Condition& b) {
        return a.entered != b.entered ? a.entered < b.entered : a.disease_def_num < b.disease_def_num;
    });
    story.conditions = std::move(intake);
    story.conditions.insert(story.conditions.end(), later.begin(), later.end());
}

// Draws the allergies at intake and the one reaction that may add an allergy later.
void DrawAllergies(const PatientContext& patient, MedicalStory& story) {
    const PersonStory& person = patient.person;
    EntityRng rng(patient.practice.params.seed, Stream::kAllergy, SubStream(person.pat_num, 0));
    // Allergy rows follow the problem rows of the intake.
    const Timestamp first = AddSeconds(story.intake, 15 * static_cast<int64_t>(story.conditions.size()) + 60);
    if (rng.Chance(kAllergyChance)) {
        const int count = 1 + rng.Weighted(kAllergyCountWeights);
        std::array<double, std::size(kAllergyDraws)> weights = kAllergyWeights;
        for (int i = 0; i < count; ++i) {
            const int pick = rng.Weighted(weights);
            weights[static_cast<size_t>(pick)] = 0.0;  // without replacement
            story.allergies.push_back({kAllergyDraws[static_cast<size_t>(pick)].allergy_def_num, AddSeconds(first, 15 * i), kZeroDate,
                                       rng.Weighted(kReactionWeights)});
        }
        std::sort(story.allergies.begin(), story.allergies.end(),
                  [](const Allergy& a, const Allergy& b) { return a.allergy_def_num < b.allergy_def_num; });
        for (size_t i = 0; i < story.allergies.size(); ++i) story.allergies[i].entered = AddSeconds(first, 15 * static_cast<int64_t>(i));
    }
    // A reaction after intake adds an allergy, recorded at the next visit.
    EntityRng later_rng(patient.practice.params.seed, Stream::kAllergy, SubStream(person.pat_num, 1));
    const int year = OnsetYear(
        later_rng, 0,
        {kNewAllergyYearlyChance, kNewAllergyYearlyChance, kNewAllergyYearlyChance, kNewAllergyYearlyChance, kNewAllergyYearlyChance}, 1.0);
    const int day = static_cast<int>(later_rng.Uniform(0, 364));
    const int64_t def_num = kAllergyDraws[static_cast<size_t>(later_rng.Weighted(kAllergyWeights))].allergy_def_num;
    const int reaction = later_rng.Weighted(kReactionWeights);
    const int delay = static_cast<int>(later_rng.Uniform(1, 60));
    const bool known =
        std::any_of(story.allergies.begin(), story.allergies.end(), [&](const Allergy& a) { return a.allergy_def_num == def_num; });
    if (year > 0 && !known) {
        const Date reaction_date = patient.family.join + kOnsetEarliestDays + (year - 1) * 365 + day;
        const Date recorded = medical::NextOfficeDay(patient, reaction_date + delay);
        if (recorded < story.end)
            story.allergies.push_back({def_num, medical::OfficeHoursStamp(later_rng, recorded), reaction_date, reaction});
    }
    for (const Allergy& a : story.allergies) {
        story.penicillin_allergy = story.penicillin_allergy || a.allergy_def_num == allergydef::kPenicillin ||
                                   a.allergy_def_num == allergydef::kAmoxicillin || a.allergy_def_num == allergydef::kCephalosporins;
        story.nsaid_allergy = story.nsaid_allergy || a.allergy_def_num == allergydef::kAspirin || a.allergy_def_num == allergydef::kNsaids;
    }
}

// Writes the disease rows entered by as_of.
void WriteConditions(const PatientContext& patient, const MedicalStory& story, RowSink& sink) {
    if (!sink.Wants(TableId::disease)) return;
    namespace c = col::disease;
    Row row(TableId::disease);
    int64_t local = 0;
    for (const Condition& condition : story.conditions) {
        if (!patient.Happened(condition.entered)) continue;  // later rows are after it too, but keep the rule local
        const ConditionSpec* spec = nullptr;
        for (const ConditionSpec& s : kConditions)
            if (s.def_num == condition.disease_def_num) spec = &s;
        row.Reset();
        row.Set(c::DiseaseNum, PatientKey(patient.person.pat_num, ++local))
            .Set(c::PatNum, patient.person.pat_num)
            .Set(c::DiseaseDefNum, condition.disease_def_num)
            .Set(c::PatNote, condition.resolved && spec != nullptr ? spec->resolved_note : "")
            .Set(c::DateTStamp, condition.entered)
            .Set(c::ProbStatus, condition.resolved ? 1 : 0)  // OpenDental ProblemStatus: 0 active, 1 resolved
            .Set(c::DateStart, condition.start)
            .Set(c::DateStop, condition.resolved ? condition.start : kZeroDate)
            .Set(c::SnomedProblemType, kSnomedProblem)
            .Set(c::FunctionStatus, false);
        sink.Write(row);
    }
}

// Writes the allergy rows entered by as_of.
void WriteAllergies(const PatientContext& patient, const MedicalStory& story, RowSink& sink) {
    if (!sink.Wants(TableId::allergy)) return;
    namespace c = col::allergy;
    Row row(TableId::allergy);
    int64_t local = 0;
    for (const Allergy& allergy : story.allergies) {
        if (!patient.Happened(allergy.entered)) continue;
        row.Reset();
        row.Set(c::AllergyNum, PatientKey(patient.person.pat_num, ++local))
            .Set(c::AllergyDefNum, allergy.allergy_def_num)
            .Set(c::PatNum, patient.person.pat_num)
            .Set(c::Reaction, kReactions[allergy.reaction])
            .Set(c::StatusIsActive, true)
            .Set(c::DateTStamp, allergy.entered)
            .Set(c::DateAdverseReaction, allergy.reaction_date)
            .Set(c::SnomedReaction, "");
        sink.Write(row);
    }
}

// The merged duplicate chart, decided by the patient whose duplicate it was (PatNumFrom).
void WritePatientLink(const PatientContext& patient, const MedicalStory& story, RowSink& sink) {
    if (!sink.Wants(TableId::patientlink)) return;
    const FamilyShape& shape = patient.family.shape;
    EntityRng rng(patient.practice.params.seed, Stream::kPatientLink, static_cast<uint64_t>(patient.person.pat_num));
    const bool linked = rng.Chance(kPatientLinkChance);
    const int64_t other = rng.Uniform(0, std::max<int64_t>(0, shape.size - 2));
    const Date day = medical::NextOfficeDay(patient, patient.family.join + static_cast<int>(rng.Uniform(1, kPatientLinkMaxDays)));
    const Timestamp when = medical::OfficeHoursStamp(rng, day);
    if (!linked || shape.size < 2 || day >= story.end || !patient.Happened(when)) return;
    // The other member, skipping the patient itself; it must still be alive on that day.
    int64_t to = shape.head + other;
    if (to >= patient.person.pat_num) ++to;
    const PersonStory target = BuildPerson(patient.practice, patient.family, to);
    if (target.deceased != kZeroDate && target.deceased <= day) return;
    namespace c = col::patientlink;
    Row row(TableId::patientlink);
    row.Set(c::PatientLinkNum, PatientKey(patient.person.pat_num, 1))
        .Set(c::PatNumFrom, patient.person.pat_num)
        .Set(c::PatNumTo, to)
        .Set(c::LinkType, true)
        .Set(c::DateTimeLink, when);
    sink.Write(row);
}

}  // namespace

MedicalStory BuildMedicalStory(const PatientContext& patient) {
    const GenerationParams& params = patient.practice.params;
    MedicalStory story{};
    EntityRng rng(params.seed, Stream::kMedicalCondition, SubStream(patient.person.pat_num, 99));
    // The health history is entered during the first visit, after the patient's row exists.
    const Timestamp visit = At(patient.family.join, static_cast<int>(rng.Uniform(8, 15)), static_cast<int>(rng.Uniform(0, 59)));
    story.intake = std::max(visit, AddMinutes(patient.entry, rng.Uniform(5, 30)));
    story.end = AddMonths(params.start_date, 12 * kMaxYearsSimulated) + 1;
    if (patient.family.leave != kZeroDate) story.end = std::min(story.end, patient.family.leave);
    if (patient.person.deceased != kZeroDate) story.end = std::min(story.end, patient.person.deceased);
    DrawConditions(patient, story);
    DrawAllergies(patient, story);
    return story;
}

void EmitMedicalHistory(const PatientContext& patient, RowSink& out) {
    ProducerSink sink(out, kProducer);
    // The story feeds this file's tables and those of prescriptions.cpp and tooth_chart.cpp, which
    // write through their own lines of the registry.
    const bool wanted = sink.WantsAny() || medical::WantsPrescriptions(out) || medical::WantsToothChart(out);
    if (!wanted || !patient.Happened(patient.entry)) return;
    const MedicalStory story = BuildMedicalStory(patient);
    WriteConditions(patient, story, sink);
    WriteAllergies(patient, story, sink);
    medical::EmitPrescriptions(patient, story, out);
    medical::EmitToothChart(patient, story, out);
    WritePatientLink(patient, story, sink);
}

}  // namespace dentsynth::core
