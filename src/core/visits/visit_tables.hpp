// The visit tables of one patient: appointment, histappointment, procedurelog, recall.
#pragma once

#include <memory>

#include "core/patients/patient_context.hpp"
#include "core/sink.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

// The moments an appointment's state changes, from its story alone.
struct AppointmentTimes {
    Timestamp confirmed;  // confirmation two days ahead (when booked earlier than that)
    Timestamp resolved;  // kept: dismissed; missed: a quarter hour after start; unscheduled: the day before
    Timestamp arrived;
    Timestamp seated;
    Timestamp dismissed;
};

// When an appointment was confirmed, resolved, and (kept visits) arrived, seated and dismissed: a
// pure function of its story, shared by every writer that needs those moments.
AppointmentTimes TimesOf(const AppointmentStory& apt, int64_t pat_num);

// Writes the rows of a patient's life that exist at the patient's as_of; one writer per call,
// reusing its rows for every patient.
class VisitWriter {
public:
    explicit VisitWriter(RowSink& sink);
    ~VisitWriter();
    void Write(const PatientContext& patient, const PatientLife& life);

private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace dentsynth::core
