// The audit entries of a patient's appointments (entrylog): who created each appointment, kept
// apart from the security log so that it survives the log's pruning.
#pragma once

#include "core/patients/patient_context.hpp"
#include "core/sink.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

// Writes one entrylog row per appointment of `patient` created by as_of.
void EmitEntryLog(const PatientContext& patient, const PatientLife& life, RowSink& sink);

}  // namespace dentsynth::core
