// Argument decoding for the SQL entry points. Dates move from PostgreSQL's 2000 epoch to the
// core's 1970 epoch here; infinite dates are refused.
#include "pg/arguments.hpp"

#include "core/errors.hpp"

namespace dentsynth::pg {

namespace {

constexpr int32 kPostgresToUnixDays = POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE;

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

}  // namespace

core::GenerationParams ReadGenerationParams(FunctionCallInfo fcinfo) {
    core::GenerationParams params;
    RequireNotNull(fcinfo, 0, "patients");
    params.patients = PG_GETARG_INT32(0);
    RequireNotNull(fcinfo, 1, "seed");
    params.seed = static_cast<uint64_t>(PG_GETARG_INT64(1));
    params.start_date = ReadDate(fcinfo, 2, "start_date");
    params.as_of = ReadDate(fcinfo, 3, "as_of");
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
