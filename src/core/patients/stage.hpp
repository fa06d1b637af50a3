// The patients' stage of the generator: each patient of this call's slice of the roster, built
// from (seed, patient number) and its family's own decisions, written table by table.
#pragma once

#include "core/practice/practice.hpp"
#include "core/sink.hpp"

namespace dentsynth::core {

// Writes the patient-level tables for the patients of params.part (see roster.hpp).
void EmitPatients(const Practice& practice, RowSink& sink);

}  // namespace dentsynth::core
