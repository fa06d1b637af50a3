// The paperwork around a patient's care: the treatment plans presented at exams (treatplan,
// treatplanattach, treatplanparam, proctp) and the clinical notes of kept visits (procnote, group
// notes as procgroupitem rows and their "~GRP~" procedurelog rows, procmultivisit for crowns and
// root canals). Everything is decided from the PatientLife and the patient's own engines (streams
// kTreatPlan, kProcNote), never from as_of; as_of only decides which rows exist yet and which
// completions show. See docs/BUSINESS_LOGIC.md ("Treatment plans and procedure notes").
// Vocabulary: a "plan" is the set of treatment-planned procedures charted at one exam (they share
// the entry timestamp Diagnose() gives them); a "visit note" is the note written after a kept visit
// for the procedures completed at it.
// Keys (PatientKey locals): treatplan and treatplanparam use the plan's 1-based index; treatplanattach,
// proctp, procmultivisit and procgroupitem use the local of the procedure they describe; procnote uses
// the local of the procedure it is attached to; group-note procedures take procedurelog locals
// kGroupNoteLocalBase + the visit's appointment local.
#pragma once

#include <cstdint>

#include "core/patients/patient_context.hpp"
#include "core/sink.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

// Procedurelog locals from here on are group-note procedures (life.cpp numbers a patient's
// procedures 1, 2, ... and stays far below this).
inline constexpr int64_t kGroupNoteLocalBase = 50000;

// Writes the treatplan, treatplanattach, treatplanparam and proctp rows of `patient` entered by
// the cut.
void EmitTreatmentPlans(const PatientContext& patient, const PatientLife& life, RowSink& sink);

// Writes the procnote, procgroupitem, procmultivisit rows of `patient` (and the procedurelog rows of
// its group notes) that exist at the cut.
void EmitProcedureNotes(const PatientContext& patient, const PatientLife& life, RowSink& sink);

}  // namespace dentsynth::core
