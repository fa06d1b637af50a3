// The ETL bookkeeping tables (etl_load_status, etl_transform_status, etl_pipeline_metrics,
// etl_table_metrics): what the pipeline that loads a real OpenDental replica records about a load.
// generate_all writes them after the load, from what it wrote: one pipeline run per call (per part
// of a partitioned load, which is a load of its own) with a metrics row per loaded table, and one
// load-status and one transform-status row per table with its row count and largest key (UNIQUE
// (table_name), as the downstream's hooks need: a later part adds to the row), all stamped in
// the hour before the cut, the run and its transforms over by it (never the wall clock: output
// stays a pure function of the arguments). Then each id sequence is set past the ids written.
#pragma once

#include "pg/postgres_headers.hpp"

#include <array>
#include <string>
#include <vector>

#include "core/params.hpp"
#include "core/schema.hpp"
#include "pg/spi.hpp"
#include "pg/table_writer.hpp"

namespace dentsynth::pg {

// The bookkeeping tables generate_all fills besides the generated ones.
inline constexpr core::TableId kBookkeepingTables[] = {core::TableId::etl_load_status, core::TableId::etl_transform_status,
                                                       core::TableId::etl_pipeline_metrics, core::TableId::etl_table_metrics};

// The tables with one row per loaded table (UNIQUE (table_name)), which the parts of a partitioned
// load share: a later part adds its rows to the row.
inline bool IsStatusTable(core::TableId table) {
    return table == core::TableId::etl_load_status || table == core::TableId::etl_transform_status;
}

// Writes this load's bookkeeping rows into the schema's ETL tables; returns rows written per table.
std::array<int64_t, 4> WriteEtlBookkeeping(SpiSession& spi, const std::string& quoted_schema, const core::GenerationParams& params,
                                           const BulkInsertSink& sink);

// One table's part in an advance: the rows it inserted, updated or deleted, and its largest key.
struct TableLoad {
    core::TableId table;
    int64_t rows;
    int64_t max_key;
};

// Records an advance from `previous_cut` to params.as_of as one incremental load: a pipeline run
// with a metrics row per table it changed, and those tables' status rows moved on (rows_loaded:
// the rows this load wrote; the largest key; the load stamped before the new cut, after the
// previous one). Ids continue the tables' own, and the id sequences end past them.
std::array<int64_t, 4> WriteAdvanceBookkeeping(SpiSession& spi, const std::string& quoted_schema, const core::GenerationParams& params,
                                               core::Timestamp previous_cut, const std::vector<TableLoad>& loads);

}  // namespace dentsynth::pg
