// Materialize-mode output for the per-table set-returning functions.
#include "pg/tuplestore_sink.hpp"

#include "core/errors.hpp"
#include "pg/datum_convert.hpp"
#include "pg/error_bridge.hpp"

namespace dentsynth::pg {

TuplestoreSink::TuplestoreSink(FunctionCallInfo fcinfo, core::TableId table) : table_(table) {
    const int expected_columns = core::InfoOf(table).column_count;
    int actual_columns = 0;
    PgCall([&] {
        InitMaterializedSRF(fcinfo, 0);
        auto* result = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
        store_ = result->setResult;
        descriptor_ = result->setDesc;
        actual_columns = descriptor_->natts;
        values_ = static_cast<Datum*>(palloc0(sizeof(Datum) * expected_columns));
        nulls_ = static_cast<bool*>(palloc0(sizeof(bool) * expected_columns));
        row_context_ = AllocSetContextCreate(CurrentMemoryContext, "dentsynth row", ALLOCSET_SMALL_SIZES);
    });
    if (actual_columns != expected_columns)
        throw core::Error(core::ErrorKind::kInternal, std::string("result type of the function for ") + core::InfoOf(table).name + " has " +
                                                          std::to_string(actual_columns) + " columns, the contract " +
                                                          std::to_string(expected_columns));
}

void TuplestoreSink::Write(const core::Row& row) {
    if (row.table() != table_) return;
    PgCall([&] {
        MemoryContext old = MemoryContextSwitchTo(row_context_);
        RowToDatums(row, values_, nulls_);
        MemoryContextSwitchTo(old);
        tuplestore_putvalues(store_, descriptor_, values_, nulls_);
        MemoryContextReset(row_context_);
    });
    if (++rows_since_check_ >= 1024) Checkpoint();
}

void TuplestoreSink::Checkpoint() {
    rows_since_check_ = 0;
    PgCall([] { CHECK_FOR_INTERRUPTS(); });
}

}  // namespace dentsynth::pg
