// The office tasks a patient's life gives rise to (task, taskhist, tasknote, taskunread).
// Tasks come from five events of the life: a crown visit whose lab case must be checked (two
// days ahead), a hygiene recall that fell due with nothing booked, a broken appointment to
// rebook (the day after), diagnosed treatment the patient did not accept (two weeks after the
// exam), and an insurance claim unpaid 30 days after it went out or denied (billing calls the
// carrier). Every choice comes from the life and the task's own engine (kOfficeTask keyed by
// TaskNum), never from as_of; as_of only decides which tasks exist and how far each has got
// (new, viewed, noted, done). See docs/BUSINESS_LOGIC.md ("office tasks").
#pragma once

#include "core/insurance/insurance_claims.hpp"
#include "core/patients/patient_context.hpp"
#include "core/sink.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

// Whether any table of the office tasks is wanted (they follow up claims: the insurance stories are needed).
bool WantsOfficeTasks(const RowSink& sink);

// Writes the task, taskhist, tasknote and taskunread rows of `patient` as they stand at as_of.
void EmitOfficeTasks(const PatientContext& patient, const PatientLife& life, const InsuranceOutcome& insurance, RowSink& sink);

}  // namespace dentsynth::core
