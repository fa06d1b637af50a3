// Writing a patient's life as it stands at the cut: appointment (its current state), histappointment
// (every action on it so far), procedurelog (planned, existing and completed work) and recall.
#include "core/visits/visit_tables.hpp"

#include <algorithm>

#include "core/patients/roster.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

}  // namespace

AppointmentTimes TimesOf(const AppointmentStory& apt, int64_t pat_num) {
    AppointmentTimes t;
    const int64_t wobble = (apt.apt_num + pat_num) % 7;  // a few minutes' spread, from the keys alone
    t.confirmed = At(DateOf(apt.slot.start) - 2, 10, static_cast<int>(wobble * 5));
    if (t.confirmed <= apt.created) t.confirmed = kZeroTimestamp;
    t.arrived = AddMinutes(apt.slot.start, -static_cast<int64_t>(wobble) - 2);
    t.seated = AddMinutes(apt.slot.start, wobble);
    t.dismissed = AddMinutes(apt.slot.start, apt.minutes - (wobble % 3));
    switch (apt.outcome) {
        case Outcome::kKept:
            t.resolved = t.dismissed;
            break;
        case Outcome::kMissed:
            t.resolved = AddMinutes(apt.slot.start, 15);
            break;
        case Outcome::kUnscheduled:
            t.resolved = std::max(AddMinutes(apt.slot.start, -20 * 60), AddMinutes(apt.created, 1));
            if (t.confirmed != kZeroTimestamp && t.confirmed >= t.resolved) t.confirmed = kZeroTimestamp;
            break;
        case Outcome::kPlanned:
            t.resolved = apt.created;  // planned from the start, and it stays so
            t.confirmed = kZeroTimestamp;
            break;
    }
    return t;
}

namespace {

// HistAppointment actions (OpenDental HistAppointmentAction; the downstream accepts 0-3).
constexpr int kHistCreated = 0;
constexpr int kHistChanged = 1;
constexpr int kHistMissed = 2;
constexpr int kHistCancelled = 3;

int ResolvedStatus(Outcome outcome) {
    switch (outcome) {
        case Outcome::kKept:
            return kAptComplete;
        case Outcome::kMissed:
            return kAptBroken;
        case Outcome::kUnscheduled:
            return kAptUnschedList;
        case Outcome::kPlanned:
            return kAptPlanned;
    }
    return kAptScheduled;
}

// OpenDental's time pattern: one character per 5 minutes, '/' for assistant time, 'X' for provider time.
std::string PatternOf(int minutes) {
    const int units = std::max(2, minutes / 5);
    std::string pattern(static_cast<size_t>(units), 'X');
    pattern.front() = '/';
    pattern.back() = '/';
    return pattern;
}

std::string DescriptionOf(const AppointmentStory& apt, const PatientLife& life) {
    switch (apt.kind) {
        case VisitKind::kNewPatient:
            return "CompEx, FMX, Pro";
        case VisitKind::kRecall:
            return "PerEx, Pro";
        case VisitKind::kPerioMaintenance:
            return "PerioMaint";
        case VisitKind::kEmergency:
            return "LimEx, PA";
        case VisitKind::kRestorative:
        case VisitKind::kPerioTherapy:
            break;
    }
    std::string text;
    for (const int64_t num : apt.proc_nums)
        for (const ProcedureStory& p : life.procedures)
            if (p.proc_num == num) text += (text.empty() ? "" : ", ") + p.code->abbreviation;
    return text.empty() ? "Tx" : text;
}

// The plans covering the patient on `day`, in ordinal order.
std::pair<int64_t, int64_t> PlansOn(const FamilyStory& family, Date day) {
    int64_t plans[2] = {0, 0};
    int found = 0;
    for (const Subscription& s : family.subscriptions)
        if (found < 2 && InForce(s, day)) plans[found++] = s.plan_num;
    return {plans[0], plans[1]};
}

}  // namespace

class VisitWriter::Impl {
public:
    explicit Impl(RowSink& sink) : sink_(sink, kProducer) {}

    void Write(const PatientContext& patient, const PatientLife& life) {
        patient_ = &patient;
        life_ = &life;
        WriteAll();
    }

private:
    void WriteAll() {
        if (sink_.Wants(TableId::appointment) || sink_.Wants(TableId::histappointment))
            for (size_t i = 0; i < life_->appointments.size(); ++i) WriteAppointment(i);
        if (sink_.Wants(TableId::procedurelog))
            for (const ProcedureStory& p : life_->procedures) WriteProcedure(p);
        if (sink_.Wants(TableId::recall)) WriteRecalls();
    }

    // Fills the appointment columns shared by appointment and histappointment rows, as they stood
    // with status `status` and last change `stamp`.
    template <typename Columns>
    void FillAppointment(Row& r, const AppointmentStory& apt, const AppointmentTimes& t, int status, Timestamp stamp, bool confirmed) {
        const bool kept_and_done = status == kAptComplete;
        const auto [plan1, plan2] = PlansOn(patient_->family, DateOf(apt.slot.start));
        r.Set(Columns::AptNum, apt.apt_num)
            .Set(Columns::PatNum, life_->pat_num)
            .Set(Columns::AptStatus, status)
            .Set(Columns::Pattern, PatternOf(apt.minutes))
            .Set(Columns::Confirmed, confirmed ? apt.confirmed : def::kConfirmUnconfirmed)
            .Set(Columns::Op, apt.slot.operatory_num)
            .Set(Columns::ProvNum, apt.prov_num)
            .Set(Columns::ProvHyg, apt.prov_hyg)
            .Set(Columns::AptDateTime, apt.slot.start)
            .Set(Columns::UnschedStatus, status == kAptUnschedList ? def::kRecallWillCall : int64_t{0})
            .Set(Columns::IsNewPatient, apt.kind == VisitKind::kNewPatient)
            .Set(Columns::ProcDescript, DescriptionOf(apt, *life_))
            .Set(Columns::ClinicNum, int64_t{0})
            .Set(Columns::IsHygiene, apt.slot.hygiene)
            .Set(Columns::DateTStamp, stamp)
            .Set(Columns::DateTimeArrived, kept_and_done ? t.arrived : kZeroTimestamp)
            .Set(Columns::DateTimeSeated, kept_and_done ? t.seated : kZeroTimestamp)
            .Set(Columns::DateTimeDismissed, kept_and_done ? t.dismissed : kZeroTimestamp)
            .Set(Columns::InsPlan1, plan1)
            .Set(Columns::InsPlan2, plan2)
            .Set(Columns::AppointmentTypeNum, apt.appointment_type)
            .Set(Columns::SecUserNumEntry, apt.created_by)
            .Set(Columns::SecDateTEntry, apt.created)
            .Set(Columns::ItemOrderPlanned, apt.item_order_planned);
    }

    struct AptCols {
        enum : int {
            AptNum = col::appointment::AptNum,
            PatNum = col::appointment::PatNum,
            AptStatus = col::appointment::AptStatus,
            Pattern = col::appointment::Pattern,
            Confirmed = col::appointment::Confirmed,
            Op = col::appointment::Op,
            ProvNum = col::appointment::ProvNum,
            ProvHyg = col::appointment::ProvHyg,
            AptDateTime = col::appointment::AptDateTime,
            UnschedStatus = col::appointment::UnschedStatus,
            IsNewPatient = col::appointment::IsNewPatient,
            ProcDescript = col::appointment::ProcDescript,
            ClinicNum = col::appointment::ClinicNum,
            IsHygiene = col::appointment::IsHygiene,
            DateTStamp = col::appointment::DateTStamp,
            DateTimeArrived = col::appointment::DateTimeArrived,
            DateTimeSeated = col::appointment::DateTimeSeated,
            DateTimeDismissed = col::appointment::DateTimeDismissed,
            InsPlan1 = col::appointment::InsPlan1,
            InsPlan2 = col::appointment::InsPlan2,
            AppointmentTypeNum = col::appointment::AppointmentTypeNum,
            SecUserNumEntry = col::appointment::SecUserNumEntry,
            SecDateTEntry = col::appointment::SecDateTEntry,
            ItemOrderPlanned = col::appointment::ItemOrderPlanned
        };
    };
    struct HistCols {
        enum : int {
            AptNum = col::histappointment::AptNum,
            PatNum = col::histappointment::PatNum,
            AptStatus = col::histappointment::AptStatus,
            Pattern = col::histappointment::Pattern,
            Confirmed = col::histappointment::Confirmed,
            Op = col::histappointment::Op,
            ProvNum = col::histappointment::ProvNum,
            ProvHyg = col::histappointment::ProvHyg,
            AptDateTime = col::histappointment::AptDateTime,
            UnschedStatus = col::histappointment::UnschedStatus,
            IsNewPatient = col::histappointment::IsNewPatient,
            ProcDescript = col::histappointment::ProcDescript,
            ClinicNum = col::histappointment::ClinicNum,
            IsHygiene = col::histappointment::IsHygiene,
            DateTStamp = col::histappointment::DateTStamp,
            DateTimeArrived = col::histappointment::DateTimeArrived,
            DateTimeSeated = col::histappointment::DateTimeSeated,
            DateTimeDismissed = col::histappointment::DateTimeDismissed,
            InsPlan1 = col::histappointment::InsPlan1,
            InsPlan2 = col::histappointment::InsPlan2,
            AppointmentTypeNum = col::histappointment::AppointmentTypeNum,
            SecUserNumEntry = col::histappointment::SecUserNumEntry,
            SecDateTEntry = col::histappointment::SecDateTEntry,
            ItemOrderPlanned = col::histappointment::ItemOrderPlanned
        };
    };

    void WriteAppointment(size_t index) {
        const AppointmentStory& apt = life_->appointments[index];
        if (!patient_->Happened(apt.created)) return;
        const AppointmentTimes t = TimesOf(apt, life_->pat_num);
        const bool resolved = patient_->Happened(t.resolved);
        const bool confirmed = t.confirmed != kZeroTimestamp && patient_->Happened(t.confirmed);
        const int status = resolved ? ResolvedStatus(apt.outcome) : kAptScheduled;
        Timestamp stamp = apt.created;
        if (confirmed) stamp = t.confirmed;
        if (resolved) stamp = t.resolved;
        if (sink_.Wants(TableId::appointment)) {
            appointment_.Reset();
            FillAppointment<AptCols>(appointment_, apt, t, status, stamp, confirmed);
            sink_.Write(appointment_);
        }
        if (!sink_.Wants(TableId::histappointment)) return;
        // One history row per action so far: created, confirmed, then kept/missed/cancelled.
        const int64_t base = (static_cast<int64_t>(index) + 1) * 4;
        WriteHistory(apt, t, base, kHistCreated, apt.created, apt.outcome == Outcome::kPlanned ? kAptPlanned : kAptScheduled, apt.created,
                     false);
        if (t.confirmed != kZeroTimestamp && confirmed)
            WriteHistory(apt, t, base + 1, kHistChanged, t.confirmed, kAptScheduled, t.confirmed, true);
        if (resolved && apt.outcome != Outcome::kPlanned) {
            const int action = apt.outcome == Outcome::kKept     ? kHistChanged
                               : apt.outcome == Outcome::kMissed ? kHistMissed
                                                                 : kHistCancelled;
            WriteHistory(apt, t, base + 2, action, t.resolved, ResolvedStatus(apt.outcome), t.resolved, confirmed);
        }
    }

    void WriteHistory(const AppointmentStory& apt, const AppointmentTimes& t, int64_t local, int action, Timestamp when, int status,
                      Timestamp stamp, bool confirmed) {
        history_.Reset();
        FillAppointment<HistCols>(history_, apt, t, status, stamp, confirmed);
        history_.Set(col::histappointment::HistApptNum, PatientKey(life_->pat_num, local))
            .Set(col::histappointment::HistUserNum, apt.created_by)
            .Set(col::histappointment::HistDateTStamp, when)
            .Set(col::histappointment::HistApptAction, action);
        sink_.Write(history_);
    }

    void WriteProcedure(const ProcedureStory& p) {
        if (!patient_->Happened(p.entry)) return;
        namespace c = col::procedurelog;
        const bool done = p.completed != kZeroTimestamp && patient_->Happened(p.completed);
        const int status = done ? kProcComplete : (p.initial_status == kProcComplete ? kProcTreatPlanned : p.initial_status);
        const Date proc_date = done ? DateOf(p.completed) : DateOf(p.entry);
        // The planned appointment is made at checkout, after the procedure was charted: a cut in
        // between shows the procedure not yet held by one, and the planning moves its stamp on.
        const bool planned = p.planned_apt_num != 0 && patient_->Happened(p.planned_at);
        const Timestamp stamp = done ? p.completed : planned ? std::max(p.entry, p.planned_at) : p.entry;
        Row& r = procedure_;
        r.Reset();
        r.Set(c::ProcNum, p.proc_num)
            .Set(c::PatNum, life_->pat_num)
            .Set(c::AptNum, done ? p.apt_num : int64_t{0})
            .Set(c::ProcDate, proc_date)
            .SetCents(c::ProcFee, p.fee_cents)
            .Set(c::Surf, p.surface)
            .Set(c::ToothNum, p.tooth)
            .Set(c::ProcStatus, status)
            .Set(c::ProvNum, p.prov_num)
            .Set(c::PlannedAptNum, planned ? p.planned_apt_num : int64_t{0})
            .Set(c::ClinicNum, int64_t{0})
            .Set(c::CodeNum, p.code->code_num)
            .Set(c::DateEntryC, done ? DateOf(p.completed) : DateOf(p.entry))
            .Set(c::UnitQty, 1)
            .Set(c::DateTP, DateOf(p.entry))
            .Set(c::DateTStamp, stamp)
            .Set(c::SecUserNumEntry, patient_->family.entry_user)
            .Set(c::SecDateEntry, p.entry)
            .Set(c::DateComplete, done ? DateOf(p.completed) : kZeroDate)
            .Set(c::IcdVersion, 10)
            .SetEntered(p.entry);
        sink_.Write(r);
    }

    // The recall rows are brought up to date at 17:00 on the day of a hygiene visit or of bitewings
    // (every visit has been dismissed by then): the day moves them on once that moment has happened.
    static Timestamp RecallUpdated(Date day) { return At(day, 17, 0); }

    // One recall row for cleanings (prophylaxis, child prophylaxis, or perio maintenance once the
    // patient has had scaling and root planing) and one for yearly bitewings, as they stand at the cut.
    void WriteRecalls() {
        Date first = kZeroDate;
        Date last = kZeroDate;
        for (const Date d : life_->hygiene_visits)
            if (patient_->Happened(RecallUpdated(d))) {
                if (first == kZeroDate) first = d;
                last = d;
            }
        if (last == kZeroDate) return;
        // Once scaling and root planing is finished the recall turns perio (3-month maintenance).
        const bool perio = life_->perio && patient_->Happened(RecallUpdated(life_->perio_since));
        const bool child = (last - patient_->person.birthdate) / 365 < 14;
        const int64_t type = perio ? catalog::kRecallTypePerio : child ? catalog::kRecallTypeChildProphy : catalog::kRecallTypeProphy;
        const int months = perio ? 3 : 6;
        // The next hygiene appointment on the books, and the last change to any of them (booked,
        // kept, missed): each moves the recall on.
        Date scheduled = kZeroDate;
        Timestamp last_change = RecallUpdated(last);
        for (const AppointmentStory& apt : life_->appointments) {
            if (!apt.slot.hygiene || !patient_->Happened(apt.created)) continue;
            last_change = std::max(last_change, apt.created);
            const Timestamp resolved = TimesOf(apt, life_->pat_num).resolved;
            if (patient_->Happened(resolved)) {
                last_change = std::max(last_change, resolved);
                continue;
            }
            if (scheduled == kZeroDate || DateOf(apt.slot.start) < scheduled) scheduled = DateOf(apt.slot.start);
        }
        // The row was entered when the first cleaning was done (its existence test above).
        WriteRecall(1, type, last, AddMonths(last, months), months, scheduled, last_change, RecallUpdated(first));
        Date bitewings = kZeroDate;
        Timestamp first_bitewings = kZeroTimestamp;
        for (const ProcedureStory& p : life_->procedures)
            if ((p.code->code == "D0274" || p.code->code == "D0272" || p.code->code == "D0210") && p.completed != kZeroTimestamp &&
                patient_->Happened(RecallUpdated(DateOf(p.completed)))) {
                bitewings = std::max(bitewings, DateOf(p.completed));
                if (first_bitewings == kZeroTimestamp || p.completed < first_bitewings) first_bitewings = p.completed;
            }
        if (bitewings != kZeroDate)
            WriteRecall(2, catalog::kRecallTypeBitewings, bitewings, AddMonths(bitewings, 12), 12, kZeroDate, RecallUpdated(bitewings),
                        RecallUpdated(DateOf(first_bitewings)));
    }

    void WriteRecall(int64_t local, int64_t type, Date previous, Date due, int months, Date scheduled, Timestamp stamp, Timestamp entered) {
        namespace c = col::recall;
        Row& r = recall_;
        r.Reset();
        r.Set(c::RecallNum, PatientKey(life_->pat_num, local))
            .Set(c::PatNum, life_->pat_num)
            .Set(c::DateDueCalc, due)
            .Set(c::DateDue, due)
            .Set(c::DatePrevious, previous)
            .Set(c::RecallInterval, months)
            .Set(c::RecallStatus, int64_t{0})
            .Set(c::DateTStamp, stamp)
            .Set(c::RecallTypeNum, type)
            .Set(c::DateScheduled, scheduled)
            .SetEntered(entered);
        sink_.Write(r);
    }

    ProducerSink sink_;
    const PatientContext* patient_ = nullptr;
    const PatientLife* life_ = nullptr;
    Row appointment_{TableId::appointment};
    Row history_{TableId::histappointment};
    Row procedure_{TableId::procedurelog};
    Row recall_{TableId::recall};
};

VisitWriter::VisitWriter(RowSink& sink) : impl_(std::make_unique<Impl>(sink)) {}
VisitWriter::~VisitWriter() = default;
void VisitWriter::Write(const PatientContext& patient, const PatientLife& life) { impl_->Write(patient, life); }

}  // namespace dentsynth::core
