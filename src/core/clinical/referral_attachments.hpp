// Referrals attached to a patient (refattach): in, how a new family found the practice; out, the
// root canals and surgical extractions sent to a specialist. Every choice comes from the patient's
// life and the patient's own engines (streams kReferralFrom, kReferralTo), never from as_of; as_of
// only decides which rows have been entered and which of the specialist's progress shows. See
// docs/BUSINESS_LOGIC.md ("Clinical records").
#pragma once

#include "core/patients/patient_context.hpp"
#include "core/sink.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

// Writes the refattach rows entered by as_of: the new patient's referral source, and the root
// canals and surgical extractions the patient is referred out for.
void EmitReferralAttachments(const PatientContext& patient, const PatientLife& life, RowSink& sink);

}  // namespace dentsynth::core
