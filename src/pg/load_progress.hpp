// generate_all's progress, reported where PostgreSQL reports bulk loads: a row in
// pg_stat_progress_copy, as COPY FROM shows it (src/backend/commands/copyfrom.c), for as long as
// the rows are being written.
//   relid            the target schema's patient table: a real relation of the load, the one its
//                    share done is counted in, and through pg_class the schema being loaded
//   command, type    COPY FROM, CALLBACK (COPY's type for a source that is a function, not a file)
//   bytes_total      the patients of this call's part (patient numbers, joined by the cut or not)
//   bytes_processed  those of them whose rows have all been written
//   tuples_processed the rows written so far, into every table
// There is no byte stream to count; the patients stand in for it, so that bytes_processed /
// bytes_total is the share of the roster done, the ratio a monitoring query computes for COPY.
// Counters only grow. The row appears once the target tables are prepared and goes when the
// rows (and the rebuilt indexes) are finished; on an error or a cancel it goes too (this object's
// destructor, and the aborting transaction's own pgstat_progress_end_command()).
//
// Every call must come from the backend's own thread: pgstat writes this backend's shared-memory
// slot, which the generator's worker thread never touches.
#pragma once

#include "pg/postgres_headers.hpp"

#include <cstdint>

namespace dentsynth::pg {

class LoadProgress {
public:
    // Starts the report, unless this backend already reports another command (generate_all called
    // inside a COPY (SELECT ...) TO, say): then the outer command keeps its row and this load stays
    // silent rather than overwrite and end it.
    LoadProgress(Oid relation, int64_t patients_total);
    ~LoadProgress();
    LoadProgress(const LoadProgress&) = delete;
    LoadProgress& operator=(const LoadProgress&) = delete;

    // Publishes the counters when they moved; callers call it at batch granularity.
    void Report(int64_t tuples, int64_t patients_written);
    // Ends the report (idempotent).
    void End();

private:
    bool reporting_ = false;
    int64_t tuples_ = 0;
    int64_t patients_written_ = 0;
};

}  // namespace dentsynth::pg
