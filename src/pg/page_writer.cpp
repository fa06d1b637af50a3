// See page_writer.hpp. Follows raw_heap_insert (rewriteheap.c) and heap_prepare_insert (heapam.c)
// of PostgreSQL 15.
#include "pg/page_writer.hpp"

namespace dentsynth::pg {

namespace {
// Pages filled before they are logged and written: one log_newpages record holds up to 32 block
// images (XLR_MAX_BLOCK_ID), so a batch of 32 costs one WAL record instead of 32.
constexpr int kPagesPerBatch = 32;
}  // namespace

struct PageWriterState {
    Relation relation;
    TransactionId xid;
    CommandId command_id;
    Size save_free_space;  // the table's fillfactor, as heap_insert honours it
    bool needs_wal;  // false at wal_level minimal: the file is synced at commit instead
    BlockNumber next_block;  // the block number of pages[0]
    int filled;  // pages complete in `pages`, before the one being filled
    bool page_open;  // pages[filled] holds tuples
    PGAlignedBlock pages[kPagesPerBatch];
    int64 tuples;
};

namespace {

void WriteBatch(PageWriterState* state) {
    const int count = state->filled + (state->page_open ? 1 : 0);
    if (count == 0) return;
    BlockNumber blocks[kPagesPerBatch];
    Page pages[kPagesPerBatch];
    for (int i = 0; i < count; ++i) {
        blocks[i] = state->next_block + i;
        pages[i] = state->pages[i].data;
    }
    // WAL first (it stamps each page's LSN), then the checksum over the final bytes, then storage.
    if (state->needs_wal) log_newpages(&state->relation->rd_node, MAIN_FORKNUM, count, blocks, pages, true);
    for (int i = 0; i < count; ++i) {
        PageSetChecksumInplace(pages[i], blocks[i]);
        smgrextend(RelationGetSmgr(state->relation), MAIN_FORKNUM, blocks[i], pages[i], true);
    }
    state->next_block += count;
    state->filled = 0;
    state->page_open = false;
}

// heap_prepare_insert: the insert's transaction and command, no xmax; wide values go to TOAST.
HeapTuple PrepareTuple(PageWriterState* state, HeapTuple tuple) {
    HeapTupleHeader header = tuple->t_data;
    header->t_infomask &= ~HEAP_XACT_MASK;
    header->t_infomask2 &= ~HEAP2_XACT_MASK;
    header->t_infomask |= HEAP_XMAX_INVALID;
    HeapTupleHeaderSetXmin(header, state->xid);
    HeapTupleHeaderSetCmin(header, state->command_id);
    HeapTupleHeaderSetXmax(header, 0);
    tuple->t_tableOid = RelationGetRelid(state->relation);
    if (HeapTupleHasExternal(tuple) || tuple->t_len > TOAST_TUPLE_THRESHOLD)
        return heap_toast_insert_or_update(state->relation, tuple, nullptr, HEAP_INSERT_SKIP_FSM);
    return tuple;
}

}  // namespace

PageWriterState* OpenPageWriter(Relation relation, CommandId command_id) {
    if (!FileIsNewInTransaction(relation) || relation->rd_rel->relkind != RELKIND_RELATION) return nullptr;
    if (smgrnblocks(RelationGetSmgr(relation), MAIN_FORKNUM) != 0) return nullptr;
    auto* state = static_cast<PageWriterState*>(palloc0(sizeof(PageWriterState)));
    state->relation = relation;
    state->xid = GetCurrentTransactionId();
    state->command_id = command_id;
    state->save_free_space = RelationGetTargetPageFreeSpace(relation, HEAP_DEFAULT_FILLFACTOR);
    state->needs_wal = RelationNeedsWAL(relation);
    return state;
}

void WriteTupleToPage(PageWriterState* state, HeapTuple tuple) {
    HeapTuple prepared = PrepareTuple(state, tuple);
    const Size length = MAXALIGN(prepared->t_len);
    if (length > MaxHeapTupleSize)
        ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
                        errmsg("row is too big: size %zu, maximum size %zu", length, static_cast<Size>(MaxHeapTupleSize))));
    Page page = state->pages[state->filled].data;
    if (state->page_open && length + state->save_free_space > PageGetHeapFreeSpace(page)) {
        state->filled++;
        state->page_open = false;
        if (state->filled == kPagesPerBatch) WriteBatch(state);
        page = state->pages[state->filled].data;
    }
    if (!state->page_open) {
        PageInit(page, BLCKSZ, 0);
        state->page_open = true;
    }
    const OffsetNumber offset =
        PageAddItem(page, reinterpret_cast<Item>(prepared->t_data), prepared->t_len, InvalidOffsetNumber, false, true);
    if (offset == InvalidOffsetNumber) elog(ERROR, "failed to add tuple to page");
    // The tuple's own location, as heap_insert's RelationPutHeapTuple records it.
    auto* stored = reinterpret_cast<HeapTupleHeader>(PageGetItem(page, PageGetItemId(page, offset)));
    ItemPointerSet(&stored->t_ctid, state->next_block + state->filled, offset);
    if (prepared != tuple) heap_freetuple(prepared);
    state->tuples++;
}

void ClosePageWriter(PageWriterState* state) {
    WriteBatch(state);
    // As end_heap_rewrite: WAL-logged pages written outside shared buffers are synced now, since a
    // checkpoint during the load did not flush them. Without WAL the commit syncs the file.
    if (state->needs_wal) smgrimmedsync(RelationGetSmgr(state->relation), MAIN_FORKNUM);
    pgstat_count_heap_insert(state->relation, state->tuples);
}

}  // namespace dentsynth::pg
