// Argument decoding for the SQL entry points. Dates and moments move from PostgreSQL's 2000 epoch
// to the core's 1970 epoch here; infinite ones are refused.
#include "pg/arguments.hpp"

#include "core/errors.hpp"

namespace dentsynth::pg {

namespace {

constexpr int32 kPostgresToUnixDays = POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE;
constexpr int64 kPostgresToUnixMicros = int64{kPostgresToUnixDays} * USECS_PER_DAY;

void RequireNotNull(FunctionCallInfo fcinfo, int index, const char* parameter) {
    if (PG_NARGS() <= index || PG_ARGISNULL(index))
        throw core::Error(core::ErrorKind::kNullParameter, std::string("parameter \"") + parameter + "\" must not be NULL",
                          std::string("Pass a value for ") + parameter + " or leave it out to use its default.");
}

core::Date ReadDate(FunctionCallInfo fcinfo, int index, const char* parameter) {
    RequireNotNull(fcinfo, index, parameter);
    const DateADT date = PG_GETARG_DATEADT(index);
    if (DATE_NOT_FINITE(date))
        throw core::Error(core::ErrorKind::kInvalidParameter, std::string("invalid value for parameter \"") + parameter + "\": infinity",
                          std::string(parameter) + " must be a finite date.");
    return core::Date{date + kPostgresToUnixDays};
}

// as_of is declared timestamptz, the one type a date, a timestamp (localtimestamp), a text literal
// and now() all reach without a cast. The generator works in wall-clock time (OpenDental stores
// local time without a zone), so the moment is read as the session's TimeZone shows it: exactly
// how PostgreSQL casts timestamptz to timestamp, and how it compares a raw timestamp column with
// current_timestamp. A date or timestamp argument comes back unchanged (its midnight, its time),
// whatever the TimeZone.
core::Timestamp ReadMoment(FunctionCallInfo fcinfo, int index, const char* parameter) {
    RequireNotNull(fcinfo, index, parameter);
    const TimestampTz moment = PG_GETARG_TIMESTAMPTZ(index);
    if (TIMESTAMP_NOT_FINITE(moment))
        throw core::Error(core::ErrorKind::kInvalidParameter, std::string("invalid value for parameter \"") + parameter + "\": infinity",
                          std::string(parameter) + " must be a finite date or timestamp.");
    // timestamp2tm and tm2timestamp report overflow by their result, never by raising an error.
    struct pg_tm tm;
    fsec_t fsec;
    int zone;
    ::Timestamp local;
    if (timestamp2tm(moment, &zone, &tm, &fsec, nullptr, nullptr) != 0 || tm2timestamp(&tm, fsec, nullptr, &local) != 0)
        throw core::Error(core::ErrorKind::kInvalidParameter, std::string("invalid value for parameter \"") + parameter + "\": out of range",
                          std::string(parameter) + " must be a date or timestamp between 1990 and 2099.");
    return core::Timestamp{local + kPostgresToUnixMicros};
}

}  // namespace

core::GenerationParams ReadGenerationParams(FunctionCallInfo fcinfo) {
    core::GenerationParams params;
    RequireNotNull(fcinfo, 0, "patients");
    params.patients = PG_GETARG_INT32(0);
    RequireNotNull(fcinfo, 1, "seed");
    params.seed = static_cast<uint64_t>(PG_GETARG_INT64(1));
    params.start_date = ReadDate(fcinfo, 2, "start_date");
    params.as_of = ReadMoment(fcinfo, 3, "as_of");
    return params;
}

void ReadPartition(FunctionCallInfo fcinfo, int index, core::GenerationParams& params) {
    RequireNotNull(fcinfo, index, "part");
    params.part = PG_GETARG_INT32(index);
    RequireNotNull(fcinfo, index + 1, "parts");
    params.parts = PG_GETARG_INT32(index + 1);
}

std::string ReadName(FunctionCallInfo fcinfo, int index, const char* parameter) {
    RequireNotNull(fcinfo, index, parameter);
    std::string value = NameStr(*PG_GETARG_NAME(index));
    if (value.empty())
        throw core::Error(core::ErrorKind::kInvalidParameter, std::string("invalid value for parameter \"") + parameter + "\": empty name",
                          std::string(parameter) + " must name a schema, for example 'raw'.");
    return value;
}

bool ReadBool(FunctionCallInfo fcinfo, int index, const char* parameter) {
    RequireNotNull(fcinfo, index, parameter);
    return PG_GETARG_BOOL(index);
}

}  // namespace dentsynth::pg
