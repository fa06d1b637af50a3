// Where generated rows go. The core pushes typed Rows; the PostgreSQL layer decides whether they
// become heap tuples in the raw tables (bulk insert) or rows of a set-returning function
// (tuplestore). The core never knows which.
#pragma once

#include <cstdint>

#include "core/row.hpp"

namespace dentsynth::core {

class RowSink {
public:
    virtual ~RowSink() = default;
    // Whether rows of this table are wanted at all; generators skip building unwanted rows.
    virtual bool Wants(TableId table) const = 0;
    // Takes one finished row; the sink copies what it needs before returning.
    virtual void Write(const Row& row) = 0;
    // Called between entities (a day, a patient): a safe point to honour cancellation.
    virtual void Checkpoint() {}
    // Called once every row of the first `patients` patient numbers of this call's part (in roster
    // order) has been written: the share of the call that is done, for progress reports. Each call
    // passes a larger value than the last; the last one is the part's size, after its last row.
    virtual void PatientsWritten(int64_t patients) { (void)patients; }
};

}  // namespace dentsynth::core
