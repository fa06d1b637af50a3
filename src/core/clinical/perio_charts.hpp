// Periodontal chartings taken at hygiene visits (perioexam, periomeasure). Every choice comes from
// the patient's life and the patient's own engines (streams kPerioTraits, kPerioMeasure), never from
// as_of; as_of only decides which chartings have been entered. See docs/BUSINESS_LOGIC.md
// ("Clinical records").
#pragma once

#include "core/patients/patient_context.hpp"
#include "core/sink.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

// Writes the perioexam and periomeasure rows of the chartings `patient` has had by as_of.
void EmitPerioCharts(const PatientContext& patient, const PatientLife& life, RowSink& sink);

}  // namespace dentsynth::core
