// Employees' time-card adjustments (timeadjust): the office manager's corrections to the time
// clock, a few per employee per month: overtime, paid time off, sick days, continuing-education
// hours and forgotten clock-ins. Each employee-month is decided by its own engine (kTimeAdjust),
// never from as_of; as_of only cuts the months' rows off. Rows are never edited, and TimeAdjustNum
// counts them in time order, so a later as_of shows the same rows under the same numbers.
// Rates: docs/BUSINESS_LOGIC.md ("office tasks") ("Time-card adjustments").
#include <algorithm>
#include <iterator>
#include <vector>

#include "core/practice/definition_ids.hpp"
#include "core/practice/office_records.hpp"
#include "core/practice/people.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

// How many adjustments an employee has in a month: most months none or one or two.
constexpr double kCountWeights[] = {0.30, 0.35, 0.25, 0.10};

struct AdjustmentKind {
    int64_t pto_def;  // 0 for hours that are not paid time off
    bool overtime;  // hours go to OTimeHours
    int min_quarters;  // hours, in quarter hours
    int max_quarters;
    const char* notes[3];
};

// Overtime and PTO are the common entries; sick days, CE hours and forgotten clock-ins the rest.
constexpr AdjustmentKind kKinds[] = {
    {0, true, 2, 12, {"Stayed late for emergency patient", "Month-end billing", "Covered for coworker"}},
    {def::kTimeAdjPto, false, 16, 32, {"PTO", "Vacation day", "Personal day"}},
    {def::kTimeAdjSick, false, 16, 32, {"Sick day", "Sick, left early", "Sick child"}},
    {def::kTimeAdjTraining, false, 8, 32, {"CE course", "OSHA training", "Software training"}},
    {0, false, 1, 6, {"Forgot to clock in", "Missed clock-out", "Clock-in correction"}},
};
constexpr double kKindWeights[] = {0.35, 0.25, 0.12, 0.08, 0.20};

struct Adjustment {
    Timestamp entry;
    int64_t employee;
    int order;
    const AdjustmentKind* kind;
    int quarters;
    int note;
};

// The user who keeps the time cards: the office manager's login (an administrator), else user 1.
int64_t TimeCardUser(const Practice& practice) {
    for (const UserInfo& u : practice.users)
        if (u.user_group_num == people::kGroupAdmin && u.employee_num != 0) return u.user_num;
    return practice.users.empty() ? 0 : practice.users.front().user_num;
}

TimeOfDay Hours(int quarters) { return TimeOfDay{quarters * 15 * kMicrosPerMinute}; }

// A weekday in [first, last], or kZeroDate when there is none.
Date PickWeekday(EntityRng& rng, Date first, Date last) {
    for (int attempt = 0; attempt < 20; ++attempt) {
        const Date day = first + static_cast<int>(rng.Uniform(0, last - first));
        if (DayOfWeek(day) != 0 && DayOfWeek(day) != 6) return day;
    }
    return kZeroDate;
}

}  // namespace

void EmitTimeAdjustments(const Practice& practice, RowSink& out) {
    ProducerSink sink(out, kProducer);
    if (!sink.Wants(TableId::timeadjust)) return;
    namespace c = col::timeadjust;
    const GenerationParams& params = practice.params;
    const Timestamp earliest = practice.setup_time;
    const int64_t entered_by = TimeCardUser(practice);
    const CivilDate start = ToCivil(params.start_date);
    const Date first_month = MakeDate(start.year, start.month, 1);
    Row row(TableId::timeadjust);
    int64_t num = 0;
    std::vector<Adjustment> month_rows;
    for (int64_t month = 0;; ++month) {
        const Date month_start = AddMonths(first_month, static_cast<int>(month));
        if (!params.Happened(At(month_start, 0))) break;
        const Date first_day = std::max(month_start, params.start_date);
        const Date last_day = AddMonths(month_start, 1) - 1;
        month_rows.clear();
        for (const EmployeeInfo& e : practice.employees) {
            EntityRng rng(params.seed, Stream::kTimeAdjust, (static_cast<uint64_t>(e.employee_num) << 20) | static_cast<uint64_t>(month));
            const int count = rng.Weighted(kCountWeights);
            for (int k = 0; k < count; ++k) {
                const AdjustmentKind& kind = kKinds[rng.Weighted(kKindWeights)];
                const Date day = PickWeekday(rng, first_day, last_day);
                const int quarters = static_cast<int>(rng.Uniform(kind.min_quarters, kind.max_quarters));
                const int note = static_cast<int>(rng.Uniform(0, 2));
                // Entered at the end of the day it applies to, as the manager reviews the clock.
                const Timestamp entry = At(day, 17, static_cast<int>(rng.Uniform(0, 50)), static_cast<int>(rng.Uniform(0, 59)));
                if (day == kZeroDate || entry < earliest) continue;
                month_rows.push_back({entry, e.employee_num, k, &kind, quarters, note});
            }
        }
        std::sort(month_rows.begin(), month_rows.end(), [](const Adjustment& a, const Adjustment& b) {
            if (a.entry != b.entry) return a.entry < b.entry;
            if (a.employee != b.employee) return a.employee < b.employee;
            return a.order < b.order;
        });
        for (const Adjustment& a : month_rows) {
            if (!params.Happened(a.entry)) return;  // rows are in time order: the rest have not been entered yet
            const bool pto = a.kind->pto_def != 0;
            row.Reset();
            row.Set(c::TimeAdjustNum, ++num)
                .Set(c::EmployeeNum, a.employee)
                .Set(c::TimeEntry, a.entry)
                .Set(c::RegHours, !pto && !a.kind->overtime ? Hours(a.quarters) : Hours(0))
                .Set(c::OTimeHours, a.kind->overtime ? Hours(a.quarters) : Hours(0))
                .Set(c::Note, a.kind->notes[a.note])
                .Set(c::IsAuto, false)
                .Set(c::ClinicNum, int64_t{0})
                .Set(c::PtoDefNum, a.kind->pto_def)
                .Set(c::PtoHours, pto ? Hours(a.quarters) : Hours(0))
                .Set(c::IsUnpaidProtectedLeave, false)
                .Set(c::SecuUserNumEntry, entered_by);
            sink.Write(row);
        }
    }
}

}  // namespace dentsynth::core
