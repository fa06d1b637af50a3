// The front office's records of a patient: the communication log (commlog: reminders,
// confirmations, recall notices, calls about treatment, insurance and money, clinical follow-ups),
// the images and scans in the chart (document: radiographs, photos, insurance cards, and the PDF of
// every filled form), and the forms the patient filled in (sheet, sheetfield: registration, health
// history, consents, the provider's exam sheet).
// Everything is decided from the PatientLife and the patient's own engines (streams kCommlog,
// kPatientImage, kPatientForm keyed by the row's key), never from as_of; as_of only decides which
// rows exist yet. Rows are never edited after they are written, so a later as_of shows every earlier
// row unchanged. See docs/BUSINESS_LOGIC.md ("front-office records").
// Keys (PatientKey locals, independent of as_of):
//  - commlog: 1..9 one-off calls; 10 + 4*i + k for appointment i (k 0 reminder, 1 reply, 2 no-show
//    or cancellation call, 3 financial talk); 20000 + 2*h + k for the recall after hygiene visit h;
//    30000 + procedure local for a treatment-plan follow-up; 50000 + 2*i + k for visit i's clinical
//    (k 0) and general (k 1) notes;
//  - document: procedure local for a radiograph, 60000 + procedure local for a crown photo, 70001
//    patient photo, 70002 insurance card, kFormDocLocalBase + sheet local for a form's PDF;
//  - sheet: kFormsPerVisit * (i + 1) + form slot for appointment i; sheetfield: sheet local *
//    kFieldsPerSheet + field index.
#pragma once

#include <cstdint>
#include <string>

#include "core/patients/patient_context.hpp"
#include "core/row.hpp"
#include "core/sink.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

inline constexpr int64_t kFormDocLocalBase = 80000;

// OpenDental's commlog codes: Mode_ (CommItemMode), SentOrReceived, CommSource.
namespace commlog {
inline constexpr int kModeEmail = 1;
inline constexpr int kModeMail = 2;
inline constexpr int kModePhone = 3;
inline constexpr int kModeInPerson = 4;
inline constexpr int kModeText = 5;
inline constexpr int kNeither = 0;
inline constexpr int kSent = 1;
inline constexpr int kReceived = 2;
inline constexpr int kSourceUser = 0;
inline constexpr int kSourceWebSched = 1;
inline constexpr int kSourceApptReminder = 3;
}  // namespace commlog

// When a commlog entry is saved: a call of `minutes` > 0 as it ends, a note or a message at once.
// The row exists from then on (it is what DateTEntry and DateTStamp record).
constexpr Timestamp CommlogSaved(Timestamp when, int minutes) { return minutes > 0 ? AddMinutes(when, minutes) : when; }

// Fills `row` (a commlog Row) with one entry. A call of `minutes` > 0 ends that much later
// (DateTimeEnd), and is saved then; notes and messages have no end.
void FillCommlog(Row& row, int64_t commlog_num, int64_t pat_num, Timestamp when, int64_t type, int mode, int direction, int64_t user,
                 int source, int minutes, const std::string& note);
inline constexpr int64_t kFormsPerVisit = 8;
inline constexpr int64_t kFieldsPerSheet = 100;

// Writes the commlog rows of `patient` saved by the cut.
void EmitCommlogs(const PatientContext& patient, const PatientLife& life, RowSink& sink);

// Writes the document rows (radiographs, photos, scans) of `patient` created by as_of; the forms'
// PDFs are written by EmitPatientForms.
void EmitPatientImages(const PatientContext& patient, const PatientLife& life, RowSink& sink);

// Writes the sheet and sheetfield rows of the forms `patient` has filled by as_of, and the document
// row of each form's saved PDF.
void EmitPatientForms(const PatientContext& patient, const PatientLife& life, RowSink& sink);

// All three: the one call the patient writer makes.
inline void EmitFrontOfficeRecords(const PatientContext& patient, const PatientLife& life, RowSink& sink) {
    EmitCommlogs(patient, life, sink);
    EmitPatientImages(patient, life, sink);
    EmitPatientForms(patient, life, sink);
}

}  // namespace dentsynth::core
