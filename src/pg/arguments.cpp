// Argument decoding for the SQL entry points, by argument name. Dates and moments move from
// PostgreSQL's epoch to the core's in pg/epoch.hpp; infinite ones are refused.
#include "pg/arguments.hpp"

#include "core/errors.hpp"
#include "pg/epoch.hpp"
#include "pg/error_bridge.hpp"

namespace dentsynth::pg {

CallArguments::CallArguments(FunctionCallInfo fcinfo) : fcinfo_(fcinfo) {
    char** names = nullptr;
    int count = 0;
    PgCall([&] {
        HeapTuple proc = SearchSysCache1(PROCOID, ObjectIdGetDatum(fcinfo->flinfo->fn_oid));
        if (!HeapTupleIsValid(proc)) elog(ERROR, "cache lookup failed for function %u", fcinfo->flinfo->fn_oid);
        Oid* types = nullptr;
        char* modes = nullptr;
        count = get_func_arg_info(proc, &types, &names, &modes);
        ReleaseSysCache(proc);
    });
    for (int i = 0; i < count; ++i) names_.emplace_back(names != nullptr && names[i] != nullptr ? names[i] : "");
}

int CallArguments::Required(const char* parameter) const {
    int index = 0;
    while (index < static_cast<int>(names_.size()) && names_[index] != parameter) ++index;
    if (index == static_cast<int>(names_.size()))
        throw core::Error(core::ErrorKind::kInternal, std::string("the called function has no argument named ") + parameter);
    FunctionCallInfo fcinfo = fcinfo_;  // for the PG_ARG* macros
    if (PG_NARGS() <= index || PG_ARGISNULL(index))
        throw core::Error(core::ErrorKind::kNullParameter, std::string("parameter \"") + parameter + "\" must not be NULL",
                          std::string("Pass a value for ") + parameter + " or leave it out to use its default.");
    return index;
}

core::Date CallArguments::ReadDate(const char* parameter) const {
    FunctionCallInfo fcinfo = fcinfo_;
    const DateADT date = PG_GETARG_DATEADT(Required(parameter));
    if (DATE_NOT_FINITE(date))
        throw core::Error(core::ErrorKind::kInvalidParameter, std::string("invalid value for parameter \"") + parameter + "\": infinity",
                          std::string(parameter) + " must be a finite date.");
    return FromPostgresDate(date);
}

// as_of is declared timestamptz, the one type a date, a timestamp (localtimestamp), a text literal
// and now() all reach without a cast. The generator works in wall-clock time (OpenDental stores
// local time without a zone), so the moment is read as the session's TimeZone shows it: exactly
// how PostgreSQL casts timestamptz to timestamp, and how it compares a raw timestamp column with
// current_timestamp. A date or timestamp argument comes back unchanged (its midnight, its time),
// whatever the TimeZone.
core::Timestamp CallArguments::ReadMoment(const char* parameter) const {
    FunctionCallInfo fcinfo = fcinfo_;
    const TimestampTz moment = PG_GETARG_TIMESTAMPTZ(Required(parameter));
    if (TIMESTAMP_NOT_FINITE(moment))
        throw core::Error(core::ErrorKind::kInvalidParameter, std::string("invalid value for parameter \"") + parameter + "\": infinity",
                          std::string(parameter) + " must be a finite date or timestamp.");
    // timestamp2tm and tm2timestamp report overflow by their result, never by raising an error.
    struct pg_tm tm;
    fsec_t fsec;
    int zone;
    ::Timestamp local;
    if (timestamp2tm(moment, &zone, &tm, &fsec, nullptr, nullptr) != 0 || tm2timestamp(&tm, fsec, nullptr, &local) != 0)
        throw core::Error(core::ErrorKind::kInvalidParameter,
                          std::string("invalid value for parameter \"") + parameter + "\": out of range",
                          std::string(parameter) + " must be a date or timestamp between 1990 and 2099.");
    return FromPostgresTimestamp(local);
}

core::GenerationParams CallArguments::Generation() const {
    FunctionCallInfo fcinfo = fcinfo_;
    core::GenerationParams params;
    params.patients = PG_GETARG_INT32(Required("patients"));
    params.seed = static_cast<uint64_t>(PG_GETARG_INT64(Required("seed")));
    params.start_date = ReadDate("start_date");
    params.as_of = ReadMoment("as_of");
    params.part = PG_GETARG_INT32(Required("part"));
    params.parts = PG_GETARG_INT32(Required("parts"));
    return params;
}

std::string CallArguments::ReadName(const char* parameter) const {
    FunctionCallInfo fcinfo = fcinfo_;
    std::string value = NameStr(*PG_GETARG_NAME(Required(parameter)));
    if (value.empty())
        throw core::Error(core::ErrorKind::kInvalidParameter, std::string("invalid value for parameter \"") + parameter + "\": empty name",
                          std::string(parameter) + " must name a schema, for example 'raw'.");
    return value;
}

TimestampTz CallArguments::ReadTimestampTz(const char* parameter) const {
    FunctionCallInfo fcinfo = fcinfo_;
    return PG_GETARG_TIMESTAMPTZ(Required(parameter));
}

bool CallArguments::ReadBool(const char* parameter) const {
    FunctionCallInfo fcinfo = fcinfo_;
    return PG_GETARG_BOOL(Required(parameter));
}

}  // namespace dentsynth::pg
