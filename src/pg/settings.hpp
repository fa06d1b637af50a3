// The extension's settings (GUCs), defined once when the module is loaded.
#pragma once

namespace dentsynth::pg {

// dentsynth.build_indexes_after_load (default on): a table created or truncated in the current
// transaction gets its rows without index maintenance and its indexes rebuilt once at the end
// (sorted B-tree builds, as pg_restore loads data before indexes). Nobody else can see or write
// such a table before commit, so no reader ever meets the incomplete index.
extern bool build_indexes_after_load;

// dentsynth.generate_on_worker_thread (default on): generate_all runs the generator core on a
// second thread while the backend stores the rows (core/background_generation.hpp). The worker
// never calls into the server; off runs everything on the backend's own thread, with the same rows.
extern bool generate_on_worker_thread;

// dentsynth.write_pages_directly (default on): a table created or truncated in the current
// transaction whose indexes are rebuilt after the load (or that has none) gets its heap pages
// filled in backend memory and written straight to its file, WAL-logged as whole pages
// (page_writer.hpp), as PostgreSQL rewrites a table; off sends its rows through shared buffers.
extern bool write_pages_directly;

void DefineSettings();

}  // namespace dentsynth::pg
