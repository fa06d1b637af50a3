// What a per-patient table writer needs to know about one patient: the practice, the family and
// person stories, when the patient was entered, and the as_of cut (the last instant that has
// happened). Writers decide everything from the patient's own engines (streams keyed by PatNum),
// never from as_of; as_of only decides which rows exist yet and which events show.
#pragma once

#include "core/calendar.hpp"
#include "core/patients/family.hpp"
#include "core/practice/practice.hpp"

namespace dentsynth::core {

struct PatientContext {
    const Practice& practice;
    const FamilyStory& family;
    const PersonStory& person;
    Timestamp entry;       // when this patient's row was entered
    Timestamp as_of_end;   // at_of 23:59:59: events after it have not happened

    bool Happened(Timestamp t) const { return t <= as_of_end; }
    bool Happened(Date d) const { return d != kZeroDate && At(d, 0) <= as_of_end; }
};

}  // namespace dentsynth::core
