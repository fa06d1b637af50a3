// Whole generations of the core, for a build under AddressSanitizer and UndefinedBehaviorSanitizer
// (`make core-sanitize`): the core is PostgreSQL-free, so every generator, the key numbering and
// the worker-thread handoff run here exactly as in the backend, into a sink that reads every cell
// of every row. A sanitizer report aborts the run with a non-zero exit (the build makes undefined
// behaviour fatal); so does a generation that throws, writes no rows, or, on the worker thread,
// hands over other rows than the same call on one thread. Prints TAP.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>

#include "core/background_generation.hpp"
#include "core/calendar.hpp"
#include "core/errors.hpp"
#include "core/generator.hpp"
#include "core/params.hpp"
#include "core/row.hpp"
#include "core/schema.hpp"
#include "core/sink.hpp"

namespace dentsynth::core::test {

// Wants every table; counts the rows of each and folds every cell into one FNV-1a hash, so each
// value is read (a use of freed or uninitialised memory shows) and two runs can be compared.
class CountingSink final : public RowSink {
public:
    bool Wants(TableId) const override { return true; }
    void Write(const Row& row) override {
        ++rows_[static_cast<int>(row.table())];
        Fold(static_cast<uint64_t>(row.table()));
        for (int c = 0; c < row.size(); ++c) {
            const Cell& cell = row[c];
            uint64_t real_bits;
            std::memcpy(&real_bits, &cell.real, sizeof real_bits);
            Fold(cell.is_null);
            Fold(static_cast<uint64_t>(cell.integer));
            Fold(real_bits);
            for (const char ch : cell.text) Fold(static_cast<unsigned char>(ch));
        }
    }
    void Checkpoint() override { ++checkpoints_; }

    int64_t Rows(int table) const { return rows_[table]; }
    int64_t TotalRows() const {
        int64_t total = 0;
        for (const int64_t n : rows_) total += n;
        return total;
    }
    int TablesWritten() const {
        int tables = 0;
        for (const int64_t n : rows_) tables += n > 0;
        return tables;
    }
    uint64_t hash() const { return hash_; }
    int64_t checkpoints() const { return checkpoints_; }

private:
    void Fold(uint64_t value) { hash_ = (hash_ ^ value) * 0x100000001B3ULL; }

    int64_t rows_[kTableCount] = {};
    uint64_t hash_ = 0xCBF29CE484222325ULL;
    int64_t checkpoints_ = 0;
};

int test_count = 0;
int failures = 0;

void Check(bool ok, const std::string& name) {
    ++test_count;
    if (!ok) ++failures;
    std::printf("%s %d - %s\n", ok ? "ok" : "not ok", test_count, name.c_str());
    std::fflush(stdout);
}

// One generation into `sink`, on this thread or the worker; false (and a diagnostic) when it throws.
bool Run(const GenerationParams& params, CountingSink& sink, bool on_worker_thread, const std::string& name) {
    const auto start = std::chrono::steady_clock::now();
    try {
        if (on_worker_thread)
            GenerateInBackground(params, sink);
        else
            Generate(params, sink);
    } catch (const Error& error) {
        Check(false, name + ": threw " + error.what());
        return false;
    } catch (const std::exception& error) {
        Check(false, name + ": threw " + error.what());
        return false;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("# %s: %lld rows in %d tables, %lld checkpoints, %.1f s\n", name.c_str(), static_cast<long long>(sink.TotalRows()),
                sink.TablesWritten(), static_cast<long long>(sink.checkpoints()), seconds);
    return true;
}

// The shapes a call can take: the default history of a small roster, a part of a partitioned
// roster, a cut during a working day, a cut days after the start, a ten-year history, the edges of
// the parameters' ranges, and the worker-thread path.
void RunAll() {
    GenerationParams whole;
    whole.patients = 300;
    whole.seed = 42;
    whole.start_date = MakeDate(2023, 1, 1);
    whole.as_of = At(MakeDate(2025, 1, 1), 0);

    CountingSink one_thread;
    if (Run(whole, one_thread, false, "300 patients, 2023-01-01 to 2025-01-01"))
        Check(one_thread.TablesWritten() >= 85, "a whole generation writes rows of nearly every table (clinic stays empty by design)");

    GenerationParams part = whole;
    part.part = 2;
    part.parts = 3;
    CountingSink part_sink;
    if (Run(part, part_sink, false, "part 2 of 3"))
        Check(part_sink.TotalRows() > 0 && part_sink.TotalRows() < one_thread.TotalRows() &&
                  part_sink.Rows(static_cast<int>(TableId::provider)) == 0,
              "part 2 of 3 writes patients' rows and no practice rows");

    GenerationParams during_day = whole;
    during_day.as_of = At(MakeDate(2024, 6, 12), 10, 37, 15);  // a Wednesday, mid-morning
    CountingSink during_day_sink;
    if (Run(during_day, during_day_sink, false, "as_of 2024-06-12 10:37:15"))
        Check(during_day_sink.TotalRows() > 0 && during_day_sink.TotalRows() < one_thread.TotalRows(),
              "a cut during a day shows fewer rows");

    GenerationParams early = whole;
    early.as_of = At(MakeDate(2023, 1, 9), 8, 15);  // the second Monday: the first patients' first week
    CountingSink early_sink;
    if (Run(early, early_sink, false, "as_of 2023-01-09 08:15"))
        Check(early_sink.TotalRows() > 0 && early_sink.TotalRows() < during_day_sink.TotalRows(), "an early cut shows fewer rows still");

    GenerationParams decade = whole;
    decade.start_date = MakeDate(2015, 1, 1);  // ten key periods, patients ageing and families' accounts running on
    CountingSink decade_sink;
    if (Run(decade, decade_sink, false, "300 patients, 2015-01-01 to 2025-01-01"))
        Check(decade_sink.TotalRows() > one_thread.TotalRows(), "a longer history shows more rows");

    // Edges of the parameters' ranges: the earliest cut (the start itself), the largest seed, and
    // a small roster over the longest history, ending at the last second allowed.
    GenerationParams at_start = whole;
    at_start.as_of = At(whole.start_date, 0);
    GenerationParams largest_seed = whole;
    largest_seed.seed = UINT64_MAX;  // bigint -1
    GenerationParams forty_years = whole;
    forty_years.patients = 60;
    forty_years.start_date = MakeDate(2060, 2, 29);
    forty_years.as_of = At(MakeDate(2099, 12, 31), 23, 59, 59);
    const struct {
        const GenerationParams& params;
        const char* name;
    } edges[] = {
        {at_start, "as_of = start_date"}, {largest_seed, "seed 2^64 - 1"}, {forty_years, "60 patients, 2060-02-29 to 2099-12-31 23:59:59"}};
    for (const auto& edge : edges) {
        CountingSink sink;
        if (Run(edge.params, sink, false, edge.name)) Check(sink.TotalRows() > 0, std::string(edge.name) + " writes rows");
    }

    CountingSink worker;
    if (Run(whole, worker, true, "300 patients on the worker thread")) {
        bool same_counts = true;
        for (int t = 0; t < kTableCount; ++t) same_counts = same_counts && worker.Rows(t) == one_thread.Rows(t);
        Check(same_counts && worker.hash() == one_thread.hash(), "the worker thread hands over the same rows in the same order");
    }
}

}  // namespace dentsynth::core::test

int main() {
    namespace t = dentsynth::core::test;
    t::RunAll();
    std::printf("1..%d\n", t::test_count);
    return t::failures == 0 ? 0 : 1;
}
