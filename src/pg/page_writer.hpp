// Heap pages filled in the backend's own memory and written straight to the relation's storage,
// bypassing shared buffers, for a table created or truncated in the current transaction: the way
// PostgreSQL rewrites a table (src/backend/access/heap/rewriteheap.c, raw_heap_insert) and builds
// a B-tree (nbtsort.c). Nobody else can see or extend such a relation file before commit, so no
// buffer lookups, no relation-extension lock and no zero-filled extension write are needed: each
// page is written once, and WAL-logged as a whole page (log_newpages, 32 pages per record) when
// the relation needs WAL. Tuples are prepared as heap_insert prepares them (xmin, cmin, TOAST).
#pragma once

#include "pg/postgres_headers.hpp"

namespace dentsynth::pg {

struct PageWriterState;  // palloc'd in the caller's memory context; nothing to destroy on error

// Whether `relation`'s file was created in this transaction (a new table, or a TRUNCATE's new
// file): invisible to every other session, or locked AccessExclusive, until commit.
inline bool FileIsNewInTransaction(Relation relation) {
    return relation->rd_createSubid != InvalidSubTransactionId || relation->rd_firstRelfilenodeSubid != InvalidSubTransactionId;
}

// A writer for `relation`, or nullptr when the relation is not written this way: not new in this
// transaction, or already holding pages (then shared buffers may hold them too).
PageWriterState* OpenPageWriter(Relation relation, CommandId command_id);

// Adds one heap tuple (formed from the relation's descriptor; it may be freed afterwards).
void WriteTupleToPage(PageWriterState* state, HeapTuple tuple);

// Writes the pages still buffered and, when they were WAL-logged, syncs the relation file (a
// checkpoint taken during the load did not see pages that never passed through shared buffers).
void ClosePageWriter(PageWriterState* state);

}  // namespace dentsynth::pg
