// The documents in a patient's chart: the images and scans (document: radiographs, photos,
// insurance cards) and the forms the patient filled in (sheet, sheetfield: registration, health
// history, consents, the provider's exam sheet), with the PDF each form is saved as (document).
// Everything is decided from the PatientLife and the patient's own engines (streams kPatientImage,
// kPatientForm keyed by the row's key), never from as_of; as_of only decides which rows exist yet.
// Rows are never edited after they are written, so a later as_of shows every earlier row
// unchanged. See docs/BUSINESS_LOGIC.md ("front-office records").
// Keys (PatientKey locals, independent of as_of):
//  - document: procedure local for a radiograph, 60000 + procedure local for a crown photo, 70001
//    patient photo, 70002 insurance card, kFormDocLocalBase + sheet local for a form's PDF;
//  - sheet: kFormsPerVisit * (i + 1) + form slot for appointment i; sheetfield: sheet local *
//    kFieldsPerSheet + field index.
#pragma once

#include <cstdint>

#include "core/patients/patient_context.hpp"
#include "core/sink.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

inline constexpr int64_t kFormDocLocalBase = 80000;
inline constexpr int64_t kFormsPerVisit = 8;
inline constexpr int64_t kFieldsPerSheet = 100;

// Writes the document rows (radiographs, photos, scans) of `patient` created by as_of; the forms'
// PDFs are written by EmitPatientForms.
void EmitPatientImages(const PatientContext& patient, const PatientLife& life, RowSink& sink);

// Writes the sheet and sheetfield rows of the forms `patient` has filled by as_of, and the document
// row of each form's saved PDF.
void EmitPatientForms(const PatientContext& patient, const PatientLife& life, RowSink& sink);

}  // namespace dentsynth::core
