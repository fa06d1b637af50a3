// Insurance verification of one patient: insverify (the current state of each item the front desk
// verifies) and insverifyhist (one row per verification attempt).
// Vocabulary: an "item" is one thing to verify: the patient's eligibility under one of their
// patplans (VerifyType 2, FKey = PatPlanNum), or the benefits of the subscription the patient
// holds as subscriber (VerifyType 1, FKey = InsSubNum, as the downstream contract reads it). A
// "round" is the front desk working through a patient's items 1-3 working days before an
// appointment; an "attempt" is one item's verification in a round (a failed attempt is retried the
// same afternoon). The story is decided from the patient's life and the Stream::kInsVerify engine
// keyed by AptNum, never from as_of; as_of only decides which attempts have happened.
// Keys: InsVerifyNum = PatientKey(pat_num, 1) for benefits, PatientKey(pat_num, 100 + ordinal) for
// eligibility; InsVerifyHistNum = PatientKey(pat_num, 1000 + n), n counting attempts in time order.
// See docs/BUSINESS_LOGIC.md ("Insurance verification").
#pragma once

#include "core/patients/patient_context.hpp"
#include "core/sink.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

// Writes the insverify and insverifyhist rows of `patient` as they stand at the cut.
void EmitInsuranceVerification(const PatientContext& patient, const PatientLife& life, RowSink& sink);

}  // namespace dentsynth::core
