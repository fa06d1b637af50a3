// Derivations from the contract records: type names and DDL.
#include "core/schema.hpp"

#include <cstring>

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

const TableInfo* FindTable(std::string_view name) {
    for (const TableInfo& table : kTables)
        if (name == table.name) return &table;
    return nullptr;
}

std::string FormatTypeName(const ColumnInfo& column) {
    switch (column.type) {
        case SqlType::kInt2:
            return "smallint";
        case SqlType::kInt4:
        case SqlType::kSerial4:
            return "integer";
        case SqlType::kInt8:
            return "bigint";
        case SqlType::kFloat4:
            return "real";
        case SqlType::kFloat8:
            return "double precision";
        case SqlType::kBool:
            return "boolean";
        case SqlType::kText:
            return "text";
        case SqlType::kVarchar:
            return "character varying(" + std::to_string(column.max_length) + ")";
        case SqlType::kBpchar:
            return "character(" + std::to_string(column.max_length) + ")";
        case SqlType::kDate:
            return "date";
        case SqlType::kTimestamp:
            return "timestamp without time zone";
        case SqlType::kTime:
            return "time without time zone";
        case SqlType::kJsonb:
            return "jsonb";
    }
    return "unknown";
}

std::string DdlTypeName(const ColumnInfo& column, bool for_table) {
    if (column.type == SqlType::kSerial4) return for_table ? "serial" : "integer";
    return FormatTypeName(column);
}

std::string QuoteIdent(std::string_view name) {
    std::string quoted = "\"";
    for (char c : name) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string CreateTableSql(const TableInfo& table, const std::string& quoted_schema) {
    std::string sql = "CREATE TABLE " + quoted_schema + "." + QuoteIdent(table.name) + " (";
    std::string primary_key;
    for (int i = 0; i < table.column_count; ++i) {
        const ColumnInfo& column = table.columns[i];
        sql += (i ? ",\n    " : "\n    ");
        sql += QuoteIdent(column.name) + " " + DdlTypeName(column, true);
        if (column.default_sql[0] != '\0') sql += std::string(" DEFAULT ") + column.default_sql;
        if (column.not_null && column.type != SqlType::kSerial4) sql += " NOT NULL";
        if (column.primary_key) primary_key += (primary_key.empty() ? "" : ", ") + QuoteIdent(column.name);
    }
    if (!primary_key.empty()) sql += ",\n    PRIMARY KEY (" + primary_key + ")";
    sql += "\n)";
    return sql;
}

}  // namespace dentsynth::core
