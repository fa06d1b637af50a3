// A patient's office tasks as they stand at as_of: the task rows, a history row per change
// (taskhist), the front desk's note on some (tasknote), and the tasks another subscriber of the
// list (a front-desk user or the office manager) never opens (taskunread).
// Vocabulary: a task is "created" by a front-desk user (the creator), "viewed" and later "done"
// by the user who works it (the handler); a "noted" task got one note in between. A history row
// is the task as it stood right after one change, stamped with that change's time and user.
// Keys: TaskNum = PatientKey(pat, local) with local = 1 + kind * kLocalsPerKind + index, the index
// being the appointment (lab check, broken appointment, treatment follow-up), hygiene visit
// (recall) or insurance claim (claim follow-up) the task comes from; TaskHistNum = PatientKey(pat, local * 4 + change); TaskNoteNum
// and TaskUnreadNum = TaskNum (at most one each). Rates: docs/BUSINESS_LOGIC.md ("office tasks").
#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>
#include <vector>

#include "core/insurance/insurance_claims.hpp"
#include "core/money_text.hpp"
#include "core/office/office_tasks.hpp"
#include "core/patients/roster.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/practice/office_records.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"
#include "core/visits/visit_tables.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

enum class TaskKind { kLabCheck = 0, kRecall = 1, kBrokenAppointment = 2, kTreatmentFollowUp = 3, kClaimFollowUp = 4 };
constexpr int64_t kLocalsPerKind = 5000;
enum Change { kCreated = 0, kViewed = 1, kNoted = 2, kDone = 3 };

// OpenDental TaskObjectType: 1 patient (KeyNum = PatNum), 2 appointment (KeyNum = AptNum).
constexpr int kObjectPatient = 1;
constexpr int kObjectAppointment = 2;
// TaskStatus: 0 new, 1 viewed, 2 done.
constexpr int kStatusNew = 0;
constexpr int kStatusViewed = 1;
constexpr int kStatusDone = 2;

constexpr double kLeftOpenChance = 0.04;  // a task nobody marks done
constexpr double kInboxChance = 0.10;  // sent to one user's inbox rather than an office list
constexpr double kSameHandlerChance = 0.6;  // the creator works the task itself
constexpr double kNoteChance = 0.40;  // calls leave a note ("Left message", ...)
constexpr double kLabNoteChance = 0.20;
constexpr double kUnreadChance = 0.10;  // a second subscribed user never opens it
constexpr double kHighPriorityChance = 0.10;  // other than lab checks
constexpr double kLabHighPriorityChance = 0.5;  // the crown visit depends on it

constexpr const char* kCallNotes[] = {"Left message", "Pt will call back", "No answer, sent text", "Spoke with pt, will check schedule",
                                      "Left voicemail on cell"};
constexpr const char* kClaimNotes[] = {"Called carrier: claim in process", "Carrier asked for X-rays, attachment sent",
                                       "Resent claim electronically", "Rep says payment issued, check in the mail",
                                       "Spoke with rep, claim sent back for reprocessing"};
constexpr int kClaimFollowUpDays = 30;  // the unpaid-claims report flags claims out this long
constexpr const char* kLabNotes[] = {"Case is back, in the lab box", "Called lab: arriving tomorrow morning",
                                     "Case checked against the model"};

template <typename T, size_t N>
T PickFrom(EntityRng& rng, const T (&items)[N]) {
    return items[static_cast<size_t>(rng.Uniform(0, static_cast<int64_t>(N) - 1))];
}

// The visits that end in an exam and a recall (life.cpp HygieneVisit).
bool IsHygieneKind(VisitKind kind) {
    return kind == VisitKind::kNewPatient || kind == VisitKind::kRecall || kind == VisitKind::kPerioMaintenance;
}

bool IsWeekend(Date day) { return DayOfWeek(day) == 0 || DayOfWeek(day) == 6; }

Date OnOrAfterWeekday(Date day) {
    while (IsWeekend(day)) day = day + 1;
    return day;
}

Date OnOrBeforeWeekday(Date day) {
    while (IsWeekend(day)) day = day - 1;
    return day;
}

// Dates and times as the front desk types them: 3/14/2025, 2:30 PM.
std::string UsDate(Date day) {
    const CivilDate c = ToCivil(day);
    return std::to_string(c.month) + "/" + std::to_string(c.day) + "/" + std::to_string(c.year);
}

std::string UsTime(Timestamp t) {
    const int64_t minutes = (t.micros - int64_t{DateOf(t).days} * kMicrosPerDay) / kMicrosPerMinute;
    const int hour = static_cast<int>(minutes / 60);
    char text[16];
    std::snprintf(text, sizeof text, "%d:%02d %s", hour % 12 == 0 ? 12 : hour % 12, static_cast<int>(minutes % 60),
                  hour < 12 ? "AM" : "PM");
    return text;
}

// One task's whole story, whatever as_of is.
struct TaskStory {
    int64_t local = 0;
    int64_t task_num = 0;
    int64_t list = 0;
    int object_type = kObjectPatient;
    int64_t key_num = 0;
    Date date_task = kZeroDate;
    std::string descript;
    int64_t priority = def::kTaskPriorityNormal;
    int64_t category = 0;  // the kind of work (task category definition)
    int64_t creator = 0;
    int64_t handler = 0;
    Timestamp created;
    Timestamp viewed;
    Timestamp noted;  // kZeroTimestamp when no note
    Timestamp done;  // kZeroTimestamp when never done
    const char* note = "";
    int64_t unread_user = 0;  // a subscribed user who never opens it, or 0
};

class TaskWriter {
public:
    TaskWriter(const PatientContext& patient, const PatientLife& life, const InsuranceOutcome& insurance, RowSink& sink)
        : patient_(patient),
          life_(life),
          insurance_(insurance),
          sink_(sink),
          front_desk_(FrontDeskUserNums(patient.practice)),
          billing_(BillingUserNums(patient.practice)),
          subscribers_(TaskListSubscriberNums(patient.practice)) {}

    void WriteAll() {
        for (size_t j = 0; j < life_.appointments.size() && j < static_cast<size_t>(kLocalsPerKind); ++j) {
            const AppointmentStory& apt = life_.appointments[j];
            if (apt.kind == VisitKind::kRestorative && apt.outcome != Outcome::kPlanned) LabCheck(j, apt);
            if (apt.outcome == Outcome::kMissed) BrokenAppointment(j, apt);
            if (IsHygieneKind(apt.kind) && apt.outcome == Outcome::kKept) TreatmentFollowUp(j, apt);
        }
        for (size_t i = 0; i < life_.hygiene_visits.size() && i < static_cast<size_t>(kLocalsPerKind); ++i) Recall(i);
        for (size_t i = 0; i < insurance_.claims.size() && i < static_cast<size_t>(kLocalsPerKind); ++i)
            ClaimFollowUp(i, insurance_.claims[i]);
    }

private:
    // Whether the patient is still with the practice (and alive) on `day`.
    bool StillPatient(Date day) const {
        if (patient_.family.leave != kZeroDate && day >= patient_.family.leave) return false;
        if (patient_.person.deceased != kZeroDate && day >= patient_.person.deceased) return false;
        return true;
    }

    static int64_t LocalOf(TaskKind kind, size_t index) {
        return 1 + static_cast<int64_t>(kind) * kLocalsPerKind + static_cast<int64_t>(index);
    }

    // A crown visit: the lab case must be back and checked; the front desk makes the task two
    // (working) days ahead, when the morning huddle looks at the week's crown seats.
    void LabCheck(size_t index, const AppointmentStory& apt) {
        const ProcedureStory* crown = nullptr;
        for (const int64_t num : apt.proc_nums)
            for (const ProcedureStory& p : life_.procedures)
                if (p.proc_num == num && p.code->code == "D2740") crown = &p;
        if (crown == nullptr) return;
        const Date visit = DateOf(apt.slot.start);
        const Date made = OnOrBeforeWeekday(visit - 2);
        TaskStory t = Begin(TaskKind::kLabCheck, index);
        EntityRng rng(patient_.practice.params.seed, Stream::kOfficeTask, static_cast<uint64_t>(t.task_num));
        t.created = At(made, 8, static_cast<int>(rng.Uniform(0, 45)));
        if (t.created <= apt.created || !StillPatient(made)) return;
        t.list = kTaskListLabCases;
        t.object_type = kObjectAppointment;
        t.key_num = apt.apt_num;
        t.date_task = OnOrBeforeWeekday(visit - 1);
        t.descript = "Crown #" + crown->tooth + " seats " + UsDate(visit) + " " + UsTime(apt.slot.start) + ": check the lab case is back";
        t.priority = rng.Chance(kLabHighPriorityChance) ? def::kTaskPriorityHigh : def::kTaskPriorityNormal;
        // Checked the day before the visit.
        const Timestamp done = At(t.date_task, static_cast<int>(rng.Uniform(10, 15)), static_cast<int>(rng.Uniform(0, 59)));
        Finish(t, rng, done, kLabNoteChance, kLabNotes);
    }

    // A no-show: the next working morning someone calls to rebook.
    void BrokenAppointment(size_t index, const AppointmentStory& apt) {
        const Date missed = DateOf(apt.slot.start);
        const Date made = OnOrAfterWeekday(missed + 1);
        TaskStory t = Begin(TaskKind::kBrokenAppointment, index);
        EntityRng rng(patient_.practice.params.seed, Stream::kOfficeTask, static_cast<uint64_t>(t.task_num));
        t.created = At(made, static_cast<int>(rng.Uniform(8, 10)), static_cast<int>(rng.Uniform(0, 59)));
        if (!StillPatient(made)) return;
        t.list = kTaskListCallbacks;
        t.object_type = kObjectAppointment;
        t.key_num = apt.apt_num;
        t.date_task = made;
        t.descript = "Broken appt " + UsDate(missed) + " " + UsTime(apt.slot.start) + ": call to reschedule";
        t.priority = rng.Chance(kHighPriorityChance) ? def::kTaskPriorityHigh : def::kTaskPriorityNormal;
        Finish(t, rng, CallDone(rng, made), kNoteChance, kCallNotes);
    }

    // Treatment diagnosed at an exam that the patient did not accept (no planned appointment holds
    // it): two weeks later the front desk follows up.
    void TreatmentFollowUp(size_t index, const AppointmentStory& exam) {
        const Timestamp planned_at = AddMinutes(exam.slot.start, 30);  // when life.cpp charts the findings
        std::string codes;
        int found = 0;
        for (const ProcedureStory& p : life_.procedures) {
            if (p.entry != planned_at || p.initial_status != kProcTreatPlanned) continue;
            if (p.planned_apt_num != 0) return;  // accepted
            if (found++ < 4) codes += (codes.empty() ? "" : ", ") + p.code->abbreviation;
        }
        if (found == 0) return;
        const Date exam_day = DateOf(exam.slot.start);
        const Date made = OnOrAfterWeekday(exam_day + 14);
        TaskStory t = Begin(TaskKind::kTreatmentFollowUp, index);
        EntityRng rng(patient_.practice.params.seed, Stream::kOfficeTask, static_cast<uint64_t>(t.task_num));
        t.created = At(made, static_cast<int>(rng.Uniform(9, 11)), static_cast<int>(rng.Uniform(0, 59)));
        if (!StillPatient(made)) return;
        t.list = kTaskListFrontDesk;
        t.object_type = kObjectPatient;
        t.key_num = life_.pat_num;
        t.date_task = made;
        t.descript = "Tx plan from " + UsDate(exam_day) + " exam not scheduled (" + codes + (found > 4 ? ", ..." : "") + "): follow up";
        t.priority = rng.Chance(kHighPriorityChance) ? def::kTaskPriorityHigh : def::kTaskPriorityNormal;
        Finish(t, rng, CallDone(rng, made), kNoteChance, kCallNotes);
    }

    // A hygiene visit's recall that fell due with no hygiene appointment on the books: one to
    // three weeks past the due date the recall report shows it and a task is made to call.
    void Recall(size_t index) {
        const Date visit = life_.hygiene_visits[index];
        const bool perio = life_.perio && life_.perio_since != kZeroDate && life_.perio_since <= visit;
        const Date due = AddMonths(visit, perio ? 3 : 6);
        TaskStory t = Begin(TaskKind::kRecall, index);
        EntityRng rng(patient_.practice.params.seed, Stream::kOfficeTask, static_cast<uint64_t>(t.task_num));
        const Date made = OnOrAfterWeekday(due + static_cast<int>(rng.Uniform(7, 21)));
        t.created = At(made, static_cast<int>(rng.Uniform(9, 11)), static_cast<int>(rng.Uniform(0, 59)));
        if (!StillPatient(made)) return;
        if (index + 1 < life_.hygiene_visits.size() && life_.hygiene_visits[index + 1] <= made) return;  // came back in time
        for (const AppointmentStory& apt : life_.appointments) {
            if (!IsHygieneKind(apt.kind) || apt.outcome == Outcome::kPlanned || apt.created > t.created) continue;
            if (TimesOf(apt, life_.pat_num).resolved > t.created) return;  // booked and still ahead
        }
        t.list = kTaskListRecall;
        t.object_type = kObjectPatient;
        t.key_num = life_.pat_num;
        t.date_task = made;
        t.descript = "Recall overdue (due " + UsDate(due) + "): call to schedule " + (perio ? "perio maintenance" : "cleaning and exam");
        t.priority = rng.Chance(kHighPriorityChance) ? def::kTaskPriorityHigh : def::kTaskPriorityNormal;
        Finish(t, rng, CallDone(rng, made), kNoteChance, kCallNotes);
    }

    // A claim the carrier has not answered 30 days after it went out, or one it denied: billing
    // calls the carrier (the unpaid-claims report of the Claims Follow-up list).
    void ClaimFollowUp(size_t index, const ClaimStory& c) {
        Date made;
        std::string problem;
        if (c.denied) {
            made = OnOrAfterWeekday(DateOf(c.received) + 1);
            problem = "denied: review the EOB, correct and resubmit or bill the patient";
        } else if (DateOf(c.received) - DateOf(c.sent) > kClaimFollowUpDays) {
            made = OnOrAfterWeekday(DateOf(c.sent) + kClaimFollowUpDays);
            problem = "unpaid after 30 days: call the carrier";
        } else {
            return;
        }
        TaskStory t = Begin(TaskKind::kClaimFollowUp, index);
        EntityRng rng(patient_.practice.params.seed, Stream::kOfficeTask, static_cast<uint64_t>(t.task_num));
        t.created = At(made, static_cast<int>(rng.Uniform(8, 10)), static_cast<int>(rng.Uniform(0, 59)));
        if (!c.denied && t.created >= c.received) return;  // paid before anyone looked
        int64_t fee = 0;
        for (const ClaimLine& line : c.lines) fee += line.fee;
        t.list = kTaskListClaimsFollowUp;
        t.object_type = kObjectPatient;
        t.key_num = life_.pat_num;
        t.date_task = made;
        t.descript = std::string(c.ordinal == 1 ? "Primary" : "Secondary") + " claim for " + UsDate(c.service) + " (" + DollarText(fee) +
                     "), sent " + UsDate(DateOf(c.sent)) + ", " + problem;
        t.priority = c.denied ? def::kTaskPriorityHigh : def::kTaskPriorityNormal;
        Finish(t, rng, CallDone(rng, made), kNoteChance, kClaimNotes, billing_);
    }

    TaskStory Begin(TaskKind kind, size_t index) const {
        TaskStory t;
        t.local = LocalOf(kind, index);
        t.task_num = PatientKey(life_.pat_num, t.local);
        t.category = CategoryOf(kind);
        return t;
    }

    // The task category the front desk files each kind of task under: every task these routines
    // make is one of the office's known kinds of work, so none is left uncategorised.
    static int64_t CategoryOf(TaskKind kind) {
        switch (kind) {
            case TaskKind::kLabCheck:
                return def::kTaskCatLabCases;
            case TaskKind::kRecall:
                return def::kTaskCatRecall;
            case TaskKind::kBrokenAppointment:
                return def::kTaskCatScheduling;
            case TaskKind::kTreatmentFollowUp:
                return def::kTaskCatTreatmentPlans;
            case TaskKind::kClaimFollowUp:
                return def::kTaskCatInsurance;
        }
        return 0;
    }

    // Calls are worked one to five days after the task is made, during office hours.
    static Timestamp CallDone(EntityRng& rng, Date made) {
        const Date day = OnOrAfterWeekday(made + static_cast<int>(rng.Uniform(1, 5)));
        return At(day, static_cast<int>(rng.Uniform(9, 16)), static_cast<int>(rng.Uniform(0, 59)));
    }

    // Decides who works the task and when it is viewed, noted and done, then writes it.
    template <size_t N>
    void Finish(TaskStory& t, EntityRng& rng, Timestamp done, double note_chance, const char* const (&notes)[N]) {
        Finish(t, rng, done, note_chance, notes, front_desk_);
    }

    // Who works it (one of `users`), and when it is viewed, noted and done.
    template <size_t N>
    void Finish(TaskStory& t, EntityRng& rng, Timestamp done, double note_chance, const char* const (&notes)[N],
                const std::vector<int64_t>& users) {
        const int64_t count = static_cast<int64_t>(users.size());
        t.creator = users[static_cast<size_t>(rng.Uniform(0, count - 1))];
        t.handler = rng.Chance(kSameHandlerChance) ? t.creator : users[static_cast<size_t>(rng.Uniform(0, count - 1))];
        if (rng.Chance(kInboxChance)) {
            const int64_t inbox = InboxOf(patient_.practice, t.handler);
            if (inbox != 0) t.list = inbox;
        }
        // Viewed within the next hours; after closing time it waits for the next working morning.
        t.viewed = AddMinutes(t.created, rng.Uniform(5, 180));
        if (t.viewed > At(DateOf(t.viewed), 17, 0))
            t.viewed = At(OnOrAfterWeekday(DateOf(t.viewed) + 1), 8, static_cast<int>(rng.Uniform(0, 50)));
        const bool left_open = rng.Chance(kLeftOpenChance);
        t.done = left_open ? kZeroTimestamp : std::max(done, AddMinutes(t.viewed, 20));
        if (rng.Chance(note_chance)) {
            t.note = PickFrom(rng, notes);
            t.noted = left_open ? AddMinutes(t.viewed, rng.Uniform(30, 300))
                                : Timestamp{t.viewed.micros + static_cast<int64_t>(static_cast<double>(t.done.micros - t.viewed.micros) *
                                                                                   (0.2 + 0.6 * rng.Unit()))};
        } else {
            t.noted = kZeroTimestamp;
        }
        // Another subscriber of the list (a front-desk user or the office manager) may never open it
        // (office lists only: an inbox is private).
        if (std::find(std::begin(kSubscribedTaskLists), std::end(kSubscribedTaskLists), t.list) != std::end(kSubscribedTaskLists) &&
            rng.Chance(kUnreadChance)) {
            others_.clear();
            for (const int64_t user : subscribers_)
                if (user != t.handler && user != t.creator) others_.push_back(user);
            if (!others_.empty()) t.unread_user = others_[static_cast<size_t>(rng.Uniform(0, static_cast<int64_t>(others_.size()) - 1))];
        }
        Write(t);
    }

    bool Happened(Timestamp t) const { return t != kZeroTimestamp && patient_.Happened(t); }

    void Write(const TaskStory& t) {
        if (!patient_.Happened(t.created)) return;
        if (sink_.Wants(TableId::task)) {
            const int status = Happened(t.done) ? kStatusDone : Happened(t.viewed) ? kStatusViewed : kStatusNew;
            const Timestamp edit = Happened(t.done) ? t.done : Happened(t.viewed) ? t.viewed : t.created;
            FillTask<TaskCols>(task_, t, status, Happened(t.done) ? t.done : kZeroTimestamp, edit);
            task_.Set(col::task::TaskNum, t.task_num);
            sink_.Write(task_);
        }
        if (sink_.Wants(TableId::taskhist)) {
            WriteHistory(t, kCreated, t.created, t.creator, kStatusNew, kZeroTimestamp, t.created, false);
            if (Happened(t.viewed)) WriteHistory(t, kViewed, t.viewed, t.handler, kStatusViewed, kZeroTimestamp, t.viewed, false);
            if (Happened(t.noted)) WriteHistory(t, kNoted, t.noted, t.handler, kStatusViewed, kZeroTimestamp, t.viewed, true);
            if (Happened(t.done)) WriteHistory(t, kDone, t.done, t.handler, kStatusDone, t.done, t.done, false);
        }
        if (sink_.Wants(TableId::tasknote) && Happened(t.noted)) {
            namespace c = col::tasknote;
            note_.Reset();
            note_.Set(c::TaskNoteNum, t.task_num)
                .Set(c::TaskNum, t.task_num)
                .Set(c::UserNum, t.handler)
                .Set(c::DateTimeNote, t.noted)
                .Set(c::Note, t.note);
            sink_.Write(note_);
        }
        if (sink_.Wants(TableId::taskunread) && t.unread_user != 0) {
            namespace c = col::taskunread;
            unread_.Reset();
            unread_.Set(c::TaskUnreadNum, t.task_num).Set(c::TaskNum, t.task_num).Set(c::UserNum, t.unread_user);
            sink_.Write(unread_);
        }
    }

    void WriteHistory(const TaskStory& t, Change change, Timestamp when, int64_t user, int status, Timestamp finished, Timestamp edit,
                      bool note_change) {
        namespace c = col::taskhist;
        FillTask<HistCols>(hist_, t, status, finished, edit);
        hist_.Set(c::TaskHistNum, PatientKey(life_.pat_num, t.local * 4 + change))
            .Set(c::UserNumHist, user)
            .Set(c::DateTStamp, when)
            .Set(c::IsNoteChange, note_change)
            .Set(c::TaskNum, t.task_num);
        sink_.Write(hist_);
    }

    // The task columns shared by task and taskhist rows, as the task stood with `status`.
    template <typename Columns>
    static void FillTask(Row& r, const TaskStory& t, int status, Timestamp finished, Timestamp edit) {
        r.Reset();
        // FromNum names the user the task came from, as the practice's task lists do (the
        // downstream checks it against userod).
        r.Set(Columns::TaskListNum, t.list)
            .Set(Columns::DateTask, t.date_task)
            .Set(Columns::KeyNum, t.key_num)
            .Set(Columns::Descript, t.descript)
            .Set(Columns::TaskStatus, status)
            .Set(Columns::IsRepeating, false)
            .Set(Columns::DateType, false)
            .Set(Columns::FromNum, t.creator)
            .Set(Columns::ObjectType, t.object_type)
            .Set(Columns::DateTimeEntry, t.created)
            .Set(Columns::UserNum, t.creator)
            .Set(Columns::DateTimeFinished, finished)
            .Set(Columns::PriorityDefNum, t.priority)
            .Set(Columns::ReminderGroupId, "")
            .Set(Columns::ReminderType, 0)
            .Set(Columns::ReminderFrequency, 0)
            .Set(Columns::DateTimeOriginal, t.created)
            .Set(Columns::SecDateTEdit, edit)
            .Set(Columns::DescriptOverride, "")
            .Set(Columns::IsReadOnly, false)
            .Set(Columns::Category, t.category);
    }

#define DENTSYNTH_TASK_COLUMNS(ns)                 \
    enum : int {                                   \
        TaskListNum = ns::TaskListNum,             \
        DateTask = ns::DateTask,                   \
        KeyNum = ns::KeyNum,                       \
        Descript = ns::Descript,                   \
        TaskStatus = ns::TaskStatus,               \
        IsRepeating = ns::IsRepeating,             \
        DateType = ns::DateType,                   \
        FromNum = ns::FromNum,                     \
        ObjectType = ns::ObjectType,               \
        DateTimeEntry = ns::DateTimeEntry,         \
        UserNum = ns::UserNum,                     \
        DateTimeFinished = ns::DateTimeFinished,   \
        PriorityDefNum = ns::PriorityDefNum,       \
        ReminderGroupId = ns::ReminderGroupId,     \
        ReminderType = ns::ReminderType,           \
        ReminderFrequency = ns::ReminderFrequency, \
        DateTimeOriginal = ns::DateTimeOriginal,   \
        SecDateTEdit = ns::SecDateTEdit,           \
        DescriptOverride = ns::DescriptOverride,   \
        IsReadOnly = ns::IsReadOnly,               \
        Category = ns::Category                    \
    }
    struct TaskCols {
        DENTSYNTH_TASK_COLUMNS(col::task);
    };
    struct HistCols {
        DENTSYNTH_TASK_COLUMNS(col::taskhist);
    };
#undef DENTSYNTH_TASK_COLUMNS

    const PatientContext& patient_;
    const PatientLife& life_;
    const InsuranceOutcome& insurance_;
    RowSink& sink_;
    std::vector<int64_t> front_desk_;
    std::vector<int64_t> billing_;
    std::vector<int64_t> subscribers_;
    std::vector<int64_t> others_;
    Row task_{TableId::task};
    Row hist_{TableId::taskhist};
    Row note_{TableId::tasknote};
    Row unread_{TableId::taskunread};
};

}  // namespace

bool WantsOfficeTasks(const RowSink& sink) { return WantsAny(sink, kProducer); }

void EmitOfficeTasks(const PatientContext& patient, const PatientLife& life, const InsuranceOutcome& insurance, RowSink& out) {
    ProducerSink sink(out, kProducer);
    if (!sink.WantsAny()) return;
    TaskWriter(patient, life, insurance, sink).WriteAll();
}

}  // namespace dentsynth::core
