// Clinical records around a patient's visits: periodontal chartings taken at hygiene visits
// (perioexam, periomeasure), the dental laboratory cases of booked crowns (labcase), and referrals
// in (how a new family found the practice) and out (root canals and surgical extractions sent to a
// specialist) (refattach).
// Every choice comes from the patient's life and the patient's own engines (streams
// kPerioTraits..kPatientLab), never from as_of; as_of only decides which rows have been entered
// and which later events (a case sent, a referral completed) show. See docs/BUSINESS_LOGIC.md ("Clinical records").
#pragma once

#include "core/patients/patient_context.hpp"
#include "core/sink.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

// Writes the perioexam and periomeasure rows of the chartings `patient` has had by as_of.
void EmitPerioCharts(const PatientContext& patient, const PatientLife& life, RowSink& sink);

// Writes one labcase row per booked crown whose first appointment was made by as_of.
void EmitLabCases(const PatientContext& patient, const PatientLife& life, RowSink& sink);

// Writes the refattach rows entered by as_of: the new patient's referral source, and the root
// canals and surgical extractions the patient is referred out for.
void EmitReferralAttachments(const PatientContext& patient, const PatientLife& life, RowSink& sink);

}  // namespace dentsynth::core
