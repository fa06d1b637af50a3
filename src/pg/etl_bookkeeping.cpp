// Writing the ETL bookkeeping rows with a few multi-row INSERTs after the load (a few hundred rows:
// no bulk path needed), then leaving the id sequences past the ids written.
#include "pg/etl_bookkeeping.hpp"

#include <algorithm>
#include <cstdio>
#include <limits>

#include "core/calendar.hpp"
#include "core/generator.hpp"
#include "pg/id_sequences.hpp"

namespace dentsynth::pg {

namespace {

// The modeled speed of the replica's loader, for processing times (rows per second).
constexpr double kModeledRowsPerSecond = 50000.0;
// The modeled transform of a loaded table follows its load by this long.
constexpr int64_t kTransformAfterMinutes = 30;
// Ids of a part's pipeline-run rows (etl_table_metrics) start here, so parts loaded into one
// schema never collide.
constexpr int64_t kIdsPerPart = 1000;

// A part loaded next to earlier parts meets their status rows (UNIQUE (table_name)) and adds to
// them: rows are summed, the largest key and the latest stamps kept, the first creation kept.
// Every merge is commutative, so the parts leave the same rows in any order, and the sums and
// keys are the single call's. A key compares as a number when both are digit strings (they are
// varchar; '99' < '100').
constexpr const char* kMergedKey =
    "CASE WHEN t.last_primary_value ~ '^[0-9]+$' AND EXCLUDED.last_primary_value ~ '^[0-9]+$'"
    " THEN GREATEST(t.last_primary_value::numeric, EXCLUDED.last_primary_value::numeric)::text"
    " ELSE COALESCE(EXCLUDED.last_primary_value, t.last_primary_value) END";
constexpr const char* kLoadStatusMerge =
    " ON CONFLICT (table_name) DO UPDATE SET last_loaded = GREATEST(t.last_loaded, EXCLUDED.last_loaded),"
    " primary_column_name = EXCLUDED.primary_column_name,"
    " rows_loaded = LEAST(COALESCE(t.rows_loaded, 0)::bigint + EXCLUDED.rows_loaded, 2147483647)::integer,"
    " load_status = EXCLUDED.load_status, _loaded_at = GREATEST(t._loaded_at, EXCLUDED._loaded_at), last_primary_value = ";
constexpr const char* kTransformStatusMerge =
    " ON CONFLICT (table_name) DO UPDATE SET last_transformed = GREATEST(t.last_transformed, EXCLUDED.last_transformed),"
    " primary_column_name = EXCLUDED.primary_column_name,"
    " rows_transformed = LEAST(COALESCE(t.rows_transformed, 0)::bigint + EXCLUDED.rows_transformed, 2147483647)::integer,"
    " transform_status = EXCLUDED.transform_status, _transformed_at = GREATEST(t._transformed_at, EXCLUDED._transformed_at),"
    " _created_at = LEAST(t._created_at, EXCLUDED._created_at), _updated_at = GREATEST(t._updated_at, EXCLUDED._updated_at),"
    " last_primary_value = ";

std::string Literal(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) quoted += (c == '\'') ? std::string("''") : std::string(1, c);
    return quoted + "'";
}

std::string TimestampText(core::Timestamp t) {
    const core::Date day = core::DateOf(t);
    const int64_t seconds = (t.micros - int64_t{day.days} * core::kMicrosPerDay) / core::kMicrosPerSecond;
    char text[64];
    std::snprintf(text, sizeof text, "'%s %02d:%02d:%02d'::timestamp", core::ToIsoString(day).c_str(), static_cast<int>(seconds / 3600),
                  static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
    return text;
}

int64_t ClampToInt4(int64_t value) { return std::min<int64_t>(value, std::numeric_limits<int32_t>::max()); }

// The rows of one load, one line per table in each of etl_load_status, etl_transform_status and
// etl_table_metrics, as the text of a multi-row VALUES list (a generation and an advance write
// the same columns).
struct LoadRows {
    std::string load, transform, metrics;

    void Add(int64_t status_id, const core::TableInfo& info, core::Timestamp loaded, core::Timestamp transformed, const std::string& key,
             const std::string& rows, int64_t metrics_id, const std::string& pipeline, double seconds) {
        const std::string sep = load.empty() ? "" : ",";
        load += sep + "(" + std::to_string(status_id) + "," + Literal(info.name) + "," + TimestampText(loaded) + "," + key + "," +
                Literal(info.columns[0].name) + "," + rows + ",'success'," + TimestampText(loaded) + ")";
        transform += sep + "(" + std::to_string(status_id) + "," + Literal(info.name) + "," + TimestampText(transformed) + "," + key + "," +
                     Literal(info.columns[0].name) + "," + rows + ",'success'," + TimestampText(transformed) + "," +
                     TimestampText(transformed) + "," + TimestampText(transformed) + ")";
        char processing[32];
        std::snprintf(processing, sizeof processing, "%.3f", seconds);
        metrics += sep + "(" + std::to_string(metrics_id) + "," + Literal(pipeline) + "," + Literal(info.name) + "," + rows + "," +
                   processing + ",true,NULL," + TimestampText(loaded) + "," + TimestampText(loaded) + ")";
    }
};

// The pipeline run of a load (etl_pipeline_metrics) and its per-table rows (etl_table_metrics).
void InsertPipelineRun(SpiSession& spi, const std::string& quoted_schema, int64_t run_id, const std::string& pipeline,
                       core::Timestamp start, core::Timestamp end, double seconds, int64_t tables, int64_t total_rows,
                       const std::string& metrics, const LoadRows& rows) {
    char total_time[32];
    std::snprintf(total_time, sizeof total_time, "%.3f", seconds);
    spi.Execute("INSERT INTO " + quoted_schema + ".etl_pipeline_metrics VALUES (" + std::to_string(run_id) + "," + Literal(pipeline) + "," +
                TimestampText(start) + "," + TimestampText(end) + "," + total_time + "," + std::to_string(tables) + "," +
                std::to_string(ClampToInt4(total_rows)) + ",true,0,'completed'," + Literal(metrics) + "::jsonb," + TimestampText(start) +
                ")");
    spi.Execute("INSERT INTO " + quoted_schema + ".etl_table_metrics VALUES " + rows.metrics);
}

}  // namespace

std::array<int64_t, 4> WriteEtlBookkeeping(SpiSession& spi, const std::string& quoted_schema, const core::GenerationParams& params,
                                           const BulkInsertSink& sink) {
    // The modeled load and its transform (half an hour later) are over by the cut: nothing is
    // stamped after it. The run starts that long before the cut.
    double total_seconds = 0.0;
    for (const core::GeneratedTable& generated : core::GeneratedTables())
        if (core::WritesTable(params, generated.table))
            total_seconds += static_cast<double>(sink.RowsWritten(generated.table)) / kModeledRowsPerSecond;
    const core::Timestamp start =
        core::AddMinutes(core::AddSeconds(params.as_of, -(static_cast<int64_t>(total_seconds) + 1)), -kTransformAfterMinutes);
    const int64_t base_id = (params.part - 1) * kIdsPerPart;
    std::string cut = core::AsOfText(params);
    std::replace(cut.begin(), cut.end(), ' ', 'T');
    const std::string pipeline = "dentsynth_" + cut + "_part_" + std::to_string(params.part) + "_of_" + std::to_string(params.parts);
    LoadRows rows_text;
    int64_t tables = 0, total_rows = 0, position = 0;
    double elapsed = 0.0;
    for (const core::GeneratedTable& generated : core::GeneratedTables()) {
        ++position;
        if (!core::WritesTable(params, generated.table)) continue;
        const core::TableInfo& info = core::InfoOf(generated.table);
        const int64_t rows = sink.RowsWritten(generated.table);
        const double seconds = static_cast<double>(rows) / kModeledRowsPerSecond;
        const core::Timestamp loaded = core::AddSeconds(start, static_cast<int64_t>(elapsed) + 1);
        const core::Timestamp transformed = core::AddMinutes(loaded, kTransformAfterMinutes);
        // A status row's id is the table's place among the generated tables, whichever part writes
        // it first (one row per table); a run's table-metrics rows are its own.
        const int64_t status_id = position;
        const int64_t id = base_id + ++tables;
        const std::string key = rows > 0 ? Literal(std::to_string(sink.MaxKey(generated.table))) : "NULL";
        rows_text.Add(status_id, info, loaded, transformed, key, std::to_string(ClampToInt4(rows)), id, pipeline, seconds);
        total_rows += rows;
        elapsed += seconds;
    }
    std::array<int64_t, 4> written{};
    if (tables == 0) return written;
    // The status rows first: a part loaded at the same time in another session waits here for this
    // one's commit (same table_name), so the parts' bookkeeping never interleaves. A single call
    // writes into empty tables and needs no merge (nor the SELECT and UPDATE privileges it takes).
    const bool merge = params.parts > 1;
    spi.Execute("INSERT INTO " + quoted_schema + ".etl_load_status AS t VALUES " + rows_text.load +
                (merge ? std::string(kLoadStatusMerge) + kMergedKey : std::string()));
    spi.Execute("INSERT INTO " + quoted_schema + ".etl_transform_status AS t VALUES " + rows_text.transform +
                (merge ? std::string(kTransformStatusMerge) + kMergedKey : std::string()));
    const core::Timestamp end = core::AddSeconds(start, static_cast<int64_t>(elapsed) + 1);
    const std::string metrics = "{\"generator\": \"dentsynth\", \"seed\": " + std::to_string(static_cast<int64_t>(params.seed)) +
                                ", \"patients\": " + std::to_string(params.patients) + ", \"part\": " + std::to_string(params.part) +
                                ", \"parts\": " + std::to_string(params.parts) + ", \"rows\": " + std::to_string(total_rows) + "}";
    InsertPipelineRun(spi, quoted_schema, params.part, pipeline, start, end, elapsed, tables, total_rows, metrics, rows_text);
    // Each sequence past every id this load (all of its parts) writes, so a row inserted without
    // an id never collides, not even with a part loaded later.
    const int64_t generated_tables = static_cast<int64_t>(core::GeneratedTables().size());
    AdvanceIdSequences(spi, quoted_schema, core::InfoOf(core::TableId::etl_load_status), generated_tables);
    AdvanceIdSequences(spi, quoted_schema, core::InfoOf(core::TableId::etl_transform_status), generated_tables);
    AdvanceIdSequences(spi, quoted_schema, core::InfoOf(core::TableId::etl_pipeline_metrics), params.parts);
    AdvanceIdSequences(spi, quoted_schema, core::InfoOf(core::TableId::etl_table_metrics),
                       (params.parts - 1) * kIdsPerPart + generated_tables);
    written = {tables, tables, 1, tables};
    return written;
}

std::array<int64_t, 4> WriteAdvanceBookkeeping(SpiSession& spi, const std::string& quoted_schema, const core::GenerationParams& params,
                                               core::Timestamp previous_cut, const std::vector<TableLoad>& loads) {
    std::array<int64_t, 4> written{};
    if (loads.empty()) return written;
    // The load ends before the new cut (by the modeled half hour of transforms, or half the
    // advance when it is shorter) and starts after the previous cut.
    int64_t total_rows = 0;
    for (const TableLoad& load : loads) total_rows += load.rows;
    const double total_seconds = static_cast<double>(total_rows) / kModeledRowsPerSecond;
    const int64_t span = params.as_of.micros - previous_cut.micros;
    const int64_t gap = std::min<int64_t>(kTransformAfterMinutes * core::kMicrosPerMinute, span / 2);
    const core::Timestamp loaded{params.as_of.micros - gap};
    core::Timestamp start{loaded.micros - static_cast<int64_t>(total_seconds * core::kMicrosPerSecond)};
    if (start <= previous_cut) start = core::Timestamp{previous_cut.micros + (loaded.micros - previous_cut.micros) / 2};
    const core::Timestamp transformed = params.as_of;

    const SpiRows ids = spi.Query("SELECT (SELECT coalesce(max(id), 0) FROM " + quoted_schema +
                                  ".etl_pipeline_metrics), (SELECT coalesce(max(id), 0) FROM " + quoted_schema + ".etl_table_metrics)");
    const int64_t run_id = std::stoll(ids[0][0].value_or("0")) + 1;
    const int64_t first_metrics_id = std::stoll(ids[0][1].value_or("0")) + 1;
    std::string cut = core::AsOfText(params);
    std::replace(cut.begin(), cut.end(), ' ', 'T');
    const std::string pipeline = "dentsynth_advance_" + cut;

    LoadRows rows_text;
    int64_t tables = 0;
    for (const TableLoad& load : loads) {
        const core::TableInfo& info = core::InfoOf(load.table);
        int64_t status_id = 0;
        for (const core::GeneratedTable& generated : core::GeneratedTables()) {
            ++status_id;
            if (generated.table == load.table) break;
        }
        const std::string key = load.max_key > 0 ? Literal(std::to_string(load.max_key)) : "NULL";
        rows_text.Add(status_id, info, loaded, transformed, key, std::to_string(ClampToInt4(load.rows)), first_metrics_id + tables,
                      pipeline, static_cast<double>(load.rows) / kModeledRowsPerSecond);
        ++tables;
    }
    // An incremental load moves each status row on: its stamps, the rows this load wrote and the
    // table's largest key; the row's creation stays.
    spi.Execute(
        "INSERT INTO " + quoted_schema + ".etl_load_status AS t VALUES " + rows_text.load +
        " ON CONFLICT (table_name) DO UPDATE SET last_loaded = EXCLUDED.last_loaded, last_primary_value = EXCLUDED.last_primary_value,"
        " primary_column_name = EXCLUDED.primary_column_name, rows_loaded = EXCLUDED.rows_loaded, load_status = EXCLUDED.load_status,"
        " _loaded_at = EXCLUDED._loaded_at");
    spi.Execute("INSERT INTO " + quoted_schema + ".etl_transform_status AS t VALUES " + rows_text.transform +
                " ON CONFLICT (table_name) DO UPDATE SET last_transformed = EXCLUDED.last_transformed,"
                " last_primary_value = EXCLUDED.last_primary_value, primary_column_name = EXCLUDED.primary_column_name,"
                " rows_transformed = EXCLUDED.rows_transformed, transform_status = EXCLUDED.transform_status,"
                " _transformed_at = EXCLUDED._transformed_at, _updated_at = EXCLUDED._updated_at");
    std::string from = core::AsOfText(core::GenerationParams{.as_of = previous_cut});
    const std::string metrics =
        "{\"generator\": \"dentsynth\", \"load\": \"advance\", \"seed\": " + std::to_string(static_cast<int64_t>(params.seed)) +
        ", \"patients\": " + std::to_string(params.patients) + ", \"advanced_from\": \"" + from +
        "\", \"rows\": " + std::to_string(total_rows) + "}";
    InsertPipelineRun(spi, quoted_schema, run_id, pipeline, start, loaded, total_seconds, tables, total_rows, metrics, rows_text);
    const int64_t generated_tables = static_cast<int64_t>(core::GeneratedTables().size());
    AdvanceIdSequences(spi, quoted_schema, core::InfoOf(core::TableId::etl_load_status), generated_tables);
    AdvanceIdSequences(spi, quoted_schema, core::InfoOf(core::TableId::etl_transform_status), generated_tables);
    AdvanceIdSequences(spi, quoted_schema, core::InfoOf(core::TableId::etl_pipeline_metrics), run_id);
    AdvanceIdSequences(spi, quoted_schema, core::InfoOf(core::TableId::etl_table_metrics), first_metrics_id + tables - 1);
    written = {tables, tables, 1, tables};
    return written;
}

}  // namespace dentsynth::pg
