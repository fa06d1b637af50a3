// The extension's settings (see settings.hpp).
#include "pg/postgres_headers.hpp"

#include "pg/settings.hpp"

namespace dentsynth::pg {

bool build_indexes_after_load = true;
bool generate_on_worker_thread = true;
bool write_pages_directly = true;

void DefineSettings() {
    DefineCustomBoolVariable("dentsynth.build_indexes_after_load",
                             "Rebuild the indexes of tables created or truncated in this transaction once after the load.",
                             "When off, every index entry is inserted row by row, as COPY FROM does.", &build_indexes_after_load, true,
                             PGC_USERSET, 0, nullptr, nullptr, nullptr);
    DefineCustomBoolVariable("dentsynth.generate_on_worker_thread",
                             "Run the generator on a second thread of the backend while generate_all stores the rows.",
                             "When off, generation and storage share the backend's thread; the rows are the same either way.",
                             &generate_on_worker_thread, true, PGC_USERSET, 0, nullptr, nullptr, nullptr);
    DefineCustomBoolVariable("dentsynth.write_pages_directly",
                             "Fill the heap pages of tables created or truncated in this transaction in backend memory and write them "
                             "straight to storage.",
                             "When off, such tables get their rows through shared buffers, as COPY FROM writes them; the rows are the same "
                             "either way.",
                             &write_pages_directly, true, PGC_USERSET, 0, nullptr, nullptr, nullptr);
    MarkGUCPrefixReserved("dentsynth");
}

}  // namespace dentsynth::pg
