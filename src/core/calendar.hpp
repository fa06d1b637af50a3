// Civil dates and times without a clock. A Date is a day number counted from 1970-01-01 in the
// proleptic Gregorian calendar; a Timestamp is microseconds from 1970-01-01 00:00:00 (no time
// zone: OpenDental stores local wall-clock time); a TimeOfDay is microseconds since midnight.
// OpenDental writes "no date" as 0001-01-01, which is kZeroDate / kZeroTimestamp here.
#pragma once

#include <cstdint>
#include <string>

namespace dentsynth::core {

struct Date {
    int32_t days = 0;
    friend bool operator==(Date a, Date b) { return a.days == b.days; }
    friend auto operator<=>(Date a, Date b) { return a.days <=> b.days; }
    Date operator+(int n) const { return Date{days + n}; }
    Date operator-(int n) const { return Date{days - n}; }
    int operator-(Date other) const { return days - other.days; }
};

struct Timestamp {
    int64_t micros = 0;
    friend bool operator==(Timestamp a, Timestamp b) { return a.micros == b.micros; }
    friend auto operator<=>(Timestamp a, Timestamp b) { return a.micros <=> b.micros; }
};

struct TimeOfDay {
    int64_t micros = 0;
};

inline constexpr int64_t kMicrosPerSecond = 1000000;
inline constexpr int64_t kMicrosPerMinute = 60 * kMicrosPerSecond;
inline constexpr int64_t kMicrosPerHour = 60 * kMicrosPerMinute;
inline constexpr int64_t kMicrosPerDay = 24 * kMicrosPerHour;

// Day number of a civil date (Howard Hinnant's days_from_civil).
constexpr Date MakeDate(int year, int month, int day) {
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return Date{era * 146097 + static_cast<int>(doe) - 719468};
}

struct CivilDate {
    int year;
    int month;
    int day;
};

// The civil date of a day number (civil_from_days).
constexpr CivilDate ToCivil(Date date) {
    const int z = date.days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return CivilDate{static_cast<int>(yoe) + era * 400 + (month <= 2), month, day};
}

// 0 = Sunday ... 6 = Saturday, as OpenDental's DayOfWeek.
constexpr int DayOfWeek(Date date) {
    const int d = date.days % 7;
    return (d + 7 + 4) % 7;  // 1970-01-01 was a Thursday
}

inline constexpr Date kZeroDate = MakeDate(1, 1, 1);
inline constexpr Timestamp kZeroTimestamp = Timestamp{int64_t{MakeDate(1, 1, 1).days} * kMicrosPerDay};

constexpr Timestamp At(Date date, int hour, int minute = 0, int second = 0) {
    return Timestamp{int64_t{date.days} * kMicrosPerDay + hour * kMicrosPerHour + minute * kMicrosPerMinute + second * kMicrosPerSecond};
}

constexpr Timestamp AddMinutes(Timestamp t, int64_t minutes) { return Timestamp{t.micros + minutes * kMicrosPerMinute}; }
constexpr Timestamp AddSeconds(Timestamp t, int64_t seconds) { return Timestamp{t.micros + seconds * kMicrosPerSecond}; }

constexpr Date DateOf(Timestamp t) {
    int64_t days = t.micros / kMicrosPerDay;
    if (t.micros % kMicrosPerDay < 0) --days;
    return Date{static_cast<int32_t>(days)};
}

constexpr TimeOfDay ClockTime(int hour, int minute = 0) { return TimeOfDay{hour * kMicrosPerHour + minute * kMicrosPerMinute}; }

// Adds calendar months, clamping the day to the month's length (Jan 31 + 1 month = Feb 28/29).
Date AddMonths(Date date, int months);

// Whole years from `from` to `to` (an age on a day); 0 when `to` is before `from`.
constexpr int WholeYears(Date from, Date to) {
    const CivilDate b = ToCivil(from);
    const CivilDate d = ToCivil(to);
    int years = d.year - b.year;
    if (d.month < b.month || (d.month == b.month && d.day < b.day)) --years;
    return years < 0 ? 0 : years;
}

// ISO text (YYYY-MM-DD), for messages and notes.
std::string ToIsoString(Date date);
// ISO text of a moment (YYYY-MM-DD HH:MM:SS, with .ffffff when it has a fraction of a second).
std::string ToIsoString(Timestamp t);

}  // namespace dentsynth::core
