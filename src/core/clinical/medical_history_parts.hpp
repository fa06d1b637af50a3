// The medical history's internal seams: small date helpers its writers share, and one writer per
// file (prescriptions.cpp for rxpat, tooth_chart.cpp for toothinitial). Not for other modules.
#pragma once

#include "core/clinical/medical_history.hpp"
#include "core/rng.hpp"

namespace dentsynth::core::medical {

// Whole years of age on `date` for someone born on `birthdate`.
int AgeAt(Date birthdate, Date date);

// The first day on or after `date` when the patient's dentist works (the office is open), looking
// at most three weeks ahead; `date` itself when none is found.
Date NextOfficeDay(const PatientContext& patient, Date date);

// A stamp during office hours (08:00-16:59) on `date`.
Timestamp OfficeHoursStamp(EntityRng& rng, Date date);

// Writers of the tables split out of medical_history.cpp, and whether the sink wants any table of
// theirs (their lines of schema/producers.tsv).
bool WantsPrescriptions(const RowSink& sink);
void EmitPrescriptions(const PatientContext& patient, const MedicalStory& story, RowSink& sink);
bool WantsToothChart(const RowSink& sink);
void EmitToothChart(const PatientContext& patient, const MedicalStory& story, RowSink& sink);

}  // namespace dentsynth::core::medical
