// The clinical catalogue: appointment types, recall types and their triggers, insurance code
// groups (frequency-limit buckets), auto codes, and the medical lists a health history draws
// from (problems, allergies, medications, prescription templates, RxNorm concepts).
// Vocabulary: a "pattern" is a time pattern (see catalog_tables.hpp); "RxCui" is the RxNorm
// concept id (public NLM identifiers: ingredient concepts for generics, brand-name concepts
// for the few brands); a "generic" medication has GenericNum = its own MedicationNum.
#include <cstdint>
#include <iterator>
#include <string>

#include "core/practice/catalog_tables.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/practice/health_list_ids.hpp"
#include "core/practice/prescription_catalog.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"
#include "core/core_only.hpp"

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

// ---- appointment types (ids 0..12, names from the downstream accepted list) ----

struct ApptTypeSpec {
    const char* name;
    int32_t color;
    bool hidden;
    int minutes;
    int provider_slots;  // 'X' slots after the first assistant/hygienist slots
    const char* codes;
    const char* blockouts;  // blockout DefNums this type may be booked into
};

// Index = AppointmentTypeNum = ItemOrder (see catalog:: constants in definition_ids.hpp).
constexpr ApptTypeSpec kApptTypes[] = {
    {"None", Argb(255, 255, 255), false, 0, 0, "", ""},
    {"Adult Recare", Argb(170, 220, 255), false, 60, 2, "D0120,D1110,D0274", "532"},
    {"Adult Cleaning (Existing Patient)", Argb(150, 200, 255), false, 50, 1, "D0120,D1110", "532"},
    {"Child Cleaning (Existing Patient)", Argb(200, 230, 255), false, 40, 1, "D0120,D1120,D1206", "532"},
    {"Adult Cleaning (New Patient)", Argb(120, 220, 160), false, 90, 3, "D0150,D0210,D1110", "424"},
    {"Child Cleaning (New Patient)", Argb(160, 235, 190), false, 60, 2, "D0150,D0272,D1120,D1206", "424"},
    {"Comp, FMX, 4BWX", Argb(255, 230, 150), false, 60, 3, "D0150,D0210,D0274", "424"},
    {"30 Minute Appt", Argb(230, 230, 230), false, 30, 4, "", ""},
    {"Emergency Pain", Argb(255, 140, 140), false, 30, 3, "D0140,D0220", "258"},
    {"Crown Prep", Argb(255, 200, 120), false, 90, 16, "D2740,D2950", "506"},
    {"Implant Consult", Argb(200, 170, 255), false, 30, 4, "D0140,D0364", "619"},
    {"WebSched New Patient Default", Argb(140, 230, 200), false, 60, 2, "D0150,D0210,D1110", "424"},
    {"zzzzzzzzDO NOT USE", Argb(128, 128, 128), true, 30, 0, "", ""},
};

// A pattern of `minutes` with `provider_slots` 'X' after one leading '/' (the assistant seats the
// patient, the provider works, the assistant or hygienist finishes).
std::string ApptPattern(int minutes, int provider_slots) {
    const int slots = minutes / 5;
    if (slots <= 0) return "";
    std::string pattern(static_cast<size_t>(slots), '/');
    for (int i = 1; i <= provider_slots && i < slots; ++i) pattern[static_cast<size_t>(i)] = 'X';
    return pattern;
}

void EmitAppointmentTypes(const Practice& practice, RowSink& sink) {
    if (!sink.Wants(TableId::appointmenttype)) return;
    (void)practice;
    namespace c = col::appointmenttype;
    Row row(TableId::appointmenttype);
    for (size_t i = 0; i < std::size(kApptTypes); ++i) {
        const ApptTypeSpec& spec = kApptTypes[i];
        row.Reset();
        row.Set(c::AppointmentTypeNum, static_cast<int64_t>(i))
            .Set(c::AppointmentTypeName, spec.name)
            .Set(c::AppointmentTypeColor, spec.color)
            .Set(c::ItemOrder, static_cast<int64_t>(i))
            .Set(c::IsHidden, spec.hidden)
            .Set(c::Pattern, ApptPattern(spec.minutes, spec.provider_slots))
            .Set(c::CodeStr, spec.codes)
            .Set(c::CodeStrRequired, "")
            .Set(c::RequiredProcCodesNeeded, 0)
            .Set(c::BlockoutTypes, spec.blockouts);
        sink.Write(row);
    }
}

// ---- recall types and triggers ----

struct RecallTypeSpec {
    const char* description;
    int interval_days;  // days, not OpenDental's packed interval (downstream expects 1..730)
    const char* pattern;
    const char* procedures;
    bool append_to_special;
    const char* triggers;  // codes whose completion resets this recall
};

// Index + 1 = RecallTypeNum (catalog::kRecallType*).
constexpr RecallTypeSpec kRecallTypes[] = {
    {"Prophy", 183, "//XX////////", "D0120,D1110", false, "D1110,D4346"},
    {"Perio", 91, "//XX////////", "D0120,D4910", false, "D4910"},
    {"Child Prophy", 183, "//X/////", "D0120,D1120,D1206", false, "D1120"},
    {"4BW", 365, "/", "D0274", true, "D0274,D0272"},
    {"Pano/FMX", 730, "//", "D0330", true, "D0330,D0210"},
};

void EmitRecallTypes(const Practice& practice, RowSink& sink) {
    if (sink.Wants(TableId::recalltype)) {
        namespace c = col::recalltype;
        Row row(TableId::recalltype);
        for (size_t i = 0; i < std::size(kRecallTypes); ++i) {
            const RecallTypeSpec& spec = kRecallTypes[i];
            row.Reset();
            row.Set(c::RecallTypeNum, static_cast<int64_t>(i) + 1)
                .Set(c::Description, spec.description)
                .Set(c::DefaultInterval, spec.interval_days)
                .Set(c::TimePattern, spec.pattern)
                .Set(c::Procedures, spec.procedures)
                .Set(c::AppendToSpecial, spec.append_to_special);
            sink.Write(row);
        }
    }
    if (!sink.Wants(TableId::recalltrigger)) return;
    namespace c = col::recalltrigger;
    Row row(TableId::recalltrigger);
    int64_t trigger_num = 0;
    for (size_t i = 0; i < std::size(kRecallTypes); ++i) {
        const std::string triggers = kRecallTypes[i].triggers;
        size_t start = 0;
        while (start <= triggers.size()) {
            const size_t comma = triggers.find(',', start);
            const std::string code = triggers.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            // Every trigger names a code of the list; a missing one would be a catalogue bug, so skip it.
            if (const ProcedureCodeInfo* info = FindCode(practice, code)) {
                row.Reset();
                row.Set(c::RecallTriggerNum, ++trigger_num)
                    .Set(c::RecallTypeNum, static_cast<int64_t>(i) + 1)
                    .Set(c::CodeNum, info->code_num);
                sink.Write(row);
            }
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
}

// ---- code groups and auto codes ----

struct CodeGroupSpec {
    const char* name;
    const char* codes;
    bool fixed;  // one of the frequency-limit groups OpenDental ships (CodeGroupFixed 1)
    bool show_in_age_limit;
};

constexpr CodeGroupSpec kCodeGroups[] = {
    {"BW", "D0272,D0274", true, false},
    {"Pano/FMX", "D0210,D0330", true, false},
    {"Exam", "D0120,D0150,D0180", true, false},
    {"Prophy", "D1110,D1120", true, false},
    {"Fluoride", "D1206,D1208", true, true},
    {"Sealant", "D1351", true, true},
    {"SRP", "D4341,D4342", true, false},
    {"Full Debridement", "D4355", true, false},
    {"Perio Maintenance", "D4910", true, false},
    {"Limited Exam", "D0140", false, false},
    {"Crowns", "D2740,D2750,D2751,D2752,D2790,D2791", false, false},
    {"Dentures", "D5110,D5120,D5130,D5140,D5211,D5212,D5213,D5214", false, false},
    {"Implants", "D6010,D6065,D6066", false, false},
    {"Orthodontics", "D8070,D8080,D8090", false, true},
};

constexpr const char* kAutoCodes[] = {"Amalgam", "Composite", "Crown", "Root Canal", "Buildup", "Denture", "Bridge", "Extraction"};

void EmitCodeGroupsAndAutoCodes(const Practice& practice, RowSink& sink) {
    (void)practice;
    if (sink.Wants(TableId::codegroup)) {
        namespace c = col::codegroup;
        Row row(TableId::codegroup);
        for (size_t i = 0; i < std::size(kCodeGroups); ++i) {
            const CodeGroupSpec& spec = kCodeGroups[i];
            row.Reset();
            row.Set(c::CodeGroupNum, static_cast<int64_t>(i) + 1)
                .Set(c::GroupName, spec.name)
                .Set(c::ProcCodes, spec.codes)
                .Set(c::ItemOrder, static_cast<int64_t>(i))
                .Set(c::CodeGroupFixed, spec.fixed ? 1 : 0)
                .Set(c::IsHidden, false)
                .Set(c::ShowInAgeLimit, spec.show_in_age_limit);
            sink.Write(row);
        }
    }
    if (!sink.Wants(TableId::autocode)) return;
    namespace c = col::autocode;
    Row row(TableId::autocode);
    for (size_t i = 0; i < std::size(kAutoCodes); ++i) {
        row.Reset();
        // Fillings pick their code silently from the surfaces (LessIntrusive); the rest prompt.
        row.Set(c::AutoCodeNum, static_cast<int64_t>(i) + 1)
            .Set(c::Description, kAutoCodes[i])
            .Set(c::IsHidden, false)
            .Set(c::LessIntrusive, i < 2);
        sink.Write(row);
    }
}

// ---- health history lists ----

struct DiseaseSpec {
    int64_t num;  // DiseaseDefNum (health_list_ids.hpp)
    const char* name;
    const char* icd10;
    const char* snomed;
};

constexpr DiseaseSpec kDiseases[] = {
    {diseasedef::kHighBloodPressure, "High Blood Pressure", "I10", "38341003"},
    {diseasedef::kDiabetesType2, "Diabetes, Type 2", "E11.9", "44054006"},
    {diseasedef::kDiabetesType1, "Diabetes, Type 1", "E10.9", "46635009"},
    {diseasedef::kAsthma, "Asthma", "J45.909", "195967001"},
    {diseasedef::kCoronaryArteryDisease, "Coronary Artery Disease", "I25.10", "53741008"},
    {diseasedef::kHeartMurmur, "Heart Murmur", "R01.1", "88610006"},
    {diseasedef::kAtrialFibrillation, "Atrial Fibrillation", "I48.91", "49436004"},
    {diseasedef::kCongestiveHeartFailure, "Congestive Heart Failure", "I50.9", "42343007"},
    {diseasedef::kArtificialHeartValve, "Artificial Heart Valve", "Z95.2", ""},
    {diseasedef::kHistoryOfStroke, "History of Stroke", "Z86.73", ""},
    {diseasedef::kArtificialJoint, "Artificial Joint", "Z96.60", ""},
    {diseasedef::kHepatitisC, "Hepatitis C", "B18.2", "50711007"},
    {diseasedef::kHiv, "HIV", "B20", "86406008"},
    {diseasedef::kOsteoporosis, "Osteoporosis", "M81.0", "64859006"},
    {diseasedef::kPregnancy, "Pregnancy", "Z33.1", "77386006"},
    {diseasedef::kAcidReflux, "Acid Reflux (GERD)", "K21.9", "235595009"},
    {diseasedef::kEpilepsy, "Epilepsy / Seizures", "G40.909", "84757009"},
    {diseasedef::kHypothyroidism, "Hypothyroidism", "E03.9", "40930008"},
    {diseasedef::kChronicKidneyDisease, "Chronic Kidney Disease", "N18.9", "709044004"},
    {diseasedef::kAnxiety, "Anxiety", "F41.9", "197480006"},
    {diseasedef::kDepression, "Depression", "F32.9", "35489007"},
    {diseasedef::kSleepApnea, "Sleep Apnea", "G47.33", "78275009"},
    {diseasedef::kCopd, "COPD", "J44.9", "13645005"},
    {diseasedef::kBleedingDisorder, "Bleeding Disorder", "D68.9", "64779008"},
    {diseasedef::kRheumatoidArthritis, "Rheumatoid Arthritis", "M06.9", "69896004"},
    {diseasedef::kTobaccoUse, "Tobacco Use", "F17.210", "77176002"},
    {diseasedef::kCancer, "Cancer / Radiation Therapy", "Z92.3", ""},
};

struct MedicationSpec {
    const char* name;
    int generic_index;  // 0-based index of the generic in kMedications; -1 = this is the generic
    int64_t rx_cui;
    const char* notes;
};

// Index + 1 = MedicationNum. Generics first so every brand's generic precedes it.
constexpr MedicationSpec kMedications[] = {
    {"Amoxicillin", -1, 723, "Antibiotic; also used for premedication"},
    {"Penicillin V Potassium", -1, 7984, "Antibiotic"},
    {"Clindamycin", -1, 2582, "Antibiotic for penicillin-allergic patients"},
    {"Azithromycin", -1, 18631, "Antibiotic"},
    {"Cephalexin", -1, 2231, "Antibiotic"},
    {"Metronidazole", -1, 6922, "Antibiotic"},
    {"Ibuprofen", -1, 5640, "NSAID analgesic"},
    {"Acetaminophen", -1, 161, "Analgesic"},
    {"Naproxen", -1, 7258, "NSAID analgesic"},
    {"Hydrocodone / Acetaminophen", -1, 214182, "Opioid analgesic, controlled"},
    {"Chlorhexidine Gluconate", -1, 2358, "Antimicrobial oral rinse"},
    {"Sodium Fluoride", -1, 9853, "Prescription-strength fluoride"},
    {"Lidocaine", -1, 6387, "Local anesthetic"},
    {"Aspirin", -1, 1191, "Antiplatelet / analgesic"},
    {"Warfarin", -1, 11289, "Anticoagulant: check INR before surgery"},
    {"Clopidogrel", -1, 32968, "Antiplatelet"},
    {"Apixaban", -1, 1364430, "Anticoagulant"},
    {"Lisinopril", -1, 29046, "Blood pressure"},
    {"Amlodipine", -1, 17767, "Blood pressure; may cause gingival overgrowth"},
    {"Metoprolol", -1, 6918, "Blood pressure / heart rate"},
    {"Losartan", -1, 52175, "Blood pressure"},
    {"Hydrochlorothiazide", -1, 5487, "Diuretic"},
    {"Atorvastatin", -1, 83367, "Cholesterol"},
    {"Simvastatin", -1, 36567, "Cholesterol"},
    {"Metformin", -1, 6809, "Diabetes"},
    {"Insulin Glargine", -1, 274783, "Diabetes"},
    {"Levothyroxine", -1, 10582, "Thyroid"},
    {"Omeprazole", -1, 7646, "Acid reflux"},
    {"Alendronate", -1, 46041, "Bisphosphonate: osteonecrosis risk with extractions"},
    {"Sertraline", -1, 36437, "Antidepressant"},
    {"Fluoxetine", -1, 4493, "Antidepressant"},
    {"Albuterol", -1, 435, "Asthma inhaler"},
    {"Prednisone", -1, 8640, "Corticosteroid"},
    {"Gabapentin", -1, 25480, "Nerve pain / seizures"},
    {"Triazolam", -1, 10767, "Sedative, controlled"},
    {"Diazepam", -1, 3322, "Sedative, controlled"},
    {"Lipitor", 22, 153165, ""},
    {"Coumadin", 14, 202421, ""},
    {"Plavix", 15, 174742, ""},
    {"Synthroid", 26, 224920, ""},
    {"Tylenol", 7, 202433, ""},
    {"Eliquis", 16, 1364435, ""},
};

struct AllergySpec {
    int64_t num;  // AllergyDefNum (health_list_ids.hpp)
    const char* description;
    int64_t medication_num;  // 0 = not a medication on our list
};

constexpr AllergySpec kAllergies[] = {
    {allergydef::kPenicillin, "Penicillin", 2},
    {allergydef::kAmoxicillin, "Amoxicillin", 1},
    {allergydef::kCodeine, "Codeine", 0},
    {allergydef::kSulfaDrugs, "Sulfa Drugs", 0},
    {allergydef::kLatex, "Latex", 0},
    {allergydef::kAspirin, "Aspirin", 14},
    {allergydef::kNsaids, "Ibuprofen / NSAIDs", 7},
    {allergydef::kClindamycin, "Clindamycin", 3},
    {allergydef::kErythromycin, "Erythromycin", 0},
    {allergydef::kLocalAnesthetic, "Local Anesthetic (Lidocaine)", 13},
    {allergydef::kIodine, "Iodine", 0},
    {allergydef::kNickel, "Nickel / Metals", 0},
    {allergydef::kCephalosporins, "Cephalosporins", 5},
    {allergydef::kChlorhexidine, "Chlorhexidine", 11},
    {allergydef::kAcrylic, "Acrylic / Methacrylate", 0},
};

// Whether every entry of `list` carries its own position (from 1) as its id.
template <typename Spec, size_t N>
constexpr bool NumberedInOrder(const Spec (&list)[N]) {
    for (size_t i = 0; i < N; ++i)
        if (list[i].num != static_cast<int64_t>(i) + 1) return false;
    return true;
}
static_assert(NumberedInOrder(kDiseases), "a diseasedef entry and its id in health_list_ids.hpp disagree");
static_assert(NumberedInOrder(kAllergies), "an allergydef entry and its id in health_list_ids.hpp disagree");

void EmitHealthLists(const Practice& practice, RowSink& sink) {
    const uint64_t seed = practice.params.seed;
    if (sink.Wants(TableId::diseasedef)) {
        namespace c = col::diseasedef;
        Row row(TableId::diseasedef);
        for (size_t i = 0; i < std::size(kDiseases); ++i) {
            EntityRng rng(seed, Stream::kDiseaseDef, i + 1);
            row.Reset();
            row.Set(c::DiseaseDefNum, kDiseases[i].num)
                .Set(c::DiseaseName, kDiseases[i].name)
                .Set(c::ItemOrder, static_cast<int64_t>(i))
                .Set(c::IsHidden, false)
                .Set(c::DateTStamp, SetupStamp(practice, rng))
                .Set(c::Icd10Code, kDiseases[i].icd10)
                .Set(c::SnomedCode, kDiseases[i].snomed);
            sink.Write(row);
        }
    }
    if (sink.Wants(TableId::medication)) {
        namespace c = col::medication;
        Row row(TableId::medication);
        for (size_t i = 0; i < std::size(kMedications); ++i) {
            const MedicationSpec& spec = kMedications[i];
            const int64_t med_num = static_cast<int64_t>(i) + 1;
            EntityRng rng(seed, Stream::kMedication, static_cast<uint64_t>(med_num));
            row.Reset();
            row.Set(c::MedicationNum, med_num)
                .Set(c::MedName, spec.name)
                .Set(c::GenericNum, spec.generic_index < 0 ? med_num : int64_t{spec.generic_index} + 1)
                .Set(c::Notes, spec.notes)
                .Set(c::DateTStamp, SetupStamp(practice, rng))
                .Set(c::RxCui, spec.rx_cui);
            sink.Write(row);
        }
    }
    if (sink.Wants(TableId::allergydef)) {
        namespace c = col::allergydef;
        Row row(TableId::allergydef);
        for (size_t i = 0; i < std::size(kAllergies); ++i) {
            EntityRng rng(seed, Stream::kAllergyDef, i + 1);
            row.Reset();
            row.Set(c::AllergyDefNum, kAllergies[i].num)
                .Set(c::Description, kAllergies[i].description)
                .Set(c::IsHidden, false)
                .Set(c::DateTStamp, SetupStamp(practice, rng))
                .Set(c::SnomedType, 0)
                .Set(c::MedicationNum, kAllergies[i].medication_num);
            sink.Write(row);
        }
    }
    if (sink.Wants(TableId::rxdef)) {
        namespace c = col::rxdef;
        Row row(TableId::rxdef);
        for (size_t i = 0; i < std::size(kRxDefs); ++i) {
            const RxSpec& spec = kRxDefs[i];
            row.Reset();
            row.Set(c::RxDefNum, spec.num)
                .Set(c::Drug, spec.drug)
                .Set(c::Sig, spec.sig)
                .Set(c::Disp, spec.disp)
                .Set(c::Refills, spec.refills)
                .Set(c::Notes, spec.notes)
                .Set(c::IsControlled, spec.controlled)
                .Set(c::RxCui, spec.rx_cui)
                .Set(c::IsProcRequired, spec.proc_required)
                .Set(c::PatientInstruction, spec.instruction);
            sink.Write(row);
        }
    }
    if (sink.Wants(TableId::rxnorm)) {
        // The RxNorm concepts the practice has looked up: one per medication on the list.
        namespace c = col::rxnorm;
        Row row(TableId::rxnorm);
        for (size_t i = 0; i < std::size(kMedications); ++i) {
            const MedicationSpec& spec = kMedications[i];
            std::string description = spec.name;
            for (char& ch : description) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' && spec.generic_index < 0 ? ch - 'A' + 'a' : ch);
            row.Reset();
            row.Set(c::RxNormNum, static_cast<int64_t>(i) + 1)
                .Set(c::RxCui, std::to_string(spec.rx_cui))
                .Set(c::MmslCode, "")
                .Set(c::Description, description);
            sink.Write(row);
        }
    }
}

}  // namespace

void EmitClinicalCatalog(const Practice& practice, RowSink& out) {
    ProducerSink sink(out, kProducer);
    // Each list is fixed; only the health lists' entry stamps are drawn.
    EmitAppointmentTypes(practice, sink);
    EmitRecallTypes(practice, sink);
    EmitCodeGroupsAndAutoCodes(practice, sink);
    EmitHealthLists(practice, sink);
}

}  // namespace dentsynth::core
