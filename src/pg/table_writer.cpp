// Batching tuples per table and handing them to table_multi_insert, as COPY FROM does
// (src/backend/commands/copyfrom.c): up to kMaxBufferedTuples or kMaxBufferedBytes per batch,
// one BulkInsertState per table, index entries inserted after each batch; or, for a table created
// or truncated in this transaction, no index entries during the load and one rebuild of its
// indexes at the end (reindex_relation: sorted builds, unique constraints checked); such a table's
// heap pages are also filled in the backend's memory and written straight to storage (page_writer).
#include "pg/table_writer.hpp"

#include <chrono>

#include "pg/datum_convert.hpp"
#include "pg/error_bridge.hpp"
#include "pg/page_writer.hpp"
#include "pg/settings.hpp"

namespace dentsynth::pg {

namespace {
constexpr int kMaxBufferedTuples = 1000;
constexpr size_t kMaxBufferedBytes = 64 * 1024;
constexpr uint32_t kRowsBetweenInterruptChecks = 1024;
}  // namespace

// Backend-side state of one open table. Plain C data allocated in the sink's memory context:
// nothing here has a destructor, so an aborting transaction can simply drop it.
struct TableWriterState {
    Relation relation;
    EState* estate;
    ResultRelInfo* result_relation;
    BulkInsertState bulk_state;
    TupleTableSlot* slots[kMaxBufferedTuples];
    int buffered;
    size_t buffered_bytes;
    MemoryContext batch_context;  // Datums of the buffered rows; reset after each flush
    CommandId command_id;
    int insert_options;  // TABLE_INSERT_* flags, as COPY chooses them
    bool rebuild_indexes;  // no index entries during the load; rebuild them at the end
    PageWriterState* page_writer;  // set: rows become tuples on pages written directly, no slots
    Datum* values;  // the page writer's row, as Datums (natts of them)
    bool* nulls;
};

namespace {

TableWriterState* OpenWriter(Oid relation_id, MemoryContext context) {
    MemoryContext old = MemoryContextSwitchTo(context);
    auto* state = static_cast<TableWriterState*>(palloc0(sizeof(TableWriterState)));
    state->relation = table_open(relation_id, RowExclusiveLock);
    state->estate = CreateExecutorState();
    state->result_relation = makeNode(ResultRelInfo);
    InitResultRelInfo(state->result_relation, state->relation, 1, nullptr, 0);
    state->bulk_state = GetBulkInsertState();
    state->batch_context = AllocSetContextCreate(context, "dentsynth batch", ALLOCSET_DEFAULT_SIZES);
    state->command_id = GetCurrentCommandId(true);
    // A table created or truncated in this transaction is invisible to every other session (a
    // new table) or locked AccessExclusive until commit (a truncated one). As COPY does, new tuples
    // go straight to new pages (no free space worth looking up); and its indexes can be built once
    // from the finished heap instead of entry by entry.
    const bool new_in_transaction = FileIsNewInTransaction(state->relation);
    if (new_in_transaction) state->insert_options |= TABLE_INSERT_SKIP_FSM;
    state->rebuild_indexes = new_in_transaction && build_indexes_after_load && state->relation->rd_rel->relhasindex;
    if (!state->rebuild_indexes) ExecOpenIndices(state->result_relation, false);
    // Index entries need the tuples in shared buffers only when they are made row by row.
    if (write_pages_directly && (state->rebuild_indexes || !state->relation->rd_rel->relhasindex))
        state->page_writer = OpenPageWriter(state->relation, state->command_id);
    if (state->page_writer != nullptr) {
        const int columns = RelationGetDescr(state->relation)->natts;
        state->values = static_cast<Datum*>(palloc(sizeof(Datum) * columns));
        state->nulls = static_cast<bool*>(palloc(sizeof(bool) * columns));
    }
    MemoryContextSwitchTo(old);
    return state;
}

void FlushWriter(TableWriterState* state) {
    if (state->buffered == 0) return;
    // What the insert allocates for the batch (heap_multi_insert's tuple array, index tuples) goes
    // with the batch, as COPY runs it in its per-tuple context: left in the caller's context it
    // would add some 8 kB per batch until the call ends.
    MemoryContext caller_context = MemoryContextSwitchTo(state->batch_context);
    table_multi_insert(state->relation, state->slots, state->buffered, state->command_id, state->insert_options, state->bulk_state);
    if (state->result_relation->ri_NumIndices > 0) {
        for (int i = 0; i < state->buffered; ++i) {
            List* recheck = ExecInsertIndexTuples(state->result_relation, state->slots[i], state->estate, false, false, nullptr, NIL);
            list_free(recheck);
            ResetPerTupleExprContext(state->estate);
        }
    }
    MemoryContextSwitchTo(caller_context);
    for (int i = 0; i < state->buffered; ++i) ExecClearTuple(state->slots[i]);
    state->buffered = 0;
    state->buffered_bytes = 0;
    MemoryContextReset(state->batch_context);
}

// Checked once, with the table's first row: every row of a table has the same columns.
void CheckColumnCount(const TableWriterState* state, const core::Row& row) {
    if (RelationGetDescr(state->relation)->natts != row.size())
        ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR), errmsg("table %s has %d columns, dentsynth wrote %d", row.info().name,
                                                                RelationGetDescr(state->relation)->natts, row.size())));
}

void WriteRowToPage(TableWriterState* state, const core::Row& row) {
    MemoryContext old = MemoryContextSwitchTo(state->batch_context);
    RowToDatums(row, state->values, state->nulls);
    WriteTupleToPage(state->page_writer, heap_form_tuple(RelationGetDescr(state->relation), state->values, state->nulls));
    MemoryContextSwitchTo(old);
    // The Datums and tuples of a thousand rows at a time, freed together.
    if (++state->buffered == kMaxBufferedTuples) {
        state->buffered = 0;
        MemoryContextReset(state->batch_context);
    }
}

void BufferRow(TableWriterState* state, const core::Row& row) {
    if (state->page_writer != nullptr) return WriteRowToPage(state, row);
    TupleTableSlot*& slot = state->slots[state->buffered];
    if (slot == nullptr) {
        MemoryContext old = MemoryContextSwitchTo(GetMemoryChunkContext(state));
        slot = table_slot_create(state->relation, nullptr);
        MemoryContextSwitchTo(old);
    }
    ExecClearTuple(slot);
    MemoryContext old = MemoryContextSwitchTo(state->batch_context);
    RowToDatums(row, slot->tts_values, slot->tts_isnull);
    MemoryContextSwitchTo(old);
    ExecStoreVirtualTuple(slot);
    state->buffered++;
    for (const core::Cell* cell = &row[0]; cell != &row[0] + row.size(); ++cell) state->buffered_bytes += 8 + cell->text.size();
    if (state->buffered == kMaxBufferedTuples || state->buffered_bytes >= kMaxBufferedBytes) FlushWriter(state);
}

void CloseWriter(TableWriterState* state) {
    if (state->page_writer != nullptr)
        ClosePageWriter(state->page_writer);
    else
        FlushWriter(state);
    for (TupleTableSlot* slot : state->slots)
        if (slot != nullptr) ExecDropSingleTupleTableSlot(slot);
    if (!state->rebuild_indexes) ExecCloseIndices(state->result_relation);
    FreeBulkInsertState(state->bulk_state);
    table_finish_bulk_insert(state->relation, state->insert_options);
    FreeExecutorState(state->estate);
    const Oid relation_id = RelationGetRelid(state->relation);
    table_close(state->relation, NoLock);
    if (state->rebuild_indexes) {
        // Every index of the table from its heap, unique ones checked (a duplicate key raises
        // 23505 naming the key, as an insert would have).
        ReindexParams params = {0, InvalidOid};
        reindex_relation(relation_id, REINDEX_REL_CHECK_CONSTRAINTS, &params);
    }
}

}  // namespace

BulkInsertSink::BulkInsertSink(const std::array<Oid, core::kTableCount>& relations) : relations_(relations) {
    PgCall([&] {
        context_ = AllocSetContextCreate(CurrentMemoryContext, "dentsynth bulk insert", ALLOCSET_DEFAULT_SIZES);
        timing_ = message_level_is_interesting(DEBUG1);
    });
}

// Backend memory is owned by the transaction's memory contexts: on success Finish() has
// released it; on error the abort does.
BulkInsertSink::~BulkInsertSink() = default;

bool BulkInsertSink::Wants(core::TableId table) const { return relations_[static_cast<int>(table)] != InvalidOid; }

void BulkInsertSink::Write(const core::Row& row) {
    const int index = static_cast<int>(row.table());
    if (relations_[index] == InvalidOid) return;
    TableWriterState*& writer = writers_[index];
    const Oid relation_id = relations_[index];
    MemoryContext context = context_;
    const auto started = timing_ ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point{};
    PgCall([&] {
        if (writer == nullptr) {
            writer = OpenWriter(relation_id, context);
            CheckColumnCount(writer, row);
        }
        BufferRow(writer, row);
    });
    if (timing_) write_seconds_[index] += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    rows_[index]++;
    rows_total_++;
    if (row[0].integer > max_keys_[index]) max_keys_[index] = row[0].integer;
    if (++rows_since_check_ >= kRowsBetweenInterruptChecks) Checkpoint();
}

void BulkInsertSink::Checkpoint() {
    rows_since_check_ = 0;
    PgCall([] { CHECK_FOR_INTERRUPTS(); });
    if (progress_ != nullptr) progress_->Report(rows_total_, patients_written_);
}

void BulkInsertSink::PatientsWritten(int64_t patients) {
    if (patients <= patients_written_) return;
    patients_written_ = patients;
    if (progress_ != nullptr) progress_->Report(rows_total_, patients_written_);
}

void BulkInsertSink::Finish() {
    PgCall([&] {
        for (size_t table = 0; table < writers_.size(); ++table) {
            TableWriterState*& writer = writers_[table];
            if (writer == nullptr) continue;
            const auto started = std::chrono::steady_clock::now();
            CloseWriter(writer);
            close_seconds_[table] = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            writer = nullptr;
        }
        MemoryContextDelete(context_);
        context_ = nullptr;
        if (!timing_) return;
        for (size_t table = 0; table < writers_.size(); ++table) {
            if (rows_[table] == 0) continue;
            ereport(DEBUG1, (errmsg_internal("dentsynth: %s: %lld rows, %.3f s writing, %.3f s closing (last batch, sync, index rebuild)",
                                             core::InfoOf(static_cast<core::TableId>(table)).name, static_cast<long long>(rows_[table]),
                                             write_seconds_[table], close_seconds_[table])));
        }
    });
}

}  // namespace dentsynth::pg
