// One converter per SQL type: a core Row becomes the Datum/isnull arrays of a tuple.
#pragma once

#include "pg/postgres_headers.hpp"

#include "core/row.hpp"

namespace dentsynth::pg {

// Fills values/nulls (row.size() entries) from `row`, allocating varlena values in the current
// memory context. Backend code: call it inside PgCall.
void RowToDatums(const core::Row& row, Datum* values, bool* nulls);

}  // namespace dentsynth::pg
