// The dental laboratory cases of booked crowns (labcase), which the office sends, receives and
// checks before the crown visit. Every choice comes from the patient's life and the patient's own
// engines (streams kLabCase, kPatientLab), never from as_of; as_of only decides which cases exist
// and how far each has got. See docs/BUSINESS_LOGIC.md ("Clinical records").
#pragma once

#include "core/patients/patient_context.hpp"
#include "core/sink.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

// Writes one labcase row per booked crown whose first appointment was made by as_of.
void EmitLabCases(const PatientContext& patient, const PatientLife& life, RowSink& sink);

}  // namespace dentsynth::core
