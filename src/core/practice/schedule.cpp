// The practice's calendar: which days each provider and employee works, and the schedule and
// scheduleop rows that record it. Vocabulary: a "closure" is an observed US holiday on which the
// office is shut (SchedType 0, Status 2 holiday); a "provider schedule" (SchedType 1) is one
// provider's hours on one day, attached (scheduleop) to the operatories that provider works in;
// a "blockout" (SchedType 2) reserves part of an operatory's day; an "employee schedule"
// (SchedType 3) is a staff member's shift; a "block" is one calendar quarter of provider schedules,
// entered together. The office sets its providers' schedules before it books patients into them:
// the manager enters a quarter's provider schedules and closures at once (OpenDental's schedule
// setup, copying the providers' weekly pattern over the quarter) on a planning day early in the
// quarter nine months before it. So the rest of the current quarter and the next two are always
// entered, and the third from that planning day on (eight and a half to twelve months ahead), and
// the front desk books only into days already entered (ProviderSchedulesThrough). Blockouts and
// staff shifts are entered one to six weeks ahead. Rows run from start_date to the last day entered
// by the cut; a row exists once it has been entered, so every row's DateTStamp is at or before it.
// IsWorkingDay is the single rule both the rows here and the patients' booking use.
#include <algorithm>
#include <string>
#include <vector>

#include "core/generated/schema_tables.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/practice/people.hpp"
#include "core/practice/practice.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

// Chance that a given person is away in a given week: about three weeks a year for providers and
// two for staff (typical US dental office paid time off).
constexpr double kProviderVacationWeekChance = 3.0 / 50.0;
constexpr double kEmployeeVacationWeekChance = 2.0 / 50.0;

// Monday-based week number of a date (1970-01-05 was a Monday).
int64_t WeekOf(Date date) { return (static_cast<int64_t>(date.days) + 3) / 7; }

// A keyed coin flip: the same (seed, stream, person, week) always gives the same answer. It uses
// the entity seed directly instead of a full engine because IsWorkingDay is called for every
// booking the patients module considers.
bool KeyedChance(uint64_t seed, Stream stream, int64_t person, int64_t week, double p) {
    const uint64_t bits = EntitySeed(seed, stream, (static_cast<uint64_t>(person) << 32) ^ static_cast<uint64_t>(week));
    return static_cast<double>(bits >> 11) * (1.0 / 9007199254740992.0) < p;
}

Date NthWeekday(int year, int month, int weekday, int n) {
    const Date first = MakeDate(year, month, 1);
    return first + ((weekday - DayOfWeek(first) + 7) % 7) + 7 * (n - 1);
}

Date LastWeekday(int year, int month, int weekday) {
    const Date last = AddMonths(MakeDate(year, month, 1), 1) - 1;
    return last - ((DayOfWeek(last) - weekday + 7) % 7);
}

// A fixed-date holiday moved to Friday/Monday when it falls on a weekend.
Date Observed(Date date) {
    const int dow = DayOfWeek(date);
    return dow == 6 ? date - 1 : dow == 0 ? date + 1 : date;
}

// The office's closures of one calendar year (observed dates), in date order.
struct HolidayYear {
    int year = 0;
    Date dates[7];
    const char* names[7];
};

HolidayYear ComputeHolidays(int year) {
    HolidayYear h;
    h.year = year;
    const Date next_new_year = Observed(MakeDate(year + 1, 1, 1));  // may be observed on Dec 31
    const Date dates[7] = {Observed(MakeDate(year, 1, 1)),
                           LastWeekday(year, 5, 1),
                           Observed(MakeDate(year, 7, 4)),
                           NthWeekday(year, 9, 1, 1),
                           NthWeekday(year, 11, 4, 4),
                           Observed(MakeDate(year, 12, 25)),
                           next_new_year};
    const char* names[7] = {"New Year's Day", "Memorial Day",  "Independence Day", "Labor Day",
                            "Thanksgiving",   "Christmas Day", "New Year's Day"};
    for (int i = 0; i < 7; ++i) {
        h.dates[i] = dates[i];
        h.names[i] = names[i];
    }
    return h;
}

// The holiday name when the office is closed on `date`, else nullptr. Called for every provider
// and day, so the last year's closures are kept (a pure function of the year: no effect on output).
const char* ClosureOn(Date date) {
    thread_local HolidayYear cached;
    const int year = ToCivil(date).year;
    if (cached.year != year) cached = ComputeHolidays(year);
    for (int i = 0; i < 7; ++i)
        if (cached.dates[i] == date) return cached.names[i];
    return nullptr;
}

// Staff work patterns, decided per employee from its own engine.
struct Shift {
    int64_t employee_num;
    int days_mask;
    TimeOfDay start;
    TimeOfDay stop;
};

Shift ShiftOf(const Practice& practice, const EmployeeInfo& e) {
    EntityRng rng(practice.params.seed, Stream::kEmployee, static_cast<uint64_t>(e.employee_num) | (uint64_t{2} << 40));
    Shift s{e.employee_num, rng.Chance(0.7) ? 0b0111110 : 0b0011110, ClockTime(8), ClockTime(17)};
    if (e.role == "front desk" || e.role == "assistant") {
        // Clinical and front-desk staff open the office before the first patient.
        const bool early = rng.Chance(0.5);
        s.start = early ? ClockTime(7, 30) : ClockTime(8);
        s.stop = early ? ClockTime(16, 30) : ClockTime(17);
    }
    return s;
}

bool EmployeeWorks(const Practice& practice, const Shift& shift, Date date) {
    if ((shift.days_mask & (1 << DayOfWeek(date))) == 0 || ClosureOn(date) != nullptr) return false;
    return !KeyedChance(practice.params.seed, Stream::kEmployeeWeek, shift.employee_num, WeekOf(date), kEmployeeVacationWeekChance);
}

// When a blockout or staff shift for `date` was entered: one to six weeks ahead, never before the
// practice's setup. It does not look at as_of: a row entered after the cut simply does not exist yet
// (see EmitScheduleTables), so a later as_of shows the same rows plus the newly entered ones.
Timestamp ScheduleStamp(const Practice& practice, EntityRng& rng, Date date) {
    Date day = date - static_cast<int>(rng.Uniform(7, 42));
    day = std::max(day, practice.params.start_date);
    const Timestamp stamp = At(day, static_cast<int>(rng.Uniform(8, 16)), static_cast<int>(rng.Uniform(0, 59)));
    return std::max(stamp, practice.setup_time);
}

// Quarter q's provider schedules are entered during quarter q - kBlockLeadQuarters, nine months
// before it starts: a horizon that keeps six-month recalls booked at checkout (and their search for
// an opening) inside entered days.
constexpr int64_t kBlockLeadQuarters = 3;

// Calendar quarters counted from year 0 (2026-04-01 is in quarter 2026 * 4 + 1).
int64_t QuarterOf(Date date) {
    const CivilDate c = ToCivil(date);
    return int64_t{c.year} * 4 + (c.month - 1) / 3;
}

Date QuarterStart(int64_t quarter) { return MakeDate(static_cast<int>(quarter / 4), static_cast<int>(quarter % 4) * 3 + 1, 1); }

// When quarter `quarter`'s provider schedules are entered: over the lunch hour of a working day in
// the first three weeks of the quarter nine months earlier, or at the practice's setup for the
// quarters that planning day precedes. Later quarters are entered later (each planning day lies in
// its own quarter), which ProviderSchedulesThrough relies on.
Timestamp BlockEntry(const Practice& practice, int64_t quarter) {
    // Keyed bits rather than a full engine: every booking asks how far the schedules reach.
    const uint64_t bits = EntitySeed(practice.params.seed, Stream::kScheduleBlock, static_cast<uint64_t>(quarter));
    Date day = QuarterStart(quarter - kBlockLeadQuarters) + 1 + static_cast<int>(bits % 14);
    while (DayOfWeek(day) == 0 || DayOfWeek(day) == 6 || ClosureOn(day) != nullptr) day = day + 1;
    return std::max(At(day, 12, static_cast<int>((bits >> 8) % 60)), practice.setup_time);
}

// Whether a general dentist, who does the hygiene visits' exams, works on `date`.
bool DentistIn(const Practice& practice, Date date) {
    for (const ProviderInfo& p : practice.providers)
        if (!p.is_hygienist && p.specialty_def == def::kSpecialtyGeneral && IsWorkingDay(practice, p, date)) return true;
    return false;
}

}  // namespace

bool IsWorkingDay(const Practice& practice, const ProviderInfo& provider, Date date) {
    if (date < practice.params.start_date) return false;
    if ((provider.work_days_mask & (1 << DayOfWeek(date))) == 0) return false;
    if (ClosureOn(date) != nullptr) return false;
    if (KeyedChance(practice.params.seed, Stream::kProviderWeek, provider.prov_num, WeekOf(date), kProviderVacationWeekChance))
        return false;
    // Every hygiene visit ends in the dentist's exam, so hygienists work the days a dentist is in.
    return !provider.is_hygienist || DentistIn(practice, date);
}

Timestamp ProviderScheduleEntry(const Practice& practice, Date date) { return BlockEntry(practice, QuarterOf(date)); }

Date ProviderSchedulesThrough(const Practice& practice, Timestamp t) {
    if (t < practice.setup_time) return practice.params.start_date - 1;
    const int64_t quarter = QuarterOf(DateOf(t));
    // Quarter q + 2 was entered during quarter q - 1 (or at setup): only q + 3 may still be ahead.
    const int64_t last =
        BlockEntry(practice, quarter + kBlockLeadQuarters) <= t ? quarter + kBlockLeadQuarters : quarter + kBlockLeadQuarters - 1;
    return QuarterStart(last + 1) - 1;
}

Timestamp NextProviderScheduleEntry(const Practice& practice, Timestamp t) {
    const int64_t quarter = QuarterOf(DateOf(t));
    for (int64_t q = quarter + kBlockLeadQuarters - 1;; ++q) {
        const Timestamp entry = BlockEntry(practice, q);
        if (entry > t) return entry;
    }
}

void EmitScheduleTables(const Practice& practice, RowSink& out) {
    ProducerSink sink(out, kProducer);
    const bool want_sched = sink.Wants(TableId::schedule);
    const bool want_op = sink.Wants(TableId::scheduleop);
    if (!want_sched && !want_op) return;
    namespace s = col::schedule;
    Row row(TableId::schedule);
    Row op_row(TableId::scheduleop);
    std::vector<Shift> shifts;
    for (const EmployeeInfo& e : practice.employees) shifts.push_back(ShiftOf(practice, e));
    std::vector<std::vector<int64_t>> provider_ops(practice.providers.size());
    for (size_t i = 0; i < practice.providers.size(); ++i) people::OperatoriesOf(practice, practice.providers[i], provider_ops[i]);

    int64_t schedule_num = 0;
    int64_t schedule_op_num = 0;
    // Keys count every row of the schedule, entered by the cut or not, so a row keeps its number
    // whatever as_of is; rows entered after the cut are not written.
    auto write_ops = [&](const std::vector<int64_t>& ops, bool entered) {
        for (const int64_t op : ops) {
            if (want_op && entered) {
                op_row.Reset();
                op_row.Set(col::scheduleop::ScheduleOpNum, ++schedule_op_num)
                    .Set(col::scheduleop::ScheduleNum, schedule_num)
                    .Set(col::scheduleop::OperatoryNum, op);
                sink.Write(op_row);
            } else {
                ++schedule_op_num;
            }
        }
    };
    auto write_schedule = [&](Date date, TimeOfDay start, TimeOfDay stop, int type, int64_t prov, int64_t blockout, const std::string& note,
                              int status, int64_t employee, Timestamp stamp) {
        ++schedule_num;
        if (!practice.params.Happened(stamp)) return false;
        if (!want_sched) return true;
        row.Reset();
        row.Set(s::ScheduleNum, schedule_num)
            .Set(s::SchedDate, date)
            .Set(s::StartTime, start)
            .Set(s::StopTime, stop)
            .Set(s::SchedType, type)
            .Set(s::ProvNum, prov)
            .Set(s::BlockoutType, blockout)
            .Set(s::Note, note)
            .Set(s::Status, status)
            .Set(s::EmployeeNum, employee)
            .Set(s::DateTStamp, stamp)
            .Set(s::ClinicNum, int64_t{0});
        sink.Write(row);
        return true;
    };

    // Blockout kinds a general office uses day to day, with their usual length in minutes.
    struct Blockout {
        int64_t type;
        const char* note;
        int minutes;
        double weight;
    };
    static constexpr Blockout kBlockouts[] = {
        {def::kBlockoutEmergencyOnly, "Hold for emergencies", 60, 0.30}, {def::kBlockoutNewPatientOnly, "New patients only", 60, 0.20},
        {def::kBlockoutCrownBridgeOnly, "Crown & bridge", 90, 0.15},     {def::kBlockoutDoctorExamTime, "Doctor exam time", 30, 0.10},
        {def::kBlockoutStaffMeeting, "Staff meeting", 60, 0.10},         {def::kBlockoutContinuingEducation, "CE course", 240, 0.05},
        {def::kBlockoutShortNotice, "Short-notice list", 60, 0.10},
    };
    std::vector<double> blockout_weights;
    for (const Blockout& b : kBlockouts) blockout_weights.push_back(b.weight);

    // Through the last day whose provider schedules are entered by the cut; blockouts and shifts,
    // entered at most six weeks ahead, all lie before it.
    const Date end = ProviderSchedulesThrough(practice, practice.params.as_of);
    std::vector<size_t> working;
    for (Date date = practice.params.start_date; date <= end; date = date + 1) {
        EntityRng stamp_rng(practice.params.seed, Stream::kScheduleStamp, static_cast<uint64_t>(date.days));
        const Timestamp block_entry = ProviderScheduleEntry(practice, date);
        if (const char* holiday = ClosureOn(date)) {
            write_schedule(date, ClockTime(0), ClockTime(0), 0, 0, 0, std::string("Office closed: ") + holiday, 2, 0, block_entry);
            sink.Checkpoint();
            continue;
        }
        working.clear();
        for (size_t i = 0; i < practice.providers.size(); ++i) {
            const ProviderInfo& p = practice.providers[i];
            if (!IsWorkingDay(practice, p, date)) continue;
            working.push_back(i);
            const bool entered =
                write_schedule(date, ClockTime(p.start_hour), ClockTime(p.end_hour), 1, p.prov_num, 0, "", 0, 0, block_entry);
            write_ops(provider_ops[i], entered);
        }
        // About one day in four has a blockout in one working provider's operatory.
        EntityRng block_rng(practice.params.seed, Stream::kBlockoutDay, static_cast<uint64_t>(date.days));
        if (!working.empty() && block_rng.Chance(0.25)) {
            const size_t who = working[static_cast<size_t>(block_rng.Uniform(0, static_cast<int64_t>(working.size()) - 1))];
            const ProviderInfo& p = practice.providers[who];
            const Blockout& b = kBlockouts[block_rng.Weighted(blockout_weights)];
            const int day_minutes = (p.end_hour - p.start_hour) * 60;
            const int minutes = std::min(b.minutes, day_minutes);
            const int start = p.start_hour * 60 + static_cast<int>(block_rng.Uniform(0, (day_minutes - minutes) / 30)) * 30;
            if (!provider_ops[who].empty()) {
                const bool entered =
                    write_schedule(date, ClockTime(start / 60, start % 60), ClockTime((start + minutes) / 60, (start + minutes) % 60), 2, 0,
                                   b.type, b.note, 0, 0, ScheduleStamp(practice, stamp_rng, date));
                const std::vector<int64_t> one_op{
                    provider_ops[who][static_cast<size_t>(block_rng.Uniform(0, static_cast<int64_t>(provider_ops[who].size()) - 1))]};
                write_ops(one_op, entered);
            }
        }
        for (const Shift& shift : shifts) {
            if (!EmployeeWorks(practice, shift, date)) continue;
            write_schedule(date, shift.start, shift.stop, 3, 0, 0, "", 0, shift.employee_num, ScheduleStamp(practice, stamp_rng, date));
        }
        sink.Checkpoint();
    }
}

}  // namespace dentsynth::core
