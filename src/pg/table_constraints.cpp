// The contract's unique constraints and indexes: their DDL and the check of an existing table.
#include "pg/table_constraints.hpp"

#include <array>
#include <map>

namespace dentsynth::pg {

namespace {

#include "pg/generated/table_constraints.inc"

std::string ColumnList(const TableConstraint& constraint) {
    std::string list;
    for (int i = 0; i < constraint.column_count; ++i) list += (i ? ", " : "") + QuoteIdentifier(constraint.columns[i]);
    return "(" + list + ")";
}

std::string QualifiedTable(const TableConstraint& constraint, const std::string& quoted_schema) {
    return quoted_schema + "." + QuoteIdentifier(core::InfoOf(constraint.table).name);
}

const char* KindWord(const TableConstraint& constraint) {
    return constraint.kind == ConstraintKind::kUnique ? "unique constraint" : "index";
}

struct ExistingIndex {
    std::string description;  // in DescribeConstraint's terms
    bool is_constraint;  // the index of a constraint (dropped with ALTER TABLE ... DROP CONSTRAINT)
};

// Every index of the relation by name, described the way DescribeConstraint describes the
// contract's: kind, method, key columns, and whatever else would make it serve differently
// (INCLUDE columns, NULLS NOT DISTINCT, DEFERRABLE, a predicate, an invalid index).
std::map<std::string, ExistingIndex> ReadIndexes(SpiSession& spi, Oid relation_id) {
    const SpiRows rows = spi.Query(
        "SELECT ic.relname,"
        "       CASE WHEN con.contype = 'u' THEN 'UNIQUE' WHEN con.contype = 'p' THEN 'PRIMARY KEY'"
        "            WHEN con.contype = 'x' THEN 'EXCLUDE USING ' || am.amname"
        "            WHEN i.indisunique THEN 'UNIQUE INDEX USING ' || am.amname ELSE 'INDEX USING ' || am.amname END"
        "       || ' (' || (SELECT string_agg(pg_catalog.pg_get_indexdef(i.indexrelid, k, false), ', ' ORDER BY k)"
        "                     FROM generate_series(1, i.indnkeyatts) k) || ')'"
        "       || CASE WHEN i.indnatts > i.indnkeyatts"
        "               THEN ' INCLUDE (' || (SELECT string_agg(pg_catalog.pg_get_indexdef(i.indexrelid, k, false), ', ' ORDER BY k)"
        "                                       FROM generate_series(i.indnkeyatts + 1, i.indnatts) k) || ')' ELSE '' END"
        "       || CASE WHEN i.indnullsnotdistinct THEN ' NULLS NOT DISTINCT' ELSE '' END"
        "       || CASE WHEN con.condeferrable THEN ' DEFERRABLE' ELSE '' END"
        "       || CASE WHEN i.indpred IS NOT NULL THEN ' WHERE ' || pg_catalog.pg_get_expr(i.indpred, i.indrelid) ELSE '' END"
        "       || CASE WHEN NOT i.indisvalid THEN ' (invalid)' ELSE '' END,"
        "       con.oid IS NOT NULL"
        "  FROM pg_catalog.pg_index i"
        "  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
        "  JOIN pg_catalog.pg_am am ON am.oid = ic.relam"
        "  LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid"
        "                                        AND con.contype IN ('p', 'u', 'x')"
        " WHERE i.indrelid = $1",
        relation_id);
    std::map<std::string, ExistingIndex> indexes;
    for (const auto& row : rows) indexes[*row[0]] = ExistingIndex{row[1].value_or("(unknown)"), *row[2] == "t"};
    return indexes;
}

}  // namespace

std::vector<const TableConstraint*> ConstraintsOf(core::TableId table) {
    std::vector<const TableConstraint*> found;
    for (const TableConstraint& constraint : kContractConstraints)
        if (constraint.table == table) found.push_back(&constraint);
    return found;
}

std::string DescribeConstraint(const TableConstraint& constraint) {
    return (constraint.kind == ConstraintKind::kUnique ? "UNIQUE " : "INDEX USING btree ") + ColumnList(constraint);
}

std::string CreateConstraintSql(const TableConstraint& constraint, const std::string& quoted_schema) {
    const std::string table = QualifiedTable(constraint, quoted_schema);
    const std::string name = QuoteIdentifier(constraint.name);
    if (constraint.kind == ConstraintKind::kUnique)
        return "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " UNIQUE " + ColumnList(constraint);
    return "CREATE INDEX " + name + " ON " + table + " USING btree " + ColumnList(constraint);
}

std::optional<ConstraintMismatch> FindConstraintMismatch(SpiSession& spi, Oid relation_id, core::TableId table,
                                                         const std::string& quoted_schema) {
    const std::vector<const TableConstraint*> expected = ConstraintsOf(table);
    if (expected.empty()) return std::nullopt;
    const std::map<std::string, ExistingIndex> existing = ReadIndexes(spi, relation_id);
    const std::string otherwise =
        "; or drop the table and let dentsynth.create_raw_schema() create it, or choose another target_schema "
        "(schema/constraints.tsv lists the contract's unique constraints and indexes).";
    for (const TableConstraint* constraint : expected) {
        const std::string wanted = DescribeConstraint(*constraint);
        const std::string create = CreateConstraintSql(*constraint, quoted_schema);
        const auto found = existing.find(constraint->name);
        if (found == existing.end())
            return ConstraintMismatch{
                std::string(KindWord(*constraint)) + " " + constraint->name + " is missing (the contract says " + wanted + ")",
                "Create it: " + create + otherwise};
        if (found->second.description != wanted) {
            const std::string drop = found->second.is_constraint ? "ALTER TABLE " + QualifiedTable(*constraint, quoted_schema) +
                                                                       " DROP CONSTRAINT " + QuoteIdentifier(constraint->name)
                                                                 : "DROP INDEX " + quoted_schema + "." + QuoteIdentifier(constraint->name);
            return ConstraintMismatch{std::string(KindWord(*constraint)) + " " + constraint->name + " is " + found->second.description +
                                          ", the contract says " + wanted,
                                      "Replace it: " + drop + "; " + create + otherwise};
        }
    }
    return std::nullopt;
}

}  // namespace dentsynth::pg
