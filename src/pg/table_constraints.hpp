// The unique constraints and indexes the contract gives tables besides their primary keys
// (schema/constraints.tsv, turned into records by tools/constraints_to_cpp.awk). Today these are
// the ETL tables', as the replication pipeline's DDL has them: the downstream's run hooks write
// `INSERT ... ON CONFLICT (table_name)`, which needs UNIQUE (table_name) as its arbiter.
// create_raw_schema creates them with the table and checks them on an existing table like its
// columns; a table may carry more indexes of its own (they are the user's).
#pragma once

#include "pg/postgres_headers.hpp"

#include <optional>
#include <string>
#include <vector>

#include "core/schema.hpp"
#include "pg/spi.hpp"

namespace dentsynth::pg {

enum class ConstraintKind { kUnique, kIndex };

struct TableConstraint {
    core::TableId table;
    ConstraintKind kind;
    const char* name;  // the constraint's (and its index's) or the index's name
    const char* const* columns;  // key columns, in order
    int column_count;
};

// Every contract constraint and index of `table` (none for most tables).
std::vector<const TableConstraint*> ConstraintsOf(core::TableId table);

// The definition as the check describes it: "UNIQUE (table_name)", "INDEX USING btree (load_status)".
std::string DescribeConstraint(const TableConstraint& constraint);

// The DDL that creates it on the table in `quoted_schema` (ALTER TABLE ... ADD CONSTRAINT or CREATE INDEX).
std::string CreateConstraintSql(const TableConstraint& constraint, const std::string& quoted_schema);

// The first contract constraint or index of an existing table that is missing or differs: what is
// wrong (for the message) and how to put it right (for the hint).
struct ConstraintMismatch {
    std::string what;
    std::string fix;
};
std::optional<ConstraintMismatch> FindConstraintMismatch(SpiSession& spi, Oid relation_id, core::TableId table,
                                                         const std::string& quoted_schema);

}  // namespace dentsynth::pg
