// The raw-schema contract as data: every table and column of schema/columns.tsv, described once.
// Vocabulary: a TableInfo describes one raw table; a ColumnInfo one of its columns, in contract
// order. Everything else (DDL, the check of an existing table, the composite types of the
// set-returning functions, the row writer's type conversions) is derived from these records.
#pragma once

#include <string>
#include <string_view>

namespace dentsynth::core {

// The SQL types the contract uses; the row writer has one converter per entry.
enum class SqlType { kInt2, kInt4, kInt8, kSerial4, kFloat4, kFloat8, kBool, kText, kVarchar, kBpchar, kDate, kTimestamp, kTime, kJsonb };

struct ColumnInfo {
    const char* name;  // OpenDental's CamelCase name, exactly as in the contract
    const char* sql_type;  // as the contract spells it: int8, varchar(255), bpchar(1), ...
    SqlType type;
    int max_length;  // characters for varchar(n)/bpchar(n), otherwise 0
    bool not_null;
    bool primary_key;
    const char* default_sql;  // SQL default expression, or "" for none
};

}  // namespace dentsynth::core

#include "core/generated/schema_tables.hpp"

namespace dentsynth::core {

struct TableInfo {
    const char* name;
    TableId id;
    const ColumnInfo* columns;
    int column_count;
};

extern const TableInfo kTables[kTableCount];

inline const TableInfo& InfoOf(TableId id) { return kTables[static_cast<int>(id)]; }

// Looks a table up by its contract name; nullptr when the contract has no such table.
const TableInfo* FindTable(std::string_view name);

// The type as PostgreSQL's format_type() prints it (how an existing table is compared).
std::string FormatTypeName(const ColumnInfo& column);

// The type to write in CREATE TABLE / CREATE TYPE (serial4 becomes a serial column in tables).
std::string DdlTypeName(const ColumnInfo& column, bool for_table);

// CREATE TABLE for one table in the given (already quoted) schema name.
std::string CreateTableSql(const TableInfo& table, const std::string& quoted_schema);

// Double-quotes an identifier the way quote_ident would for a mixed-case name.
std::string QuoteIdent(std::string_view name);

}  // namespace dentsynth::core
