// Finding, checking and advancing the sequences of the serial columns.
#include "pg/id_sequences.hpp"

#include "core/errors.hpp"
#include "pg/error_bridge.hpp"

namespace dentsynth::pg {

namespace {

// The sequences the column's default draws from: a default's nextval('seq'::regclass) records a
// dependency on the sequence, whether the sequence is owned by the column (serial) or not.
// `relation` and `column` are SQL expressions.
std::string SequenceLookup(const std::string& relation, const std::string& column) {
    return "SELECT d.refobjid::pg_catalog.regclass AS seq"
           "  FROM pg_catalog.pg_attrdef ad"
           "  JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum"
           "  JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND d.objid = ad.oid"
           "                             AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass"
           "  JOIN pg_catalog.pg_class s ON s.oid = d.refobjid AND s.relkind = 'S'"
           " WHERE ad.adrelid = " +
           relation + " AND a.attname = " + column;
}

}  // namespace

void CheckIdSequences(SpiSession& spi, const std::string& schema_name, const core::TableInfo& table, Oid relation_id) {
    const std::string qualified = schema_name + "." + table.name;
    for (int i = 0; i < table.column_count; ++i) {
        const core::ColumnInfo& column = table.columns[i];
        if (column.type != core::SqlType::kSerial4) continue;
        const SpiRows rows = spi.Query(
            "SELECT l.seq::pg_catalog.oid, l.seq::text FROM (" + SequenceLookup("$1", QuoteLiteral(column.name)) + ") l", relation_id,
            /*latest_snapshot=*/true);  // the table may have been created by this very call
        if (rows.size() != 1)
            throw core::Error(core::ErrorKind::kSchemaMismatch,
                              "table " + qualified + " does not match the raw schema contract: the default of column \"" + column.name +
                                  "\" draws from " + (rows.empty() ? "no sequence" : "more than one sequence"),
                              "The contract's serial4 columns take their default from one sequence (nextval('seq'::regclass)): "
                              "ALTER TABLE " +
                                  qualified + " ALTER COLUMN " + QuoteIdentifier(column.name) +
                                  " SET DEFAULT nextval('<sequence>'), or drop the table and let dentsynth.create_raw_schema() create it.");
        const Oid sequence = static_cast<Oid>(std::stoul(*rows[0][0]));
        bool may_set = false;
        PgCall([&] {
            may_set = pg_class_aclcheck(sequence, GetUserId(), ACL_UPDATE) == ACLCHECK_OK &&
                      pg_class_aclcheck(sequence, GetUserId(), ACL_SELECT | ACL_USAGE) == ACLCHECK_OK;
        });
        if (!may_set)
            throw core::Error(core::ErrorKind::kPermissionDenied, "permission denied to set sequence " + *rows[0][1] + " of " + qualified,
                              "generate_all leaves the ETL tables' id sequences past the ids it writes (setval), so rows inserted without "
                              "an id do not collide: GRANT SELECT, UPDATE ON SEQUENCE " +
                                  *rows[0][1] + " TO <role>.");
    }
}

void AdvanceIdSequences(SpiSession& spi, const std::string& quoted_schema, const core::TableInfo& table, int64_t reserved) {
    const std::string quoted_table = quoted_schema + "." + QuoteIdentifier(table.name);
    for (int i = 0; i < table.column_count; ++i) {
        const core::ColumnInfo& column = table.columns[i];
        if (column.type != core::SqlType::kSerial4) continue;
        spi.Execute("SELECT pg_catalog.setval(l.seq, GREATEST(" + std::to_string(reserved) +
                    ", pg_catalog.pg_sequence_last_value(l.seq)))"
                    "  FROM (" +
                    SequenceLookup(QuoteLiteral(quoted_table) + "::pg_catalog.regclass", QuoteLiteral(column.name)) + ") l");
    }
}

}  // namespace dentsynth::pg
