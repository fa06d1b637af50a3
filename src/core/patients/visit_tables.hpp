// The visit tables of one patient: appointment, histappointment, procedurelog, recall.
#pragma once

#include <memory>

#include "core/patients/life.hpp"
#include "core/patients/patient_context.hpp"
#include "core/sink.hpp"

namespace dentsynth::core {

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
