// Generation on a worker thread, rows handed to the calling thread in batches (see
// background_generation.hpp).
#include "core/background_generation.hpp"

#include <pthread.h>
#include <signal.h>

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "core/generator.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// A batch is handed over when it holds this many bytes or rows; the queue holds a few batches, so
// the worker runs at most a few megabytes ahead of the caller and memory stays flat.
constexpr size_t kBatchBytes = size_t{1} << 20;
constexpr size_t kBatchRows = 8192;
constexpr size_t kQueuedBatches = 4;
// How long the caller waits for a batch before it checks for a cancel (sink.Checkpoint()) again.
constexpr std::chrono::milliseconds kPatience{50};

// Finished rows packed one after another (Row::AppendPacked), with the table of each. Packed rows
// stream through memory compactly; copies of Row objects (56-byte cells) were measured slower
// on the caller's side, which is the side that bounds the call.
struct Batch {
    std::vector<char> packed;
    std::vector<uint16_t> tables;
    // The patients whose rows are all in this batch or an earlier one (RowSink::PatientsWritten),
    // passed on to the caller's sink once the batch's rows are written there.
    int64_t patients_written = 0;

    void Add(const Row& row) {
        row.AppendPacked(packed);
        tables.push_back(static_cast<uint16_t>(row.table()));
    }
    bool Full() const { return packed.size() >= kBatchBytes || tables.size() >= kBatchRows; }
    bool Empty() const { return tables.empty(); }
    void Clear() {
        packed.clear();
        tables.clear();
    }
};

// Thrown on the worker to unwind the generator once the caller has given up.
struct Stopped {};

// The bounded queue between the worker (Push, Finish) and the caller (Pop, Stop). Batches are
// moved, not copied, and their buffers come back for reuse.
class Handoff {
public:
    // Worker: hands `batch` over (waiting while the queue is full) and leaves an empty one in its
    // place. False when the caller has stopped.
    bool Push(Batch& batch) {
        std::unique_lock lock(mutex_);
        not_full_.wait(lock, [&] { return stopped() || full_.size() < kQueuedBatches; });
        if (stopped()) return false;
        full_.push_back(std::move(batch));
        batch = TakeSpare();
        not_empty_.notify_one();
        return true;
    }

    // Worker: no more batches; `error` is what ended the generation early, if anything.
    void Finish(std::exception_ptr error) {
        std::lock_guard lock(mutex_);
        finished_ = true;
        error_ = std::move(error);
        not_empty_.notify_one();
    }

    enum class Next { kBatch, kWaiting, kDone };
    // Caller: the next batch into `batch` (whose buffers are kept for reuse); kWaiting when none
    // came within `patience` (so the caller can honour a cancel meanwhile); kDone once the worker
    // has finished and every batch has been taken.
    Next Pop(Batch& batch, std::chrono::milliseconds patience) {
        std::unique_lock lock(mutex_);
        if (!not_empty_.wait_for(lock, patience, [&] { return finished_ || !full_.empty(); })) return Next::kWaiting;
        if (full_.empty()) return Next::kDone;
        batch.Clear();
        spare_.push_back(std::move(batch));
        batch = std::move(full_.front());
        full_.pop_front();
        not_full_.notify_one();
        return Next::kBatch;
    }

    // Caller: gives up; the worker stops at its next row or checkpoint.
    void Stop() {
        std::lock_guard lock(mutex_);
        stopped_.store(true, std::memory_order_relaxed);
        not_full_.notify_one();
    }

    bool stopped() const { return stopped_.load(std::memory_order_relaxed); }

    std::exception_ptr error() {
        std::lock_guard lock(mutex_);
        return error_;
    }

private:
    Batch TakeSpare() {
        if (spare_.empty()) return Batch{};
        Batch batch = std::move(spare_.back());
        spare_.pop_back();
        return batch;
    }

    std::mutex mutex_;
    std::condition_variable not_full_;
    std::condition_variable not_empty_;
    std::deque<Batch> full_;
    std::vector<Batch> spare_;
    bool finished_ = false;
    std::atomic<bool> stopped_{false};  // set under the lock, also read by the worker without it
    std::exception_ptr error_;
};

// The worker's sink: packs rows into the current batch and hands full batches over. Which tables
// are wanted is read once from the caller's sink, before the worker starts.
class HandoffSink final : public RowSink {
public:
    HandoffSink(const std::array<bool, kTableCount>& wants, Handoff& handoff) : wants_(wants), handoff_(handoff) {}

    bool Wants(TableId table) const override { return wants_[static_cast<int>(table)]; }
    void Write(const Row& row) override {
        batch_.Add(row);
        if (batch_.Full()) Flush();
    }
    void Checkpoint() override {
        if (handoff_.stopped()) throw Stopped{};
    }
    // Only noted here: it travels with the next batch handed over, whose rows include those patients'.
    void PatientsWritten(int64_t patients) override { patients_written_ = patients; }
    // Hands the current batch over; at the end also an empty one, when only the count moved on.
    void Flush() {
        if (batch_.Empty() && patients_handed_over_ == patients_written_) return;
        batch_.patients_written = patients_written_;
        if (!handoff_.Push(batch_)) throw Stopped{};
        patients_handed_over_ = patients_written_;
    }

private:
    const std::array<bool, kTableCount> wants_;
    Handoff& handoff_;
    Batch batch_;
    int64_t patients_written_ = 0;
    int64_t patients_handed_over_ = 0;
};

// Starts `body` on a new thread with every signal blocked (the new thread inherits the mask),
// so that signals sent to the process are handled on the calling thread as before.
template <typename Body>
std::thread StartWithSignalsBlocked(Body&& body) {
    sigset_t all;
    sigset_t previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    std::thread thread;
    try {
        thread = std::thread(std::forward<Body>(body));
    } catch (...) {
        pthread_sigmask(SIG_SETMASK, &previous, nullptr);
        throw;
    }
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    return thread;
}

}  // namespace

void GenerateInBackground(const GenerationParams& params, RowSink& sink) {
    std::array<bool, kTableCount> wants{};
    for (int t = 0; t < kTableCount; ++t) wants[t] = sink.Wants(static_cast<TableId>(t));
    Handoff handoff;
    std::thread worker;
    try {
        worker = StartWithSignalsBlocked([&handoff, &wants, params] {
            try {
                HandoffSink handoff_sink(wants, handoff);
                Generate(params, handoff_sink);
                handoff_sink.Flush();
                handoff.Finish(nullptr);
            } catch (const Stopped&) {
                handoff.Finish(nullptr);
            } catch (...) {
                handoff.Finish(std::current_exception());
            }
        });
    } catch (const std::system_error&) {
        Generate(params, sink);  // no thread to be had (a process limit): the same rows on this one
        return;
    }
    // Joins the worker however this function is left: after the last batch, or when `sink`
    // throws (then the worker is told to stop first, and stops at its next row).
    struct Joiner {
        Handoff& handoff;
        std::thread& worker;
        ~Joiner() {
            handoff.Stop();
            worker.join();
        }
    } joiner{handoff, worker};

    std::array<std::unique_ptr<Row>, kTableCount> rows;  // one per table to unpack into
    Batch batch;
    int64_t patients_written = 0;  // as last passed on to `sink`
    for (;;) {
        const Handoff::Next next = handoff.Pop(batch, kPatience);
        if (next == Handoff::Next::kDone) break;
        if (next == Handoff::Next::kBatch) {
            const char* in = batch.packed.data();
            for (const uint16_t table : batch.tables) {
                std::unique_ptr<Row>& row = rows[table];
                if (!row) row = std::make_unique<Row>(static_cast<TableId>(table));
                in = row->ReadPacked(in);
                sink.Write(*row);
            }
            if (batch.patients_written > patients_written) {
                patients_written = batch.patients_written;
                sink.PatientsWritten(patients_written);
            }
        }
        sink.Checkpoint();  // also while waiting: a cancel must not wait for the worker's next batch
    }
    if (std::exception_ptr error = handoff.error()) std::rethrow_exception(error);
}

}  // namespace dentsynth::core
