// The sequences behind the contract's serial4 columns (the ETL tables' `id`). generate_all writes
// explicit ids, so it leaves each sequence past them, as pg_restore does with setval: otherwise
// the first row inserted without an id (a downstream run hook, a user's INSERT) would collide
// with a generated one.
#pragma once

#include "pg/postgres_headers.hpp"

#include <string>

#include "core/schema.hpp"
#include "pg/spi.hpp"

namespace dentsynth::pg {

// Refuses, before anything is written, a table whose serial column draws from no sequence that
// can be found (42P16) or whose sequence the caller may not read and set (42501).
void CheckIdSequences(SpiSession& spi, const std::string& schema_name, const core::TableInfo& table, Oid relation_id);

// Moves the sequence of each serial column of `quoted_schema`.table to at least `reserved` (the
// largest id the load writes); never backwards (a value drawn by someone else stays drawn). The
// table itself is not read: that would take SELECT on it.
void AdvanceIdSequences(SpiSession& spi, const std::string& quoted_schema, const core::TableInfo& table, int64_t reserved);

}  // namespace dentsynth::pg
