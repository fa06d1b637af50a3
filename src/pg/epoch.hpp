// The one place where the core's day and microsecond counts (from 1970-01-01, core/calendar.hpp)
// meet PostgreSQL's (from 2000-01-01): arguments coming in and datums going out both convert here.
#pragma once

#include "pg/postgres_headers.hpp"

#include "core/calendar.hpp"

namespace dentsynth::pg {

inline constexpr int32 kUnixToPostgresDays = POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE;  // 10957
inline constexpr int64 kUnixToPostgresMicros = int64{kUnixToPostgresDays} * USECS_PER_DAY;

inline DateADT ToPostgresDate(int64_t core_days) { return static_cast<DateADT>(core_days - kUnixToPostgresDays); }
inline core::Date FromPostgresDate(DateADT date) { return core::Date{date + kUnixToPostgresDays}; }
inline ::Timestamp ToPostgresTimestamp(int64_t core_micros) { return core_micros - kUnixToPostgresMicros; }
inline core::Timestamp FromPostgresTimestamp(::Timestamp local) { return core::Timestamp{local + kUnixToPostgresMicros}; }

}  // namespace dentsynth::pg
