// The raw schema: checked against and created from the contract records in core/schema.hpp.
#include "pg/raw_schema.hpp"

#include <map>

#include "core/errors.hpp"
#include "core/schema.hpp"
#include "pg/error_bridge.hpp"
#include "pg/table_constraints.hpp"

namespace dentsynth::pg {

namespace {

struct ExistingColumn {
    std::string name;
    std::string type;
    bool not_null;
    bool primary_key;
    std::string default_sql;  // "" when none
};

struct ExistingTable {
    Oid relation_id = InvalidOid;
    char relkind = 'r';
    std::vector<ExistingColumn> columns;
};

// Every table of the schema whose name is a contract table, with its columns in order.
std::map<std::string, ExistingTable> ReadExistingTables(SpiSession& spi, Oid namespace_oid) {
    const SpiRows rows = spi.Query(
        "SELECT c.oid, c.relname, c.relkind, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,"
        "       COALESCE(a.attnum = ANY (i.indkey::int2[]), false), pg_catalog.pg_get_expr(d.adbin, d.adrelid)"
        "  FROM pg_catalog.pg_class c"
        "  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
        "  LEFT JOIN pg_catalog.pg_index i ON i.indrelid = c.oid AND i.indisprimary"
        "  LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum"
        " WHERE c.relnamespace = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
        " ORDER BY c.relname, a.attnum",
        namespace_oid);
    std::map<std::string, ExistingTable> tables;
    for (const auto& row : rows) {
        if (core::FindTable(*row[1]) == nullptr) continue;
        ExistingTable& table = tables[*row[1]];
        table.relation_id = static_cast<Oid>(std::stoul(*row[0]));
        table.relkind = (*row[2])[0];
        table.columns.push_back(ExistingColumn{*row[3], *row[4], *row[5] == "t", *row[6] == "t", row[7].value_or("")});
    }
    return tables;
}

[[noreturn]] void Mismatch(const std::string& schema, const core::TableInfo& table, const std::string& what,
                           const std::string& hint =
                               "dentsynth writes only into tables shaped exactly as schema/columns.tsv says. "
                               "Rename or drop the table, or choose another target_schema.") {
    throw core::Error(core::ErrorKind::kSchemaMismatch,
                      "table " + schema + "." + table.name + " does not match the raw schema contract: " + what, hint);
}

std::string Describe(const core::ColumnInfo& column) {
    return core::FormatTypeName(column) + (column.not_null ? " NOT NULL" : " NULL") + (column.primary_key ? " PRIMARY KEY" : "");
}

// Whether an existing column default means what the contract's does. pg_get_expr() spells
// constants in the session's DateStyle, so differing texts are compared by value (both are
// constant expressions; CURRENT_TIMESTAMP is one value within the statement).
bool SameDefault(SpiSession& spi, const core::ColumnInfo& expected, const std::string& actual) {
    if (expected.type == core::SqlType::kSerial4) return actual.rfind("nextval(", 0) == 0;
    const std::string wanted = expected.default_sql;
    if (actual == wanted) return true;
    if (actual.empty() || wanted.empty()) return false;
    return *spi.Query("SELECT ((" + actual + ") IS NOT DISTINCT FROM (" + wanted + "))::text")[0][0] == "true";
}

// Compares one existing table with its contract record; throws on the first difference.
void CheckTable(SpiSession& spi, const std::string& schema, const core::TableInfo& table, const ExistingTable& existing) {
    if (existing.relkind != 'r')
        Mismatch(schema, table, "it is not an ordinary table (relkind '" + std::string(1, existing.relkind) + "')");
    const int existing_count = static_cast<int>(existing.columns.size());
    for (int i = 0; i < table.column_count; ++i) {
        const core::ColumnInfo& expected = table.columns[i];
        if (i >= existing_count)
            Mismatch(schema, table, "column \"" + std::string(expected.name) + "\" (position " + std::to_string(i + 1) + ") is missing");
        const ExistingColumn& actual = existing.columns[i];
        const std::string where = "column \"" + std::string(expected.name) + "\" (position " + std::to_string(i + 1) + ")";
        if (actual.name != expected.name) Mismatch(schema, table, where + " is named \"" + actual.name + "\"");
        const bool type_ok = actual.type == core::FormatTypeName(expected);
        const bool null_ok = actual.not_null == expected.not_null;
        const bool pk_ok = actual.primary_key == expected.primary_key;
        if (!type_ok || !null_ok || !pk_ok)
            Mismatch(schema, table,
                     where + " is " + actual.type + (actual.not_null ? " NOT NULL" : " NULL") + (actual.primary_key ? " PRIMARY KEY" : "") +
                         ", the contract says " + Describe(expected));
        if (!SameDefault(spi, expected, actual.default_sql))
            Mismatch(schema, table,
                     where + " has default " + (actual.default_sql.empty() ? std::string("(none)") : actual.default_sql) +
                         ", the contract says " +
                         (expected.type == core::SqlType::kSerial4 ? std::string("nextval(...)")
                          : expected.default_sql[0]                ? std::string(expected.default_sql)
                                                                   : std::string("(none)")));
    }
    if (existing_count > table.column_count)
        Mismatch(schema, table, "column \"" + existing.columns[table.column_count].name + "\" is not in the contract");
    // Then the unique constraints and indexes of schema/constraints.tsv (the downstream's upserts need them).
    if (const auto mismatch = FindConstraintMismatch(spi, existing.relation_id, table.id, QuoteIdentifier(schema)))
        Mismatch(schema, table, mismatch->what, mismatch->fix);
}

Oid LookUpOrCreateSchema(SpiSession& spi, const std::string& schema_name) {
    const char* name = schema_name.c_str();
    Oid namespace_oid = InvalidOid;
    bool may_create = false;
    PgCall([&] {
        namespace_oid = get_namespace_oid(name, true);
        may_create = pg_database_aclcheck(MyDatabaseId, GetUserId(), ACL_CREATE) == ACLCHECK_OK;
    });
    if (namespace_oid != InvalidOid) return namespace_oid;
    if (!may_create)
        throw core::Error(core::ErrorKind::kPermissionDenied,
                          "target_schema \"" + schema_name + "\" does not exist and you may not create schemas in this database",
                          "Create the schema first (CREATE SCHEMA " + schema_name + ") or pass an existing target_schema.");
    spi.Execute("CREATE SCHEMA " + QuoteIdentifier(schema_name));
    PgCall([&] {
        namespace_oid = get_namespace_oid(name, false);
        ereport(NOTICE, (errmsg("dentsynth created schema \"%s\"", name)));
    });
    return namespace_oid;
}

}  // namespace

std::vector<TableStatus> EnsureRawSchema(SpiSession& spi, const std::string& schema_name, Oid& namespace_oid) {
    namespace_oid = LookUpOrCreateSchema(spi, schema_name);
    bool usage = false;
    bool create = false;
    PgCall([&] {
        usage = pg_namespace_aclcheck(namespace_oid, GetUserId(), ACL_USAGE) == ACLCHECK_OK;
        create = pg_namespace_aclcheck(namespace_oid, GetUserId(), ACL_CREATE) == ACLCHECK_OK;
    });
    if (!usage)
        throw core::Error(core::ErrorKind::kPermissionDenied, "permission denied for target_schema \"" + schema_name + "\"",
                          "dentsynth needs USAGE on the target schema: GRANT USAGE ON SCHEMA " + schema_name + " TO <role>.");

    const std::map<std::string, ExistingTable> existing = ReadExistingTables(spi, namespace_oid);
    const std::string quoted_schema = QuoteIdentifier(schema_name);
    std::vector<TableStatus> statuses;
    for (const core::TableInfo& table : core::kTables) {
        const auto found = existing.find(table.name);
        if (found != existing.end()) {
            CheckTable(spi, schema_name, table, found->second);
            statuses.push_back({table.name, false});
            continue;
        }
        if (!create)
            throw core::Error(core::ErrorKind::kPermissionDenied,
                              "table " + schema_name + "." + table.name + " is missing and you may not create tables in target_schema \"" +
                                  schema_name + "\"",
                              "Grant CREATE on the schema, or create the tables with dentsynth.create_raw_schema() as a role that may.");
        spi.Execute(core::CreateTableSql(table, quoted_schema));
        for (const TableConstraint* constraint : ConstraintsOf(table.id)) spi.Execute(CreateConstraintSql(*constraint, quoted_schema));
        statuses.push_back({table.name, true});
    }
    return statuses;
}

}  // namespace dentsynth::pg
