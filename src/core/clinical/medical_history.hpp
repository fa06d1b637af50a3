// One patient's medical history as the practice records it: problems (disease), allergies
// (allergy), the dental office's prescriptions (rxpat), the tooth chart taken at the first visit
// (toothinitial) and the rare merged duplicate chart (patientlink).
// Vocabulary: "intake" is the health history taken at the first visit (family.join); an "onset"
// is a condition diagnosed later in the story, recorded at a visit after it. The whole story is
// drawn from the patient's own engines (streams kMedicalCondition..kPatientLink keyed by PatNum),
// never from as_of; as_of only decides which rows have been entered yet. Rows are never edited
// after they are entered, so a call with a later as_of shows every row of an earlier one unchanged.
// Keys are PatientKey(pat_num, local) with locals 1..499 per table, numbered in entry order;
// later stages adding rows to these tables (extractions marking teeth missing, prescriptions tied
// to procedures) should use locals from kMedicalHistoryLocalLimit on.
// See docs/BUSINESS_LOGIC.md ("Medical history").
#pragma once

#include <cstdint>
#include <vector>

#include "core/calendar.hpp"
#include "core/patients/patient_context.hpp"
#include "core/sink.hpp"

namespace dentsynth::core {

inline constexpr int64_t kMedicalHistoryLocalLimit = 500;

// A problem on the patient's list.
struct Condition {
    int64_t disease_def_num;
    Timestamp entered;  // when the row was entered (intake or the visit after the onset)
    Date start;  // DateStart
    bool resolved;  // past history, recorded as resolved (ProbStatus 1) with DateStop = start
};

// An allergy on the patient's list.
struct Allergy {
    int64_t allergy_def_num;
    Timestamp entered;
    Date reaction_date;  // kZeroDate when the patient does not remember (intake allergies)
    int reaction;  // index into the reaction wording list
};

// Everything the medical history decides, whatever as_of is. Conditions and allergies are in
// entry order; later stages read it (premedication, antibiotic choice, medically complex patients).
struct MedicalStory {
    Timestamp intake;  // the health history is entered at the first visit
    Date end;  // the story ends (leaving, death, or kMaxYearsSimulated after start_date)
    std::vector<Condition> conditions;
    std::vector<Allergy> allergies;
    bool penicillin_allergy;  // penicillin, amoxicillin or cephalosporins: no beta-lactams
    bool nsaid_allergy;  // aspirin or NSAIDs: no ibuprofen or naproxen
};

// The medical story of `patient` (no rows written).
MedicalStory BuildMedicalStory(const PatientContext& patient);

// Writes the disease, allergy, rxpat, toothinitial and patientlink rows of `patient` that have
// been entered by the cut.
void EmitMedicalHistory(const PatientContext& patient, RowSink& sink);

}  // namespace dentsynth::core
