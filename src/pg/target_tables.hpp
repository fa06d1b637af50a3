// Preparing the target tables of generate_all before any row is written: privileges, row-level
// security and triggers (which the bulk writer cannot honour), emptiness, the ETL tables' id
// sequences, and the optional replace. Everything that could refuse the call is checked here, so a
// refused call writes nothing.
#pragma once

#include "pg/postgres_headers.hpp"

#include <array>
#include <string>

#include "core/params.hpp"
#include "core/schema.hpp"
#include "pg/spi.hpp"

namespace dentsynth::pg {

// Relation ids of the tables this call fills, in `namespace_oid`; InvalidOid elsewhere.
// With `replace`, empties exactly those tables (TRUNCATE, inside the caller's transaction);
// without it, refuses when any of them holds rows, except the patient tables of a partitioned
// call: parts of one roster share those tables, and their keys never collide (loading one part
// twice fails on the primary key and writes nothing).
// Refuses (0A000) a table the bulk writer cannot write faithfully: row-level security enabled
// (it applies no policy) or triggers (it fires none). `qualified` names the table.
void RefuseUnlessBulkWritable(const std::string& qualified, bool row_security, bool has_triggers);

std::array<Oid, core::kTableCount> PrepareTargetTables(SpiSession& spi, const std::string& schema_name, Oid namespace_oid,
                                                       const core::GenerationParams& params, bool replace);

}  // namespace dentsynth::pg
