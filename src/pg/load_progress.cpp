// generate_all's row in pg_stat_progress_copy (see load_progress.hpp).
#include "pg/load_progress.hpp"

extern "C" {
#include "commands/progress.h"
#include "utils/backend_progress.h"
#include "utils/backend_status.h"
}

#include <algorithm>

#include "pg/error_bridge.hpp"

namespace dentsynth::pg {

LoadProgress::LoadProgress(Oid relation, int64_t patients_total) {
    PgCall([&] {
        // The slot holds one command; starting ours would hide the caller's and its end would
        // erase it.
        if (MyBEEntry != nullptr && MyBEEntry->st_progress_command != PROGRESS_COMMAND_INVALID) return;
        pgstat_progress_start_command(PROGRESS_COMMAND_COPY, relation);
        const int columns[] = {PROGRESS_COPY_COMMAND, PROGRESS_COPY_TYPE, PROGRESS_COPY_BYTES_TOTAL};
        const int64 values[] = {PROGRESS_COPY_COMMAND_FROM, PROGRESS_COPY_TYPE_CALLBACK, std::max<int64>(patients_total, 0)};
        pgstat_progress_update_multi_param(3, columns, values);
        reporting_ = true;
    });
}

// Also reached when an error or a cancel unwinds the call. pgstat_progress_end_command() only
// writes this backend's slot and never raises an error, so it is safe outside PgCall here.
LoadProgress::~LoadProgress() { End(); }

// Like End(), a plain store into this backend's slot that cannot raise an error: no PgCall needed.
void LoadProgress::Report(int64_t tuples, int64_t patients_written) {
    if (!reporting_) return;
    if (tuples <= tuples_ && patients_written <= patients_written_) return;
    tuples_ = std::max(tuples_, tuples);
    patients_written_ = std::max(patients_written_, patients_written);
    const int columns[] = {PROGRESS_COPY_TUPLES_PROCESSED, PROGRESS_COPY_BYTES_PROCESSED};
    const int64 values[] = {tuples_, patients_written_};
    pgstat_progress_update_multi_param(2, columns, values);
}

void LoadProgress::End() {
    if (!reporting_) return;
    reporting_ = false;
    pgstat_progress_end_command();
}

}  // namespace dentsynth::pg
