// The bulk-insert sink: rows become heap tuples written the way COPY FROM writes them, through
// the table access method's multi-insert with a BulkInsertState, in batches, with every index
// of the table maintained (or, for tables new in this transaction, rebuilt after the load). No SQL
// per row, no SPI in the loop.
#pragma once

#include "pg/postgres_headers.hpp"

#include <array>
#include <cstdint>

#include "core/sink.hpp"
#include "pg/load_progress.hpp"

namespace dentsynth::pg {

struct TableWriterState;  // backend-side state of one open table (palloc'd; see table_writer.cpp)

class BulkInsertSink final : public core::RowSink {
public:
    // `relations` maps each table the sink accepts to its open, checked relation id (InvalidOid
    // for tables it does not accept). The relations must already be locked RowExclusive.
    explicit BulkInsertSink(const std::array<Oid, core::kTableCount>& relations);
    ~BulkInsertSink() override;

    bool Wants(core::TableId table) const override;
    void Write(const core::Row& row) override;
    // Honours a cancel, and publishes the progress if it moved. Called every 1024 rows written, and
    // by the generator between entities (or, on the worker-thread path, between handed-over batches).
    void Checkpoint() override;
    void PatientsWritten(int64_t patients) override;

    // Where the sink publishes its progress (rows written, patients done), or nullptr for nowhere.
    void ReportProgressTo(LoadProgress* progress) { progress_ = progress; }

    // Flushes every buffer and closes the relations; call once, on success only. On an error
    // nothing needs undoing here: the aborting transaction releases relations, memory and locks.
    void Finish();

    int64_t RowsWritten(core::TableId table) const { return rows_[static_cast<int>(table)]; }
    // With DEBUG1 messages wanted (client_min_messages or log_min_messages at debug1), the sink
    // times each table's writes and its close (last batch, sync, index rebuild) and Finish()
    // reports them, one DEBUG1 line per table: where a load's time goes, table by table. Off
    // otherwise: a clock read per row costs a few percent.
    // The largest primary key written into `table` (every generated table's key is its first
    // column, an integer), or 0.
    int64_t MaxKey(core::TableId table) const { return max_keys_[static_cast<int>(table)]; }

private:
    std::array<Oid, core::kTableCount> relations_;
    std::array<TableWriterState*, core::kTableCount> writers_{};
    std::array<int64_t, core::kTableCount> rows_{};
    std::array<int64_t, core::kTableCount> max_keys_{};
    MemoryContext context_ = nullptr;
    uint32_t rows_since_check_ = 0;
    int64_t rows_total_ = 0;
    int64_t patients_written_ = 0;
    LoadProgress* progress_ = nullptr;
    bool timing_ = false;
    std::array<double, core::kTableCount> write_seconds_{};
    std::array<double, core::kTableCount> close_seconds_{};
};

}  // namespace dentsynth::pg
