// Target-table checks for generate_all.
#include "pg/target_tables.hpp"

#include "core/errors.hpp"
#include "core/generator.hpp"
#include "pg/error_bridge.hpp"
#include "pg/etl_bookkeeping.hpp"
#include "pg/id_sequences.hpp"

namespace dentsynth::pg {

namespace {

struct RelationFacts {
    Oid relation_id = InvalidOid;
    bool may_insert = false;
    bool may_truncate = false;
    bool row_security = false;
    bool has_triggers = false;
    bool has_rows = false;
    bool has_children = false;  // inheritance children or partitions: rows dentsynth would not see
    bool plain_table = true;
};

// What decides whether dentsynth may write into one table; whether it holds rows is probed with
// a one-tuple scan (no SQL, no planning).
RelationFacts ReadFacts(const char* table_name, Oid namespace_oid) {
    RelationFacts facts;
    PgCall([&] {
        facts.relation_id = get_relname_relid(table_name, namespace_oid);
        if (facts.relation_id == InvalidOid) elog(ERROR, "dentsynth: table %s vanished", table_name);
        facts.may_insert = pg_class_aclcheck(facts.relation_id, GetUserId(), ACL_INSERT) == ACLCHECK_OK;
        facts.may_truncate = pg_class_aclcheck(facts.relation_id, GetUserId(), ACL_TRUNCATE) == ACLCHECK_OK;
        facts.row_security = check_enable_rls(facts.relation_id, InvalidOid, true) == RLS_ENABLED;
        Relation relation = table_open(facts.relation_id, RowExclusiveLock);
        facts.has_triggers = relation->trigdesc != nullptr;
        facts.has_children = relation->rd_rel->relhassubclass;
        facts.plain_table = relation->rd_rel->relkind == RELKIND_RELATION;
        // Only a plain table has a heap to probe (CheckFacts refuses the others).
        if (facts.plain_table) {
            TableScanDesc scan = table_beginscan(relation, GetActiveSnapshot(), 0, nullptr);
            TupleTableSlot* slot = table_slot_create(relation, nullptr);
            facts.has_rows = table_scan_getnextslot(scan, ForwardScanDirection, slot);
            ExecDropSingleTupleTableSlot(slot);
            table_endscan(scan);
        }
        table_close(relation, NoLock);  // keep the lock until the end of the transaction
    });
    return facts;
}

void CheckFacts(const std::string& qualified, const RelationFacts& facts, bool replace) {
    if (!facts.may_insert)
        throw core::Error(core::ErrorKind::kPermissionDenied, "permission denied to insert into " + qualified,
                          "Grant INSERT on the raw tables to the role that runs dentsynth, or choose another target_schema.");
    if (replace && !facts.may_truncate)
        throw core::Error(core::ErrorKind::kPermissionDenied, "replace => true needs TRUNCATE on " + qualified,
                          "Grant TRUNCATE on the raw tables, or empty them yourself and call without replace.");
    RefuseUnlessBulkWritable(qualified, facts.row_security, facts.has_triggers);
    // A coordinator's tables (attach_remote_parts) are partitioned tables or parents of the
    // servers' foreign tables: the rows live in the children, which an emptiness probe of the
    // parent does not see and replace's TRUNCATE would empty on every server.
    if (!facts.plain_table || facts.has_children)
        throw core::Error(core::ErrorKind::kUnsupported,
                          "table " + qualified + (facts.plain_table ? " has child tables" : " is not a plain table"),
                          "dentsynth writes into plain tables only; a schema that presents parts attached from elsewhere "
                          "(dentsynth.attach_remote_parts) is read through, not generated into: use another target_schema.");
}

}  // namespace

void RefuseUnlessBulkWritable(const std::string& qualified, bool row_security, bool has_triggers) {
    if (row_security)
        throw core::Error(core::ErrorKind::kUnsupported, "table " + qualified + " has row-level security enabled",
                          "dentsynth writes tuples directly and cannot apply policies; disable row-level security on the raw tables.");
    if (has_triggers)
        throw core::Error(core::ErrorKind::kUnsupported, "table " + qualified + " has triggers",
                          "dentsynth writes tuples the way COPY's bulk path does, without firing triggers; drop or move them, "
                          "or use another target_schema.");
}

namespace {

// A later part of a partitioned load updates the status rows the earlier parts wrote (INSERT ...
// ON CONFLICT DO UPDATE), which needs SELECT and UPDATE on the table (or on all of its columns).
void CheckMayUpdate(const std::string& qualified, Oid relation_id) {
    bool may_update = false;
    PgCall([&] {
        const Oid user = GetUserId();
        const auto has = [&](AclMode mode) {
            return pg_class_aclcheck(relation_id, user, mode) == ACLCHECK_OK ||
                   pg_attribute_aclcheck_all(relation_id, user, mode, ACLMASK_ALL) == ACLCHECK_OK;
        };
        may_update = has(ACL_SELECT) && has(ACL_UPDATE);
    });
    if (!may_update)
        throw core::Error(core::ErrorKind::kPermissionDenied, "a partitioned load needs SELECT and UPDATE on " + qualified,
                          "Each part adds its rows to the one status row per table the other parts share: GRANT SELECT, UPDATE ON " +
                              qualified + " TO <role>.");
}

}  // namespace

std::array<Oid, core::kTableCount> PrepareTargetTables(SpiSession& spi, const std::string& schema_name, Oid namespace_oid,
                                                       const core::GenerationParams& params, bool replace) {
    std::array<Oid, core::kTableCount> relations;
    relations.fill(InvalidOid);
    const std::string quoted_schema = QuoteIdentifier(schema_name);
    std::string non_empty;
    std::string truncate_list;
    // Checks one table this call writes; `shared_by_parts` tables may already hold other parts' rows.
    auto prepare = [&](core::TableId table, bool shared_by_parts) {
        const char* name = core::InfoOf(table).name;
        const std::string qualified = schema_name + "." + name;
        const RelationFacts facts = ReadFacts(name, namespace_oid);
        CheckFacts(qualified, facts, replace);
        const std::string quoted = quoted_schema + "." + QuoteIdentifier(name);
        if (replace) {
            truncate_list += (truncate_list.empty() ? "" : ", ") + quoted;
        } else if (facts.has_rows && !shared_by_parts) {
            non_empty += (non_empty.empty() ? "" : ", ") + qualified;
        }
        return facts.relation_id;
    };
    for (const core::GeneratedTable& generated : core::GeneratedTables()) {
        if (!core::WritesTable(params, generated.table)) continue;
        relations[static_cast<int>(generated.table)] =
            prepare(generated.table, params.parts > 1 && generated.level == core::TableLevel::kPatient);
    }
    // The ETL bookkeeping is written through SPI after the load (etl_bookkeeping.cpp), not by the
    // bulk writer; each part of a partitioned load records itself next to the others. Their ids
    // are explicit, and the serial sequences are set past them afterwards.
    for (const core::TableId table : kBookkeepingTables) {
        const Oid relation_id = prepare(table, params.parts > 1);
        CheckIdSequences(spi, schema_name, core::InfoOf(table), relation_id);
        if (params.parts > 1 && IsStatusTable(table)) CheckMayUpdate(schema_name + "." + core::InfoOf(table).name, relation_id);
    }
    if (!non_empty.empty())
        throw core::Error(core::ErrorKind::kTargetNotEmpty, "target tables already hold rows: " + non_empty,
                          "Pass replace => true to empty the tables dentsynth fills (inside your transaction), or choose another "
                          "target_schema. Nothing was written.");
    if (!truncate_list.empty()) spi.Execute("TRUNCATE " + truncate_list);
    return relations;
}

}  // namespace dentsynth::pg
