// Reading SQL arguments into generator parameters, refusing NULLs by name before any work.
#pragma once

#include "pg/postgres_headers.hpp"

#include <string>

#include "core/params.hpp"

namespace dentsynth::pg {

// The arguments every generate_* function shares, in this order:
// (patients int, seed bigint, start_date date, as_of timestamptz: the cut, read in the session's
// TimeZone).
core::GenerationParams ReadGenerationParams(FunctionCallInfo fcinfo);

// The (part integer, parts integer) pair at `index`, `index + 1`.
void ReadPartition(FunctionCallInfo fcinfo, int index, core::GenerationParams& params);

// A `name` or `text`-free argument at `index`: NULL is refused naming `parameter`.
std::string ReadName(FunctionCallInfo fcinfo, int index, const char* parameter);
bool ReadBool(FunctionCallInfo fcinfo, int index, const char* parameter);

}  // namespace dentsynth::pg
