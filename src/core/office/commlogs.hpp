// The communication log of a patient (commlog): reminders, confirmations, recall notices, calls
// about treatment, insurance and money, clinical follow-ups. Billing logs its statements and calls
// with the same helpers (billing/account_tables.cpp).
// Everything is decided from the PatientLife and the patient's own engine (stream kCommlog keyed by
// the row's key), never from as_of; as_of only decides which rows exist yet. Rows are never edited
// after they are written, so a later as_of shows every earlier row unchanged. See
// docs/BUSINESS_LOGIC.md ("front-office records").
// Keys (PatientKey locals, independent of as_of): 1..9 one-off calls; 10 + 4*i + k for appointment
// i (k 0 reminder, 1 reply, 2 no-show or cancellation call, 3 financial talk); 20000 + 2*h + k for
// the recall after hygiene visit h; 30000 + procedure local for a treatment-plan follow-up;
// 50000 + 2*i + k for visit i's clinical (k 0) and general (k 1) notes.
#pragma once

#include <cstdint>
#include <string>

#include "core/patients/patient_context.hpp"
#include "core/row.hpp"
#include "core/sink.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

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

// Writes the commlog rows of `patient` saved by the cut.
void EmitCommlogs(const PatientContext& patient, const PatientLife& life, RowSink& sink);

}  // namespace dentsynth::core
