// advance(): see advance.hpp for the plan; this file reads the schema's keys, runs the generator
// at the later cut through a sink that sorts its rows into new ones and candidates for an update,
// then applies the updates and the deletions OpenDental makes, records the load in the ETL tables
// and moves the generation record on.
#include "pg/advance.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <vector>

#include "core/background_generation.hpp"
#include "core/errors.hpp"
#include "core/generator.hpp"
#include "core/generator_version.hpp"
#include "pg/arguments.hpp"
#include "pg/error_bridge.hpp"
#include "pg/etl_bookkeeping.hpp"
#include "pg/generation_record.hpp"
#include "pg/raw_schema.hpp"
#include "pg/settings.hpp"
#include "pg/spi.hpp"
#include "pg/table_writer.hpp"
#include "pg/target_tables.hpp"

namespace dentsynth::pg {

namespace {

constexpr int kKeysPerScanBatch = 4096;
constexpr const char* kStagingPrefix = "dentsynth_advance_";

// The tables OpenDental deletes rows from between two cuts: dropping a coverage deletes the
// patient's patplan row and its eligibility verification item (PatPlans.Delete). A key of any
// other table that the later cut no longer makes was not written by dentsynth.
bool OpenDentalDeletesFrom(core::TableId table) { return table == core::TableId::patplan || table == core::TableId::insverify; }

// The column whose stamp moves when a row's story moves on: SecDateTEdit, else DateTStamp; -1 if
// the table has neither (its rows never change once entered).
int EditColumn(const core::TableInfo& info) {
    for (const char* name : {"SecDateTEdit", "DateTStamp"})
        for (int c = 0; c < info.column_count; ++c)
            if (std::string_view(info.columns[c].name) == name && info.columns[c].type == core::SqlType::kTimestamp) return c;
    return -1;
}

struct TableState {
    bool generated = false;
    bool practice = false;
    int edit_column = -1;
    Oid relation = InvalidOid;
    Oid staging = InvalidOid;
    std::vector<int64_t> keys;  // the schema's primary keys, sorted
    std::vector<uint8_t> seen;  // per key: made again at the later cut
    int64_t inserted = 0;
    int64_t staged = 0;
    int64_t updated = 0;
    int64_t deleted = 0;
    int64_t max_key = 0;  // the largest key at the later cut
    std::vector<int64_t> gone;  // keys the later cut no longer makes
};

using TableStates = std::array<TableState, core::kTableCount>;

// Reads the primary keys of `relation` (its first column) in batches: backend calls fill a plain
// array, C++ containers grow outside them.
std::vector<int64_t> ReadKeys(Oid relation_id) {
    std::vector<int64_t> keys;
    Relation relation = nullptr;
    TableScanDesc scan = nullptr;
    TupleTableSlot* slot = nullptr;
    Snapshot snapshot = nullptr;
    PgCall([&] {
        relation = table_open(relation_id, NoLock);  // locked by the caller
        snapshot = RegisterSnapshot(GetLatestSnapshot());
        scan = table_beginscan(relation, snapshot, 0, nullptr);
        slot = table_slot_create(relation, nullptr);
    });
    int64_t batch[kKeysPerScanBatch];
    bool more = true;
    while (more) {
        int count = 0;
        PgCall([&] {
            CHECK_FOR_INTERRUPTS();
            while (count < kKeysPerScanBatch && (more = table_scan_getnextslot(scan, ForwardScanDirection, slot))) {
                bool is_null = false;
                const Datum key = slot_getattr(slot, 1, &is_null);
                if (!is_null) batch[count++] = DatumGetInt64(key);
            }
        });
        keys.insert(keys.end(), batch, batch + count);
    }
    PgCall([&] {
        ExecDropSingleTupleTableSlot(slot);
        table_endscan(scan);
        UnregisterSnapshot(snapshot);
        table_close(relation, NoLock);
    });
    std::sort(keys.begin(), keys.end());
    return keys;
}

// Sorts the later cut's rows: new keys to the schema's tables, possibly changed rows to the
// staging tables, the rest (settled by the earlier cut) dropped.
class AdvanceSink final : public core::RowSink {
public:
    AdvanceSink(TableStates& tables, core::Timestamp previous_cut, const std::array<Oid, core::kTableCount>& targets,
                const std::array<Oid, core::kTableCount>& staging)
        : tables_(tables), previous_cut_(previous_cut), inserts_(targets), candidates_(staging) {}

    bool Wants(core::TableId table) const override { return tables_[static_cast<int>(table)].generated; }

    void Write(const core::Row& row) override {
        TableState& state = tables_[static_cast<int>(row.table())];
        const int64_t key = row[0].integer;
        state.max_key = std::max(state.max_key, key);
        const auto found = std::lower_bound(state.keys.begin(), state.keys.end(), key);
        if (found == state.keys.end() || *found != key) {
            inserts_.Write(row);
            ++state.inserted;
            return;
        }
        state.seen[found - state.keys.begin()] = 1;
        const bool may_have_moved_on =
            state.practice ||
            (state.edit_column >= 0 && (row[state.edit_column].is_null || row[state.edit_column].integer > previous_cut_.micros));
        if (!may_have_moved_on) return;
        candidates_.Write(row);
        ++state.staged;
    }

    void Checkpoint() override { inserts_.Checkpoint(); }

    void Finish() {
        inserts_.Finish();
        candidates_.Finish();
    }

private:
    TableStates& tables_;
    core::Timestamp previous_cut_;
    BulkInsertSink inserts_;
    BulkInsertSink candidates_;
};

[[noreturn]] void Refuse(core::ErrorKind kind, const std::string& message, const std::string& hint) {
    throw core::Error(kind, message, hint);
}

// The refusals that need only the record: a schema dentsynth did not write, another generator
// version, a partitioned generation not fully loaded, a cut not after the schema's.
GenerationRecord CheckRecord(SpiSession& spi, const std::string& schema_name, core::Timestamp to) {
    const std::optional<GenerationRecord> record = ReadGenerationRecord(spi, schema_name, true);
    if (!record)
        Refuse(core::ErrorKind::kTargetNotEmpty,
               "invalid value for parameter \"target_schema\": dentsynth has no record of generating schema \"" + schema_name + "\"",
               "advance() moves on only a schema that generate_all wrote (dentsynth.generation lists them): generate into it first, "
               "e.g. SELECT * FROM dentsynth.generate_all(..., as_of => now(), target_schema => '" +
                   schema_name + "', replace => true).");
    if (record->generator_version != kGeneratorVersion)
        Refuse(core::ErrorKind::kTargetNotEmpty,
               "invalid value for parameter \"target_schema\": schema \"" + schema_name + "\" was generated by generator version " +
                   record->generator_version + ", this library is version " + std::string(kGeneratorVersion),
               "Another version makes other rows, so the schema cannot be moved on in place: regenerate it with replace => true "
               "(the same arguments and the later as_of).");
    if (!record->FullyLoaded())
        Refuse(core::ErrorKind::kTargetNotEmpty,
               "invalid value for parameter \"target_schema\": schema \"" + schema_name + "\" holds a partially loaded generation (" +
                   record->Describe() + ")",
               "Load the missing parts first (generate_all(..., part => k, parts => " + std::to_string(record->params.parts) +
                   ")); advance() moves on the whole roster.");
    // A schema inject_faults damaged is no longer what the generator wrote: moved on in place, its
    // damage would stay under rows that no longer equal any generation.
    const bool damaged = !spi.Query(
                                 "SELECT 1 FROM dentsynth.fault_injection f JOIN dentsynth.generation g"
                                 " ON g.target_schema = f.target_schema AND f.generated_at IS NOT DISTINCT FROM g.generated_at"
                                 " WHERE f.target_schema = " +
                                     QuoteLiteral(schema_name) + " LIMIT 1",
                                 std::nullopt, true)
                              .empty();
    if (damaged)
        Refuse(core::ErrorKind::kTargetNotEmpty,
               "invalid value for parameter \"target_schema\": schema \"" + schema_name + "\" was damaged by inject_faults",
               "advance() moves on only a schema as generate_all wrote it (dentsynth.fault_injection lists the damage): regenerate it "
               "with generate_all(..., replace => true), inject the faults after advancing, or advance a copy generated without them.");
    if (to <= record->params.as_of)
        Refuse(core::ErrorKind::kInvalidParameter,
               "invalid value for parameter \"to\": " + core::ToIsoString(to) + " is not after the schema's as_of " +
                   core::AsOfText(record->params),
               "advance() only moves a schema forward; pass a later moment (the default is now()), or regenerate with replace => true "
               "for an earlier cut.");
    return *record;
}

// The later generation's parameters, refused by the name of the parameter that sets the cut.
core::GenerationParams LaterParams(const GenerationRecord& record, core::Timestamp to) {
    core::GenerationParams params = record.params;
    params.as_of = to;
    params.part = 1;
    params.parts = 1;  // the whole roster: a fully loaded partitioned generation equals the single call
    try {
        core::ValidateParams(params);
    } catch (const core::Error& error) {
        std::string message = error.what();
        const std::string as_of = "\"as_of\"";
        if (const size_t at = message.find(as_of); at != std::string::npos) message.replace(at, as_of.size(), "\"to\"");
        throw core::Error(error.kind(), message, error.hint(), error.detail());
    }
    return params;
}

// Locks a generated table against other writers until the end of the transaction and checks
// that advance() may read, insert, update (and, where OpenDental deletes, delete) its rows.
Oid OpenTarget(const std::string& schema_name, Oid namespace_oid, core::TableId table) {
    const char* name = core::InfoOf(table).name;
    Oid relation_id = InvalidOid;
    bool allowed = false, row_security = false, triggers = false;
    const bool deletes = OpenDentalDeletesFrom(table);
    PgCall([&] {
        relation_id = get_relname_relid(name, namespace_oid);
        if (!OidIsValid(relation_id)) elog(ERROR, "dentsynth: table %s vanished", name);
        const AclMode needed = ACL_SELECT | ACL_INSERT | ACL_UPDATE | (deletes ? ACL_DELETE : 0);
        allowed = pg_class_aclmask(relation_id, GetUserId(), needed, ACLMASK_ALL) == needed;
        row_security = check_enable_rls(relation_id, InvalidOid, true) == RLS_ENABLED;
        Relation relation = table_open(relation_id, ShareRowExclusiveLock);
        triggers = relation->trigdesc != nullptr;
        table_close(relation, NoLock);
    });
    const std::string qualified = schema_name + "." + name;
    if (!allowed)
        Refuse(core::ErrorKind::kPermissionDenied, "permission denied to advance " + qualified,
               std::string("advance() reads, inserts and updates the generated tables") + (deletes ? " and deletes from this one" : "") +
                   ": GRANT SELECT, INSERT, UPDATE" + (deletes ? ", DELETE" : "") + " ON " + qualified + " TO <role>.");
    RefuseUnlessBulkWritable(qualified, row_security, triggers);
    return relation_id;
}

std::string ColumnList(const core::TableInfo& info, const std::string& alias, int from) {
    std::string list;
    for (int c = from; c < info.column_count; ++c) list += (list.empty() ? "" : ", ") + alias + QuoteIdentifier(info.columns[c].name);
    return list;
}

// A temporary table shaped like each table whose rows may move on, for the candidates.
void CreateStagingTables(SpiSession& spi, const std::string& quoted_schema, TableStates& tables) {
    std::string ddl;
    for (const core::GeneratedTable& generated : core::GeneratedTables()) {
        const TableState& state = tables[static_cast<int>(generated.table)];
        if (!state.practice && state.edit_column < 0) continue;
        const char* name = core::InfoOf(generated.table).name;
        ddl += "CREATE TEMP TABLE " + QuoteIdentifier(std::string(kStagingPrefix) + name) + " (LIKE " + quoted_schema + "." +
               QuoteIdentifier(name) + ");";
    }
    spi.Execute(ddl);
    for (const auto& row : spi.Query("SELECT substr(relname, " + std::to_string(std::string_view(kStagingPrefix).size() + 1) +
                                         "), oid FROM pg_catalog.pg_class WHERE relnamespace = pg_catalog.pg_my_temp_schema()"
                                         " AND relname LIKE 'dentsynth\\_advance\\_%'",
                                     std::nullopt, true)) {
        const core::TableInfo* info = core::FindTable(row[0].value_or(""));
        if (info != nullptr) tables[static_cast<int>(info->id)].staging = static_cast<Oid>(std::stoul(row[1].value_or("0")));
    }
}

// Rewrites the rows whose candidates differ from them in any column; returns how many.
int64_t ApplyUpdates(SpiSession& spi, const std::string& quoted_schema, core::TableId table) {
    const core::TableInfo& info = core::InfoOf(table);
    if (info.column_count < 2) return 0;
    const std::string staging = "pg_temp." + QuoteIdentifier(std::string(kStagingPrefix) + info.name);
    const std::string key = QuoteIdentifier(info.columns[0].name);
    spi.Execute("ANALYZE " + staging);
    return static_cast<int64_t>(spi.Execute("UPDATE " + quoted_schema + "." + QuoteIdentifier(info.name) + " AS t SET (" +
                                            ColumnList(info, "", 1) + ") = ROW(" + ColumnList(info, "s.", 1) + ") FROM " + staging +
                                            " AS s WHERE t." + key + " = s." + key + " AND (" + ColumnList(info, "t.", 1) +
                                            ") IS DISTINCT FROM (" + ColumnList(info, "s.", 1) + ")"));
}

std::string KeyArray(const std::vector<int64_t>& keys) {
    std::string text = "'{";
    for (size_t i = 0; i < keys.size(); ++i) text += (i ? "," : "") + std::to_string(keys[i]);
    return text + "}'::bigint[]";
}

}  // namespace

Datum Advance(FunctionCallInfo fcinfo) {
    const CallArguments arguments(fcinfo);
    const core::Timestamp to = arguments.ReadMoment("to");
    const TimestampTz to_as_given = arguments.ReadTimestampTz("to");
    const std::string schema_name = arguments.ReadName("target_schema");

    SpiSession spi;
    Oid namespace_oid = InvalidOid;
    PgCall([&] {
        if (!OidIsValid(get_namespace_oid(schema_name.c_str(), true)))
            ereport(ERROR, (errcode(ERRCODE_INVALID_SCHEMA_NAME),
                            errmsg("invalid value for parameter \"target_schema\": schema \"%s\" does not exist", schema_name.c_str()),
                            errhint("advance() moves on a schema that generate_all wrote; generate into it first.")));
    });
    // One advance (or part load) of a schema at a time; the record is read after the wait.
    LockGenerationRecord(spi, schema_name);
    GenerationRecord record = CheckRecord(spi, schema_name, to);
    const core::Timestamp previous_cut = record.params.as_of;
    const core::GenerationParams params = LaterParams(record, to);
    EnsureRawSchema(spi, schema_name, namespace_oid);
    const std::string quoted_schema = QuoteIdentifier(schema_name);

    TableStates tables;
    std::array<Oid, core::kTableCount> targets, staging;
    targets.fill(InvalidOid);
    staging.fill(InvalidOid);
    for (const core::GeneratedTable& generated : core::GeneratedTables()) {
        TableState& state = tables[static_cast<int>(generated.table)];
        state.generated = true;
        state.practice = generated.level == core::TableLevel::kPractice;
        state.edit_column = EditColumn(core::InfoOf(generated.table));
        state.relation = OpenTarget(schema_name, namespace_oid, generated.table);
        targets[static_cast<int>(generated.table)] = state.relation;
    }
    for (const core::TableId table : kBookkeepingTables) OpenTarget(schema_name, namespace_oid, table);
    for (TableState& state : tables) {
        if (!state.generated) continue;
        state.keys = ReadKeys(state.relation);
        state.seen.assign(state.keys.size(), 0);
    }
    CreateStagingTables(spi, quoted_schema, tables);
    for (int i = 0; i < core::kTableCount; ++i) staging[i] = tables[i].staging;
    spi.Finish();

    AdvanceSink sink(tables, previous_cut, targets, staging);
    if (generate_on_worker_thread)
        core::GenerateInBackground(params, sink);
    else
        core::Generate(params, sink);
    sink.Finish();

    SpiSession apply_spi;
    std::string drop_list;
    std::vector<TableLoad> loads;
    for (const core::GeneratedTable& generated : core::GeneratedTables()) {
        TableState& state = tables[static_cast<int>(generated.table)];
        const core::TableInfo& info = core::InfoOf(generated.table);
        for (size_t i = 0; i < state.keys.size(); ++i)
            if (!state.seen[i]) state.gone.push_back(state.keys[i]);
        if (!state.gone.empty() && !OpenDentalDeletesFrom(generated.table))
            Refuse(core::ErrorKind::kTargetNotEmpty,
                   "invalid value for parameter \"target_schema\": " + schema_name + "." + info.name + " holds " +
                       std::to_string(state.gone.size()) +
                       " rows that dentsynth's generation does not make (the first key: " + std::to_string(state.gone.front()) + ")",
                   "advance() keeps every row OpenDental keeps and never removes rows it did not write; move your own rows out of the "
                   "generated tables, or regenerate with replace => true. Nothing was written.");
        if (!state.gone.empty())
            state.deleted =
                static_cast<int64_t>(apply_spi.Execute("DELETE FROM " + quoted_schema + "." + QuoteIdentifier(info.name) + " WHERE " +
                                                       QuoteIdentifier(info.columns[0].name) + " = ANY (" + KeyArray(state.gone) + ")"));
        if (state.staged > 0) state.updated = ApplyUpdates(apply_spi, quoted_schema, generated.table);
        if (state.staging != InvalidOid)
            drop_list +=
                (drop_list.empty() ? "" : ", ") + std::string("pg_temp.") + QuoteIdentifier(std::string(kStagingPrefix) + info.name);
        record.table_rows[info.name] += state.inserted - state.deleted;
        if (state.inserted + state.updated + state.deleted > 0)
            loads.push_back({generated.table, state.inserted + state.updated + state.deleted, state.max_key});
    }
    if (!drop_list.empty()) apply_spi.Execute("DROP TABLE " + drop_list);
    const std::array<int64_t, 4> bookkeeping = WriteAdvanceBookkeeping(apply_spi, quoted_schema, params, previous_cut, loads);

    record.params.as_of = to;
    record.as_of = to_as_given;
    PgCall([&] { record.advanced_at = GetCurrentTransactionStartTimestamp(); });
    WriteGenerationRecord(record);
    apply_spi.Finish();

    ReturnSetInfo* result = nullptr;
    PgCall([&] {
        InitMaterializedSRF(fcinfo, 0);
        result = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
    });
    auto put = [&](const char* name, int64_t inserted, int64_t updated, int64_t deleted) {
        PgCall([&] {
            Datum values[4] = {CStringGetTextDatum(name), Int64GetDatum(inserted), Int64GetDatum(updated), Int64GetDatum(deleted)};
            bool nulls[4] = {false, false, false, false};
            tuplestore_putvalues(result->setResult, result->setDesc, values, nulls);
        });
    };
    for (const core::GeneratedTable& generated : core::GeneratedTables()) {
        const TableState& state = tables[static_cast<int>(generated.table)];
        put(core::InfoOf(generated.table).name, state.inserted, state.updated, state.deleted);
    }
    for (size_t i = 0; i < bookkeeping.size(); ++i) put(core::InfoOf(kBookkeepingTables[i]).name, bookkeeping[i], 0, 0);
    return (Datum)0;
}

}  // namespace dentsynth::pg
