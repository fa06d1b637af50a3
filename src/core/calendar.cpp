// Month arithmetic and formatting for civil dates.
#include "core/calendar.hpp"

#include <cstdio>

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {
constexpr bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }
constexpr int DaysInMonth(int year, int month) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}
static_assert(DayOfWeek(MakeDate(2023, 1, 1)) == 0, "2023-01-01 was a Sunday");
static_assert(ToCivil(MakeDate(2024, 2, 29)).day == 29);
}  // namespace

Date AddMonths(Date date, int months) {
    const CivilDate civil = ToCivil(date);
    const int total = civil.year * 12 + (civil.month - 1) + months;
    const int year = total / 12;
    const int month = total % 12 + 1;
    const int day = civil.day > DaysInMonth(year, month) ? DaysInMonth(year, month) : civil.day;
    return MakeDate(year, month, day);
}

std::string ToIsoString(Date date) {
    const CivilDate civil = ToCivil(date);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", civil.year, civil.month, civil.day);
    return text;
}

std::string ToIsoString(Timestamp t) {
    const Date day = DateOf(t);
    const int64_t micros = t.micros - int64_t{day.days} * kMicrosPerDay;
    const int64_t seconds = micros / kMicrosPerSecond;
    char text[48];
    std::snprintf(text, sizeof text, "%s %02d:%02d:%02d", ToIsoString(day).c_str(), static_cast<int>(seconds / 3600),
                  static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
    std::string out = text;
    if (micros % kMicrosPerSecond != 0) {
        std::snprintf(text, sizeof text, ".%06d", static_cast<int>(micros % kMicrosPerSecond));
        out += text;
    }
    return out;
}

}  // namespace dentsynth::core
