// Reading SQL arguments into generator parameters, refusing NULLs by name before any work.
// Arguments are found by the names their SQL declaration gives them (pg_proc.proargnames), never
// by position: the declarations (schema/arguments.tsv, placed by the build into
// sql/dentsynth.sql.in and every generate_<table> function) are the one home of their order.
#pragma once

#include "pg/postgres_headers.hpp"

#include <string>
#include <vector>

#include "core/params.hpp"

namespace dentsynth::pg {

class CallArguments {
public:
    // Looks up the called function's argument names.
    explicit CallArguments(FunctionCallInfo fcinfo);

    // The generation arguments of schema/arguments.tsv: patients, seed, start_date, as_of (the
    // cut, read in the session's TimeZone), part and parts.
    core::GenerationParams Generation() const;
    // A `name` argument; NULL and the empty name are refused naming `parameter`.
    std::string ReadName(const char* parameter) const;
    bool ReadBool(const char* parameter) const;
    // A timestamptz argument as given (the generation record keeps as_of so), NULL refused.
    TimestampTz ReadTimestampTz(const char* parameter) const;
    // A timestamptz argument as the generator reads a cut: in the session's TimeZone.
    core::Timestamp ReadMoment(const char* parameter) const;

private:
    // The position of argument `parameter`, its value refused when NULL.
    int Required(const char* parameter) const;
    core::Date ReadDate(const char* parameter) const;

    FunctionCallInfo fcinfo_;
    std::vector<std::string> names_;
};

}  // namespace dentsynth::pg
