// A patient's life in the practice: the visits booked and kept or missed, and the care given at
// them, simulated in time order for a whole cohort (patients who share chair time, see
// chair_time.hpp). The story never looks at as_of; the simulation just stops at the cut (events
// later than it have not happened), so a later as_of continues the same story.
// Vocabulary: a request is a wish to be seen (a recall falling due, treatment accepted at an exam,
// an emergency); booking it gives an appointment in one of the cohort's free slots; its outcome
// (kept, missed, sent to the unscheduled list) happens at the appointment's time, except that a
// cancellation is known the day before, when the freed hour goes to the short-call list (patients
// waiting for a visit) or back to the cohort's free slots.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/patients/family.hpp"
#include "core/visits/chair_time.hpp"

namespace dentsynth::core {

// kPerioTherapy: scaling and root planing (or a full mouth debridement) in the hygiene chair.
enum class VisitKind { kNewPatient, kRecall, kPerioMaintenance, kRestorative, kEmergency, kPerioTherapy };
// kPlanned: a planned appointment (status 6), the accepted treatment waiting to be scheduled; it stays
// planned, and the visit that does the work is a separate, scheduled appointment.
enum class Outcome { kKept, kMissed, kUnscheduled, kPlanned };

// AptStatus values (codes.md).
inline constexpr int kAptScheduled = 1;
inline constexpr int kAptComplete = 2;
inline constexpr int kAptUnschedList = 3;
inline constexpr int kAptBroken = 5;
inline constexpr int kAptPlanned = 6;

// ProcStatus values (codes.md).
inline constexpr int kProcTreatPlanned = 1;
inline constexpr int kProcComplete = 2;
inline constexpr int kProcExistingOther = 4;
inline constexpr int kProcCondition = 7;

struct ProcedureStory {
    int64_t proc_num;
    const ProcedureCodeInfo* code;
    int64_t fee_cents;
    std::string tooth;  // OpenDental tooth number, "" when the code has no tooth
    std::string surface;  // surfaces, quadrant or sextant as the treatment area asks
    Timestamp entry;  // charted (treatment planned or recorded)
    int initial_status;  // 1 planned, 4 existing other, 7 condition; or 2 when done at entry
    Timestamp completed;  // kZeroTimestamp until done
    int64_t prov_num;  // who planned it, then who did it
    int64_t planned_by = 0;  // who planned it (charted it), whoever does it later
    int64_t apt_num;  // the appointment it was done at (0 while planned)
    int64_t planned_apt_num;  // the planned appointment holding it, once accepted (0 otherwise)
    Timestamp planned_at = kZeroTimestamp;  // when that planned appointment was made: a cut before it shows none
};

struct AppointmentStory {
    int64_t apt_num;
    VisitKind kind;
    Timestamp created;
    Slot slot;
    int64_t prov_num;  // the dentist of record
    int64_t prov_hyg;  // the hygienist for hygiene visits, else 0
    int64_t appointment_type;
    Outcome outcome;
    int64_t created_by;  // user who booked it
    std::vector<int64_t> proc_nums;
    int64_t confirmed;  // confirmation status definition when kept
    int minutes;  // pattern length
    int item_order_planned;  // 1, 2, ... for planned appointments, else 0
    bool perio_charting = false;  // a full-mouth periodontal charting was taken at this kept visit
};

struct PatientLife {
    int64_t pat_num = 0;
    std::vector<AppointmentStory> appointments;  // in creation order
    std::vector<ProcedureStory> procedures;  // in entry order
    Date first_visit = kZeroDate;  // first kept visit
    std::vector<Date> hygiene_visits;  // kept hygiene visits, in order
    Date perio_diagnosed = kZeroDate;  // the charting that found periodontitis (kZeroDate: none found)
    bool perio = false;  // on 3-month perio maintenance, after scaling and root planing
    Date perio_since = kZeroDate;  // the day scaling and root planing was finished
};

struct CohortMember {
    const FamilyStory* family;
    const PersonStory* person;
};

// Simulates the cohort's lives through the cut (practice.params.as_of) and returns one life per
// member, in the members' order. What an event leaves behind may be stamped after the cut (a visit
// that has started ends later): writers show each stamp only once it has happened.
std::vector<PatientLife> SimulateCohort(const Practice& practice, const ChairTime& chair_time, int64_t cohort,
                                        const std::vector<CohortMember>& members);

}  // namespace dentsynth::core
