// The set-returning sink: rows of one table become rows of a generate_<table>() call, in a
// tuplestore (materialize mode), with the composite type's column order = the contract's.
#pragma once

#include "pg/postgres_headers.hpp"

#include "core/sink.hpp"

namespace dentsynth::pg {

class TuplestoreSink final : public core::RowSink {
public:
    // `fcinfo` is the calling SRF; its result type must be the composite type of `table`.
    TuplestoreSink(FunctionCallInfo fcinfo, core::TableId table);

    bool Wants(core::TableId table) const override { return table == table_; }
    void Write(const core::Row& row) override;
    void Checkpoint() override;

private:
    core::TableId table_;
    Tuplestorestate* store_ = nullptr;
    TupleDesc descriptor_ = nullptr;
    Datum* values_ = nullptr;
    bool* nulls_ = nullptr;
    MemoryContext row_context_ = nullptr;
    uint32_t rows_since_check_ = 0;
};

}  // namespace dentsynth::pg
