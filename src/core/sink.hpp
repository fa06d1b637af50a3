// Where generated rows go. The core pushes typed Rows; the PostgreSQL layer decides whether they
// become heap tuples in the raw tables (bulk insert) or rows of a set-returning function
// (tuplestore). The core never knows which.
#pragma once

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
};

}  // namespace dentsynth::core
