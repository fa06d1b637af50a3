// The patient's own rows: patient, patientnote, inssub and patplan, each as it stands at the cut
// (events after it have not happened yet; see family.hpp). Each change to these rows is decided by
// the moment it was entered (the stamp it leaves), so a later cut only moves a row on with a later
// stamp.
#pragma once

#include <memory>

#include "core/billing/family_account.hpp"
#include "core/patients/patient_context.hpp"
#include "core/sink.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

// Writes the patient, patientnote, inssub and patplan rows of one patient after another; one
// writer per call, reusing its rows for every patient.
class PatientTableWriter {
public:
    explicit PatientTableWriter(RowSink& sink);
    ~PatientTableWriter();

    // Writes the rows of `patient` (entered by the cut) whose life is `life` and whose part of the
    // family account is `balance`.
    void Write(const PatientContext& patient, const PatientLife& life, const MemberBalance& balance);

private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace dentsynth::core
