// What a per-patient table writer needs to know about one patient: the practice (whose parameters
// hold the cut), the family and person stories, and when the patient was entered. Writers decide
// everything from the patient's own engines (streams keyed by PatNum), never from as_of; the cut
// only decides which rows exist yet and which events show, through Happened.
#pragma once

#include "core/calendar.hpp"
#include "core/patients/family.hpp"
#include "core/practice/practice.hpp"

namespace dentsynth::core {

struct PatientContext {
    const Practice& practice;
    const FamilyStory& family;
    const PersonStory& person;
    Timestamp entry;  // when this patient's row was entered

    // Has the event stamped `t` happened by the cut? (GenerationParams::Happened)
    bool Happened(Timestamp t) const { return practice.params.Happened(t); }
};

}  // namespace dentsynth::core
