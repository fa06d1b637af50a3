// Simulating a cohort's lives: an event queue of bookings and visit outcomes in time order, each
// patient drawing from its own engine, the cohort's calendar handing out its own chair time.
// Every rate is a named constant; docs/BUSINESS_LOGIC.md ("Visits and care") gives the sources.
#include "core/visits/life.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <queue>

#include "core/patients/roster.hpp"
#include "core/practice/catalog_tables.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/practice/people.hpp"
#include "core/practice/teams.hpp"
#include "core/rng.hpp"
#include "core/visits/periodontal_condition.hpp"
#include "core/visits/visit_tables.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// Appointment outcomes: no-shows run 5-10% in US general practice (we use 6%), and about 5% of
// appointments are cancelled late and moved to the unscheduled list.
constexpr double kMissedChance = 0.06;
constexpr double kUnscheduledChance = 0.05;
constexpr double kRebookAfterMissChance = 0.70;
// Recall: ~65% of patients return on time for their 6-month visit, 20% late, 15% lapse
// (practice-management benchmarks put recall effectiveness at 60-70%).
constexpr double kRecallOnTime = 0.65;
constexpr double kRecallLate = 0.20;
constexpr double kBookAtCheckout = 0.60;  // next recall booked before leaving
constexpr double kCaseAcceptance = 0.65;  // share of diagnosed treatment the patient schedules
constexpr double kEmergenciesPerYear = 0.05;
// Periodontal care (docs/BUSINESS_LOGIC.md, "Periodontal care"): adults are charted in full at
// their first hygiene visit and yearly after it (the AAP's yearly comprehensive periodontal
// evaluation), and at every second maintenance visit; the charting that finds periodontitis plans
// scaling and root planing per quadrant (four or more teeth D4341, one to three D4342), after a full
// mouth debridement (D4355) when heavy calculus hides the pockets. Once it is done the patient is on
// periodontal maintenance (D4910) every three to four months instead of prophylaxis.
constexpr int kChartingAge = 18;
constexpr int kMonthsBetweenChartings = 12;
constexpr int kMaintenanceMonths = 3;
constexpr int kFirstTherapyMinDays = 7;  // the first therapy visit 1-3 weeks after diagnosis
constexpr int kFirstTherapyMaxDays = 21;
constexpr int kDaysBetweenTherapyVisits = 10;  // two quadrants a visit, the next side about ten days later
constexpr int kSearchDays = 150;  // how far ahead the front desk looks for a slot
// The short-call list: an hour freed by a cancellation the day before is offered to patients who
// are waiting for a visit (on the unscheduled list, or due for recall within a few weeks). The
// front desk calls up to three of them, nearest due first; each takes the opening half the time
// (offices report filling roughly half of their short-notice openings this way).
constexpr int kShortCallWindowDays = 42;  // how far ahead of their due date patients are called
constexpr int kShortCallTries = 3;
constexpr double kShortCallAcceptChance = 0.5;
constexpr int kShortCallLeadMinutes = 120;  // too late to fill an hour less than two hours away
// A dentist's opening also goes to patients with diagnosed treatment they never scheduled (the
// office's unscheduled-treatment list), called once their follow-up call is three weeks past;
// having declined once, fewer of them take it.
constexpr int kUnscheduledTreatmentWaitDays = 21;
constexpr double kUnscheduledTreatmentAcceptChance = 0.3;
constexpr int kDoctorVisitMinutes = 90;

constexpr int kPosteriorTeeth[] = {2, 3, 4, 5, 12, 13, 14, 15, 18, 19, 20, 21, 28, 29, 30, 31};
constexpr int kMolars[] = {2, 3, 14, 15, 18, 19, 30, 31};
constexpr int kAnteriorTeeth[] = {6, 7, 8, 9, 10, 11, 22, 23, 24, 25, 26, 27};

struct Request {
    VisitKind kind;
    Date earliest;
    std::vector<size_t> procedures;  // indexes into the life's procedures (restorative visits)
    Timestamp book_at;  // when the front desk books it (its kBook event)
    bool taken = false;  // booked, or pulled forward from the short-call list
};

// kCancel: an appointment is sent to the unscheduled list, freeing its hour.
enum class EventType { kBook, kOutcome, kCancel };

struct Event {
    Timestamp time;
    size_t member;
    int64_t sequence;
    EventType type;
    size_t index;  // request or appointment index
    bool operator>(const Event& other) const {
        if (time != other.time) return time > other.time;
        if (member != other.member) return member > other.member;
        return sequence > other.sequence;
    }
};

struct MemberState {
    explicit MemberState(EntityRng engine) : rng(engine) {}
    PatientLife life;
    EntityRng rng;
    int64_t next_apt = 1;
    int64_t next_proc = 1;
    int64_t next_sequence = 0;
    std::vector<Request> requests;
    Date last_bitewings = kZeroDate;
    bool lapsed = false;
    int planned_count = 0;
    PeriodontalCondition periodontal{};
    Date last_charting = kZeroDate;
    int maintenance_visits = 0;
    std::vector<size_t> perio_therapy;  // the planned debridement and root planing, in visit order
};

int AgeOn(const PersonStory& person, Date date) { return (date - person.birthdate) / 365; }

// Makes tooth and surface what the code's treatment area asks for (OpenDental TreatmentArea:
// 1 surface, 2 tooth, 3 mouth, 4 quadrant, 5 sextant, 6 arch, 7 tooth range, 0 none).
void NormalizeSite(const ProcedureCodeInfo& code, std::string& tooth, std::string& surface) {
    switch (code.treat_area) {
        case 1:
            if (tooth.empty()) tooth = "30";
            if (surface.empty()) surface = "O";
            break;
        case 2:
            if (tooth.empty()) tooth = "30";
            surface.clear();
            break;
        case 4:
            tooth.clear();
            if (surface.size() != 2) surface = "UR";
            break;
        case 5:
            tooth.clear();
            surface = "1";
            break;
        case 6:
            tooth.clear();
            surface = "U";
            break;
        default:
            tooth.clear();
            surface.clear();
            break;
    }
}

template <typename T, size_t N>
T PickFrom(EntityRng& rng, const T (&items)[N]) {
    return items[static_cast<size_t>(rng.Uniform(0, static_cast<int64_t>(N) - 1))];
}

class CohortSimulation {
public:
    CohortSimulation(const Practice& practice, const ChairTime& chair_time, int64_t cohort, const std::vector<CohortMember>& members)
        : practice_(practice), calendar_(chair_time, cohort), members_(members) {
        // The cohort is seen by its care team only (core/practice/teams.hpp).
        const int64_t team = teams::TeamOfCohort(cohort);
        dentists_ = people::TeamDentists(practice, team);
        hygienists_ = people::TeamHygienists(practice, team);
        for (const CohortMember& m : members) {
            states_.emplace_back(EntityRng(practice.params.seed, Stream::kPatientLife, static_cast<uint64_t>(m.person->pat_num)));
            states_.back().life.pat_num = m.person->pat_num;
            states_.back().periodontal = PeriodontalConditionOf(practice.params.seed, m.person->pat_num);
        }
    }

    std::vector<PatientLife> Run() {
        for (size_t i = 0; i < members_.size(); ++i) Start(i);
        while (!queue_.empty() && practice_.params.Happened(queue_.top().time)) {
            const Event event = queue_.top();
            queue_.pop();
            if (event.type == EventType::kBook)
                Book(event.member, event.time, event.index);
            else if (event.type == EventType::kCancel)
                Cancelled(event.member, event.time, event.index);
            else
                Resolve(event.member, event.index);
        }
        std::vector<PatientLife> lives;
        for (MemberState& s : states_) lives.push_back(std::move(s.life));
        return lives;
    }

private:
    void Push(size_t member, Timestamp time, EventType type, size_t index) {
        queue_.push(Event{time, member, states_[member].next_sequence++, type, index});
    }

    void AddRequest(size_t member, Timestamp booked_at, VisitKind kind, Date earliest, std::vector<size_t> procedures = {}) {
        MemberState& s = states_[member];
        s.requests.push_back({kind, earliest, std::move(procedures), booked_at, false});
        Push(member, booked_at, EventType::kBook, s.requests.size() - 1);
    }

    // The first visit, booked when the family is entered, and the first emergency of the story.
    void Start(size_t member) {
        const FamilyStory& family = *members_[member].family;
        const Timestamp entry = AddSeconds(family.entry, 40 * (members_[member].person->pat_num - family.shape.head));
        AddRequest(member, entry, family.established ? VisitKind::kRecall : VisitKind::kNewPatient, family.join);
        ScheduleEmergency(member, family.join);
    }

    void ScheduleEmergency(size_t member, Date after) {
        MemberState& s = states_[member];
        // Exponential waiting time with the yearly rate.
        const double years = -std::log(1.0 - s.rng.Unit()) / kEmergenciesPerYear;
        const Date when = after + static_cast<int>(years * 365.0) + 1;
        AddRequest(member, At(when, 8, static_cast<int>(s.rng.Uniform(0, 59))), VisitKind::kEmergency, when);
    }

    // Whether the family has left, or the patient died, by `day`.
    bool Gone(size_t member, Date day) const {
        const FamilyStory& family = *members_[member].family;
        const PersonStory& person = *members_[member].person;
        return (family.leave != kZeroDate && day >= family.leave) || (person.deceased != kZeroDate && day >= person.deceased);
    }

    void Book(size_t member, Timestamp booked_at, size_t request_index) {
        MemberState& s = states_[member];
        const FamilyStory& family = *members_[member].family;
        Request& request = s.requests[request_index];
        if (request.taken) return;  // already booked into an opening from the short-call list
        request.taken = true;
        if (Gone(member, DateOf(booked_at))) return;
        const VisitKind kind = request.kind;
        const Date earliest = std::max(request.earliest, DateOf(booked_at) + (kind == VisitKind::kEmergency ? 0 : 1));
        const bool hygiene = InHygieneChair(kind);
        // Only days whose providers' schedules are entered can be booked (schedule.cpp): a visit
        // due past them, or one that finds no opening before them, waits for the next quarter's.
        const Date open_through = ProviderSchedulesThrough(practice_, booked_at);
        if (earliest > open_through) {
            WaitForSchedules(member, booked_at, request_index);
            return;
        }
        // The patient's own dentist or hygienist if one is free within four weeks, else whoever is free first.
        const std::vector<size_t>& pool = hygiene && !hygienists_.empty() ? hygienists_ : dentists_;
        const int64_t own = hygiene && !hygienists_.empty() ? family.hygienist : family.dentist;
        std::optional<Slot> slot;
        for (const size_t provider : pool)
            if (practice_.providers[provider].prov_num == own)
                slot = calendar_.Book(std::span<const size_t>(&provider, 1), earliest, std::min(earliest + 28, open_through), booked_at);
        if (!slot) slot = calendar_.Book(pool, earliest, std::min(earliest + kSearchDays, open_through), booked_at);
        if (!slot) {
            if (earliest + kSearchDays > open_through) WaitForSchedules(member, booked_at, request_index);
            return;
        }
        MakeAppointment(member, booked_at, request_index, *slot, false);
    }

    // Request `request_index` could not be booked at `booked_at` for want of entered schedules: the
    // front desk books it an hour after the next quarter's schedules are entered.
    void WaitForSchedules(size_t member, Timestamp booked_at, size_t request_index) {
        Request& request = states_[member].requests[request_index];
        request.taken = false;
        request.book_at = AddMinutes(NextProviderScheduleEntry(practice_, booked_at), 60);
        Push(member, request.book_at, EventType::kBook, request_index);
    }

    // The dentist of record of a hygiene visit does its exam, so it is a dentist in the office that
    // day: the family's own dentist when working, else the hygiene chair's supervising dentist,
    // else the first general dentist working. Hygienists work only when a general dentist is in
    // (IsWorkingDay), so the last fallback, the chair's dentist (the operatory's ProvDentist, as
    // OpenDental assigns it), is never reached by a booked slot.
    int64_t ExamDentist(int64_t family_dentist, const Slot& slot) const {
        const Date day = DateOf(slot.start);
        auto working = [&](int64_t prov_num) {
            for (const size_t i : dentists_)
                if (practice_.providers[i].prov_num == prov_num) return IsWorkingDay(practice_, practice_.providers[i], day);
            return false;
        };
        if (working(family_dentist)) return family_dentist;
        int64_t chair_dentist = 0;
        for (const OperatoryInfo& op : practice_.operatories)
            if (op.operatory_num == slot.operatory_num) chair_dentist = op.prov_dentist;
        if (chair_dentist != 0 && working(chair_dentist)) return chair_dentist;
        for (const size_t i : dentists_)
            if (IsWorkingDay(practice_, practice_.providers[i], day)) return practice_.providers[i].prov_num;
        return chair_dentist != 0 ? chair_dentist : family_dentist;
    }

    static bool IsHygieneVisit(VisitKind kind) {
        return kind == VisitKind::kNewPatient || kind == VisitKind::kRecall || kind == VisitKind::kPerioMaintenance;
    }
    // The hygienist also does scaling and root planing, in the hygiene chair.
    static bool InHygieneChair(VisitKind kind) { return IsHygieneVisit(kind) || kind == VisitKind::kPerioTherapy; }
    static bool IsPerioTherapyCode(const std::string& code) { return code == "D4341" || code == "D4342" || code == "D4355"; }

    // Books request `request_index` of `member` into `slot`, decided at `booked_at`. A short-notice
    // booking (an opening for the next hours, from the short-call list) is either kept or missed:
    // there is no time left to cancel it ahead.
    void MakeAppointment(size_t member, Timestamp booked_at, size_t request_index, const Slot& slot, bool short_notice) {
        MemberState& s = states_[member];
        const FamilyStory& family = *members_[member].family;
        const PersonStory& person = *members_[member].person;
        // A recall falling due after scaling and root planing is booked as periodontal maintenance.
        const VisitKind requested = s.requests[request_index].kind;
        const VisitKind kind = requested == VisitKind::kRecall && s.life.perio ? VisitKind::kPerioMaintenance : requested;
        AppointmentStory apt;
        apt.apt_num = PatientKey(person.pat_num, s.next_apt++);
        apt.kind = kind;
        apt.created = booked_at;
        apt.slot = slot;
        apt.prov_num = slot.hygiene ? ExamDentist(family.dentist, slot) : slot.prov_num;
        apt.prov_hyg = slot.hygiene ? slot.prov_num : 0;
        apt.appointment_type = AppointmentType(kind, AgeOn(person, DateOf(slot.start)));
        const double u = s.rng.Unit();
        apt.outcome = u < kMissedChance                                         ? Outcome::kMissed
                      : !short_notice && u < kMissedChance + kUnscheduledChance ? Outcome::kUnscheduled
                                                                                : Outcome::kKept;
        apt.created_by = family.entry_user;
        apt.confirmed = s.rng.Chance(0.8) ? def::kConfirmConfirmed : def::kConfirmTexted;
        apt.minutes = kind == VisitKind::kEmergency ? 60 : slot.minutes;
        apt.item_order_planned = 0;
        apt.proc_nums.clear();
        for (const size_t p : s.requests[request_index].procedures) apt.proc_nums.push_back(s.life.procedures[p].proc_num);
        s.life.appointments.push_back(apt);
        const size_t index = s.life.appointments.size() - 1;
        Push(member, slot.start, EventType::kOutcome, index);
        // Sent to the unscheduled list the day before (visit_tables.cpp TimesOf): the hour is free again then.
        if (apt.outcome == Outcome::kUnscheduled) Push(member, TimesOf(apt, person.pat_num).resolved, EventType::kCancel, index);
    }

    // One patient on the short-call list: a waiting request, or (for a dentist's chair) treatment
    // diagnosed and not scheduled; `due` orders the list, nearest due first.
    struct ShortCall {
        Date due;
        size_t member;
        std::optional<size_t> request;
        std::vector<size_t> procedures;
    };

    // An appointment has just been sent to the unscheduled list: the front desk offers its hour to
    // the short-call list (patients of the cohort waiting for a visit of the kind the chair is
    // for), and gives the hour back to the schedule when nobody takes it.
    void Cancelled(size_t member, Timestamp cancelled_at, size_t apt_index) {
        const Slot freed = states_[member].life.appointments[apt_index].slot;
        EntityRng rng(practice_.params.seed, Stream::kShortCall,
                      static_cast<uint64_t>(states_[member].life.appointments[apt_index].apt_num));
        const Timestamp call = OfficeHoursFrom(AddMinutes(cancelled_at, rng.Uniform(5, 60)), rng);
        std::vector<ShortCall> list;
        if (AddMinutes(call, kShortCallLeadMinutes) <= freed.start)
            for (size_t m = 0; m < states_.size(); ++m) {
                if (std::optional<ShortCall> c = ShortCallOf(m, member, call, freed)) list.push_back(std::move(*c));
            }
        std::stable_sort(list.begin(), list.end(), [](const ShortCall& a, const ShortCall& b) { return a.due < b.due; });
        for (size_t i = 0; i < list.size() && i < static_cast<size_t>(kShortCallTries); ++i) {
            if (!rng.Chance(list[i].request ? kShortCallAcceptChance : kUnscheduledTreatmentAcceptChance)) continue;
            MemberState& s = states_[list[i].member];
            size_t request = 0;
            if (list[i].request) {
                request = *list[i].request;
            } else {
                // Treatment the patient had not scheduled: the front desk books it now.
                s.requests.push_back({VisitKind::kRestorative, DateOf(freed.start), list[i].procedures, call, false});
                request = s.requests.size() - 1;
            }
            s.requests[request].taken = true;
            MakeAppointment(list[i].member, AddMinutes(call, 3 * static_cast<int64_t>(i)), request, freed, true);
            return;
        }
        calendar_.Release(freed);
    }

    // What the front desk may offer opening `freed` to patient `m` for at `call`: a visit not yet
    // booked (its booking is still ahead) of the kind the chair is for, due within the short-call
    // window; or, for a dentist's chair, up to three procedures diagnosed at least three weeks
    // earlier (after the treatment follow-up call) that the patient never scheduled. Only patients
    // who have been seen, are still with the practice and have no other visit that day are called.
    // Crowns wait for their lab case and emergencies have not happened yet.
    std::optional<ShortCall> ShortCallOf(size_t m, size_t cancelling, Timestamp call, const Slot& freed) const {
        if (m == cancelling) return std::nullopt;
        const MemberState& s = states_[m];
        const Date day = DateOf(freed.start);
        if (s.life.first_visit == kZeroDate || Gone(m, day)) return std::nullopt;
        for (const AppointmentStory& apt : s.life.appointments)
            if (apt.outcome != Outcome::kPlanned && DateOf(apt.slot.start) == day) return std::nullopt;
        auto has_crown = [&](const std::vector<size_t>& procedures) {
            for (const size_t p : procedures)
                if (s.life.procedures[p].code->code == "D2740") return true;
            return false;
        };
        std::optional<ShortCall> best;
        for (size_t r = 0; r < s.requests.size(); ++r) {
            const Request& request = s.requests[r];
            if (request.taken || request.book_at <= call || request.kind == VisitKind::kEmergency) continue;
            if (InHygieneChair(request.kind) != freed.hygiene || request.earliest > day + kShortCallWindowDays) continue;
            if (has_crown(request.procedures)) continue;
            if (!best || request.earliest < best->due) best = ShortCall{request.earliest, m, r, {}};
        }
        if (best || freed.hygiene) return best;
        std::vector<size_t> waiting;
        Date diagnosed = kZeroDate;
        for (size_t p = 0; p < s.life.procedures.size() && waiting.size() < 3; ++p) {
            const ProcedureStory& proc = s.life.procedures[p];
            if (proc.initial_status != kProcTreatPlanned || proc.planned_apt_num != 0 || proc.code->code == "D2740") continue;
            if (IsPerioTherapyCode(proc.code->code)) continue;  // the hygienist's work, not a dentist's opening
            if (proc.entry > AddMinutes(call, -kUnscheduledTreatmentWaitDays * 24 * 60) || Scheduled(s, proc.proc_num)) continue;
            if (!waiting.empty() && proc.entry != s.life.procedures[waiting.front()].entry) continue;  // one exam's findings per visit
            waiting.push_back(p);
            diagnosed = DateOf(proc.entry);
        }
        if (waiting.empty()) return std::nullopt;
        return ShortCall{diagnosed, m, std::nullopt, std::move(waiting)};
    }

    // Whether procedure `proc_num` is on one of the patient's appointments already.
    static bool Scheduled(const MemberState& s, int64_t proc_num) {
        for (const AppointmentStory& apt : s.life.appointments)
            if (std::find(apt.proc_nums.begin(), apt.proc_nums.end(), proc_num) != apt.proc_nums.end()) return true;
        return false;
    }

    // `t`, or the next opening of the office when `t` falls outside its hours (8:00-17:00 on a day
    // some provider works): a cancellation left on the answering machine is dealt with then.
    Timestamp OfficeHoursFrom(Timestamp t, EntityRng& rng) const {
        Date day = DateOf(t);
        if (t >= At(day, 17, 0))
            day = day + 1;
        else if (t >= At(day, 8, 0) && OfficeOpen(day))
            return t;
        for (int i = 0; i < 14 && !OfficeOpen(day); ++i) day = day + 1;
        return At(day, 8, static_cast<int>(rng.Uniform(0, 30)));
    }

    bool OfficeOpen(Date day) const {
        for (const ProviderInfo& p : practice_.providers)
            if (IsWorkingDay(practice_, p, day)) return true;
        return false;
    }

    int64_t AppointmentType(VisitKind kind, int age) const {
        switch (kind) {
            case VisitKind::kNewPatient:
                return age < 14 ? catalog::kApptTypeChildCleaningNew : catalog::kApptTypeAdultCleaningNew;
            case VisitKind::kRecall:
                return age < 14 ? catalog::kApptTypeChildCleaningExisting : catalog::kApptTypeAdultCleaningExisting;
            case VisitKind::kPerioMaintenance:
                return catalog::kApptTypeAdultRecare;
            case VisitKind::kRestorative:
                return catalog::kApptType30Minute;
            case VisitKind::kEmergency:
                return catalog::kApptTypeEmergencyPain;
            case VisitKind::kPerioTherapy:
                return catalog::kApptTypeNone;
        }
        return catalog::kApptTypeNone;
    }

    void Resolve(size_t member, size_t apt_index) {
        MemberState& s = states_[member];
        AppointmentStory& apt = s.life.appointments[apt_index];
        const Timestamp end = AddMinutes(apt.slot.start, apt.minutes);
        const Date day = DateOf(apt.slot.start);
        if (apt.outcome != Outcome::kKept) {
            // Rebook the same request: soon after a no-show, later from the unscheduled list.
            if (s.rng.Chance(kRebookAfterMissChance)) {
                const int delay =
                    apt.outcome == Outcome::kMissed ? static_cast<int>(s.rng.Uniform(1, 7)) : static_cast<int>(s.rng.Uniform(14, 60));
                AddRequest(member, At(day + delay, 10, static_cast<int>(s.rng.Uniform(0, 59))), apt.kind, day + delay + 7,
                           ProceduresOf(s, apt));
            } else if (apt.kind == VisitKind::kPerioTherapy) {
                AddRequest(member, At(day + 120, 9, 30), apt.kind, day + 127, ProceduresOf(s, apt));  // the unscheduled list catches up
            } else if (apt.kind != VisitKind::kRestorative && apt.kind != VisitKind::kEmergency) {
                AddRequest(member, At(day + 120, 9, 30), apt.kind, day + 127);  // the recall list catches up
            }
            return;
        }
        if (s.life.first_visit == kZeroDate) s.life.first_visit = day;
        const PersonStory& person = *members_[member].person;
        const int age = AgeOn(person, day);
        switch (apt.kind) {
            case VisitKind::kNewPatient:
            case VisitKind::kRecall:
            case VisitKind::kPerioMaintenance:
                HygieneVisit(member, apt_index, age, end);
                break;
            case VisitKind::kRestorative:
                CompleteProcedures(member, apt_index, end);
                break;
            case VisitKind::kEmergency:
                EmergencyVisit(member, apt_index, age, end);
                break;
            case VisitKind::kPerioTherapy:
                CompleteProcedures(member, apt_index, end);
                if (!s.life.perio && TherapyDone(s)) {
                    // Scaling and root planing finished: periodontal maintenance from now on.
                    s.life.perio = true;
                    s.life.perio_since = day;
                    NextRecall(member, day, end);
                }
                break;
        }
    }

    static bool TherapyDone(const MemberState& s) {
        if (s.perio_therapy.empty()) return false;
        for (const size_t p : s.perio_therapy)
            if (s.life.procedures[p].completed == kZeroTimestamp) return false;
        return true;
    }

    std::vector<size_t> ProceduresOf(const MemberState& s, const AppointmentStory& apt) const {
        std::vector<size_t> indexes;
        for (const int64_t num : apt.proc_nums)
            for (size_t i = 0; i < s.life.procedures.size(); ++i)
                if (s.life.procedures[i].proc_num == num) indexes.push_back(i);
        return indexes;
    }

    // Adds a procedure to the life; returns its index, or npos when the practice lacks the code.
    size_t Chart(size_t member, const char* code_text, int status, Timestamp entry, int64_t prov, std::string tooth = "",
                 std::string surface = "") {
        const ProcedureCodeInfo* code = FindCode(practice_, code_text);
        if (code == nullptr) return std::string::npos;
        MemberState& s = states_[member];
        NormalizeSite(*code, tooth, surface);
        ProcedureStory p;
        p.proc_num = PatientKey(s.life.pat_num, s.next_proc++);
        p.code = code;
        p.fee_cents = FeeCents(practice_, FeeScheduleOf(member, prov), *code);
        p.tooth = std::move(tooth);
        p.surface = std::move(surface);
        p.entry = entry;
        p.initial_status = status;
        p.completed = kZeroTimestamp;
        p.prov_num = prov;
        p.planned_by = prov;
        p.apt_num = 0;
        p.planned_apt_num = 0;
        p.planned_at = kZeroTimestamp;
        s.life.procedures.push_back(std::move(p));
        return s.life.procedures.size() - 1;
    }

    // The schedule a procedure is billed from, as OpenDental picks it: the patient's own fee
    // schedule (a cash plan) when set, else the provider's (the standard UCR schedule). A PPO plan
    // does not change the fee billed, only what the plan allows (AllowedFeeCents): the office bills
    // its UCR fee and writes off the difference.
    int64_t FeeScheduleOf(size_t member, int64_t prov) const {
        const FamilyStory& family = *members_[member].family;
        if (family.fee_sched != 0) return family.fee_sched;
        for (const ProviderInfo& p : practice_.providers)
            if (p.prov_num == prov && p.fee_sched_num != 0) return p.fee_sched_num;
        return practice_.fee_schedules.front().fee_sched_num;
    }

    void DoneAt(size_t member, size_t proc_index, const AppointmentStory& apt, Timestamp end) {
        if (proc_index == std::string::npos) return;
        ProcedureStory& p = states_[member].life.procedures[proc_index];
        p.completed = end;
        p.apt_num = apt.apt_num;
        p.prov_num = apt.slot.hygiene && p.code->is_hygiene ? apt.prov_hyg : apt.prov_num;
    }

    void HygieneVisit(size_t member, size_t apt_index, int age, Timestamp end) {
        MemberState& s = states_[member];
        const AppointmentStory apt = s.life.appointments[apt_index];
        const Date day = DateOf(apt.slot.start);
        const bool child = age < 14;
        const int64_t dentist = apt.prov_num;
        std::vector<size_t> done;
        auto chart_done = [&](const char* code) {
            const size_t p = Chart(member, code, kProcComplete, apt.slot.start, dentist);
            DoneAt(member, p, apt, end);
            if (p != std::string::npos) done.push_back(p);
        };
        if (apt.kind == VisitKind::kNewPatient) {
            chart_done("D0150");
            chart_done(child ? "D0272" : "D0210");
            s.last_bitewings = day;
            chart_done(child ? "D1120" : "D1110");
            if (child) chart_done("D1208");
            // Existing restorations found at the first exam, charted as existing work.
            if (!child) {
                const int existing = static_cast<int>(s.rng.Uniform(0, std::min(6, age / 10)));
                for (int i = 0; i < existing; ++i) {
                    const bool crown = s.rng.Chance(0.25);
                    Chart(member, crown ? "D2740" : "D2150", kProcExistingOther, apt.slot.start, dentist,
                          std::to_string(crown ? PickFrom(s.rng, kMolars) : PickFrom(s.rng, kPosteriorTeeth)), crown ? "" : "MO");
                }
            }
        } else if (s.life.perio) {
            chart_done("D4910");
            if (s.life.hygiene_visits.size() % 2 == 0) chart_done("D0120");
            ++s.maintenance_visits;
        } else {
            chart_done("D0120");
            if (s.last_bitewings == kZeroDate || day - s.last_bitewings >= 360) {
                chart_done(child ? "D0272" : "D0274");
                s.last_bitewings = day;
            }
            chart_done(child ? "D1120" : "D1110");
            if (child) chart_done("D1208");
        }
        s.life.hygiene_visits.push_back(day);
        // The full-mouth charting: the first visit as an adult, then yearly, and every second maintenance visit.
        const bool charting =
            age >= kChartingAge && (s.last_charting == kZeroDate || day >= AddMonths(s.last_charting, kMonthsBetweenChartings) ||
                                    (s.life.perio && s.maintenance_visits % 2 == 0));
        if (charting) {
            s.life.appointments[apt_index].perio_charting = true;
            s.last_charting = day;
        }
        Diagnose(member, apt, age, end);
        // Accepted periodontal therapy takes the place of the next recall: maintenance follows it.
        if (charting && PeriodontalFindings(member, apt, end)) return;
        NextRecall(member, day, end);
    }

    // A charting finds periodontitis when the patient has it (periodontal_condition.hpp): the dentist
    // plans the therapy, which the patient accepts at the practice's case acceptance. Returns whether
    // therapy was accepted at this visit.
    bool PeriodontalFindings(size_t member, const AppointmentStory& apt, Timestamp end) {
        MemberState& s = states_[member];
        if (s.life.perio_diagnosed != kZeroDate) return false;
        const std::vector<int> teeth = InvolvedTeeth(s.periodontal, s.life.procedures, members_[member].person->birthdate, apt.slot.start);
        if (teeth.empty()) return false;
        const Date day = DateOf(apt.slot.start);
        s.life.perio_diagnosed = day;
        const Timestamp planned_at = AddMinutes(apt.slot.start, 30);
        std::array<int, 4> per_quadrant{};
        for (const int tooth : teeth) ++per_quadrant[static_cast<size_t>(QuadrantOf(tooth))];
        // Visits: the debridement alone, then the right side (UR, LR), then the left (UL, LL).
        std::vector<std::vector<size_t>> visits;
        if (s.periodontal.heavy_calculus) {
            const size_t p = Chart(member, "D4355", kProcTreatPlanned, planned_at, apt.prov_num);
            if (p != std::string::npos) visits.push_back({p});
        }
        for (const std::array<int, 2> side : {std::array<int, 2>{0, 3}, std::array<int, 2>{1, 2}}) {
            std::vector<size_t> visit;
            for (const int q : side) {
                const int count = per_quadrant[static_cast<size_t>(q)];
                if (count == 0) continue;
                const size_t p =
                    Chart(member, count >= 4 ? "D4341" : "D4342", kProcTreatPlanned, planned_at, apt.prov_num, "", kQuadrantNames[q]);
                if (p != std::string::npos) visit.push_back(p);
            }
            if (!visit.empty()) visits.push_back(std::move(visit));
        }
        for (const std::vector<size_t>& visit : visits) s.perio_therapy.insert(s.perio_therapy.end(), visit.begin(), visit.end());
        if (visits.empty() || !s.rng.Chance(kCaseAcceptance)) return false;
        const Date first = day + static_cast<int>(s.rng.Uniform(kFirstTherapyMinDays, kFirstTherapyMaxDays));
        for (size_t k = 0; k < visits.size(); ++k) {
            const int offset = static_cast<int>(k);
            PlanVisit(member, apt, AddMinutes(end, 20 + offset), visits[k], VisitKind::kPerioTherapy);
            AddRequest(member, AddMinutes(end, 25 + offset), VisitKind::kPerioTherapy, first + offset * kDaysBetweenTherapyVisits,
                       visits[k]);
        }
        return true;
    }

    // Findings at an exam become treatment-planned procedures; accepted ones are booked.
    void Diagnose(size_t member, const AppointmentStory& apt, int age, Timestamp end) {
        MemberState& s = states_[member];
        const bool child = age < 14;
        const Timestamp planned_at = AddMinutes(apt.slot.start, 30);
        const int64_t dentist = apt.prov_num;
        std::vector<size_t> plan;
        auto tp = [&](const char* code, std::string tooth, std::string surface) {
            const size_t p = Chart(member, code, kProcTreatPlanned, planned_at, dentist, std::move(tooth), std::move(surface));
            if (p != std::string::npos) plan.push_back(p);
        };
        // New caries: about one lesion every two exams for adults, fewer for children.
        const int lesions = s.rng.Weighted({child ? 0.7 : 0.6, 0.2, 0.12, 0.08});
        for (int i = 0; i < lesions; ++i) {
            if (s.rng.Chance(0.2)) {
                tp("D2330", std::to_string(PickFrom(s.rng, kAnteriorTeeth)), s.rng.Chance(0.5) ? "M" : "D");
            } else {
                const bool two = s.rng.Chance(0.45);
                tp(two ? "D2392" : "D2391", std::to_string(PickFrom(s.rng, kPosteriorTeeth)),
                   two ? (s.rng.Chance(0.5) ? "MO" : "DO") : "O");
            }
        }
        if (child && apt.kind == VisitKind::kNewPatient && age >= 6 && s.rng.Chance(0.5))
            for (const int tooth : {3, 14, 19, 30}) tp("D1351", std::to_string(tooth), "O");
        if (!child && s.rng.Chance(0.06)) {
            const std::string tooth = std::to_string(PickFrom(s.rng, kMolars));
            if (s.rng.Chance(0.3)) tp("D3330", tooth, "");
            tp("D2950", tooth, "");
            tp("D2740", tooth, "");
        }
        if (!child && s.rng.Chance(0.02)) tp(s.rng.Chance(0.5) ? "D7140" : "D7210", std::to_string(PickFrom(s.rng, kMolars)), "");
        if (plan.empty() || !s.rng.Chance(kCaseAcceptance)) return;
        // Accepted: a planned appointment per visit of up to three procedures (a crown and its
        // build-up together), then the front desk books each visit.
        const Date day = DateOf(end);
        for (size_t start = 0; start < plan.size(); start += 3) {
            std::vector<size_t> visit(plan.begin() + static_cast<long>(start),
                                      plan.begin() + static_cast<long>(std::min(plan.size(), start + 3)));
            PlanVisit(member, apt, AddMinutes(end, 1 + static_cast<int>(start)), visit, VisitKind::kRestorative);
            AddRequest(member, AddMinutes(end, 5 + static_cast<int>(start)), VisitKind::kRestorative,
                       day + static_cast<int>(s.rng.Uniform(7, 28)) + static_cast<int>(start) * 7, std::move(visit));
        }
    }

    // A planned appointment (status 6) for accepted treatment: not on the schedule (no operatory),
    // dated when it was planned, holding its procedures until a visit does them.
    void PlanVisit(size_t member, const AppointmentStory& exam, Timestamp planned_at, const std::vector<size_t>& procedures,
                   VisitKind kind) {
        MemberState& s = states_[member];
        AppointmentStory planned;
        planned.apt_num = PatientKey(s.life.pat_num, s.next_apt++);
        planned.kind = kind;
        planned.created = planned_at;
        planned.slot = Slot{exam.prov_num, 0, planned_at, kDoctorVisitMinutes, false, 0, -1};
        planned.prov_num = exam.prov_num;
        planned.prov_hyg = 0;
        planned.appointment_type = AppointmentType(kind, 0);
        planned.outcome = Outcome::kPlanned;
        planned.created_by = exam.created_by;
        planned.confirmed = def::kConfirmUnconfirmed;
        planned.minutes = kDoctorVisitMinutes;
        planned.item_order_planned = ++s.planned_count;
        for (const size_t p : procedures) {
            planned.proc_nums.push_back(s.life.procedures[p].proc_num);
            s.life.procedures[p].planned_apt_num = planned.apt_num;
            s.life.procedures[p].planned_at = planned_at;
        }
        s.life.appointments.push_back(std::move(planned));
    }

    void NextRecall(size_t member, Date day, Timestamp end) {
        MemberState& s = states_[member];
        const int months = s.life.perio ? kMaintenanceMonths : 6;
        const Date due = AddMonths(day, months);
        const VisitKind kind = s.life.perio ? VisitKind::kPerioMaintenance : VisitKind::kRecall;
        const double u = s.rng.Unit();
        if (u < kRecallOnTime) {
            const Date earliest = due + static_cast<int>(s.rng.Uniform(-14, 14));
            if (s.rng.Chance(kBookAtCheckout))
                AddRequest(member, AddMinutes(end, 2), kind, earliest);
            else
                AddRequest(member, At(earliest - 21, 10, static_cast<int>(s.rng.Uniform(0, 59))), kind, earliest);
        } else if (u < kRecallOnTime + kRecallLate) {
            const Date earliest = due + static_cast<int>(s.rng.Uniform(30, 180));
            AddRequest(member, At(earliest - 14, 11, static_cast<int>(s.rng.Uniform(0, 59))), kind, earliest);
        } else {
            s.lapsed = true;  // stops coming; may come back after a year
            if (s.rng.Chance(0.3)) {
                const Date back = due + static_cast<int>(s.rng.Uniform(365, 700));
                AddRequest(member, At(back - 14, 11, 0), kind, back);
            }
        }
    }

    void CompleteProcedures(size_t member, size_t apt_index, Timestamp end) {
        MemberState& s = states_[member];
        const AppointmentStory apt = s.life.appointments[apt_index];
        for (const size_t p : ProceduresOf(s, apt)) DoneAt(member, p, apt, end);
    }

    void EmergencyVisit(size_t member, size_t apt_index, int age, Timestamp end) {
        MemberState& s = states_[member];
        const AppointmentStory apt = s.life.appointments[apt_index];
        const std::string tooth = std::to_string(age < 14 ? 30 : PickFrom(s.rng, kMolars));
        // Each code takes the tooth only if its treatment area is a tooth (NormalizeSite).
        for (const char* code : {"D0140", "D0220"})
            DoneAt(member, Chart(member, code, kProcComplete, apt.slot.start, apt.prov_num, tooth), apt, end);
        DoneAt(member, Chart(member, s.rng.Chance(0.6) ? "D9110" : "D7140", kProcComplete, apt.slot.start, apt.prov_num, tooth), apt, end);
        ScheduleEmergency(member, DateOf(end));
    }

    const Practice& practice_;
    CohortCalendar calendar_;
    const std::vector<CohortMember>& members_;
    std::vector<size_t> dentists_;
    std::vector<size_t> hygienists_;
    std::vector<MemberState> states_;
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> queue_;
};

}  // namespace

std::vector<PatientLife> SimulateCohort(const Practice& practice, const ChairTime& chair_time, int64_t cohort,
                                        const std::vector<CohortMember>& members) {
    return CohortSimulation(practice, chair_time, cohort, members).Run();
}

}  // namespace dentsynth::core
