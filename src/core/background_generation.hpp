// Generation on a second thread. The generator core is pure C++ and touches nothing of its host,
// so it can run beside the thread that stores its rows: the worker thread runs Generate() and
// hands the finished rows over, packed in batches, through a small bounded queue; the calling
// thread unpacks them into `sink`. On two cores the simulation then costs no wall time next to the
// database's own work (forming tuples, heap pages, WAL, index builds), and the output is the
// same rows in the same order as a call on one thread.
//
// The calling thread is the only one that touches `sink`: a host whose API is single-threaded
// (a PostgreSQL backend) stays so. Errors cross back as exceptions: one thrown by the generator
// is rethrown on the calling thread; one thrown by `sink` (a cancel, an error of the host) stops
// the worker, which is joined before the exception leaves this function.
#pragma once

#include "core/params.hpp"
#include "core/sink.hpp"

namespace dentsynth::core {

// Generate(params, sink) with the generator on a worker thread. The worker runs with every signal
// blocked, so the host's signal handlers keep running on the calling thread.
void GenerateInBackground(const GenerationParams& params, RowSink& sink);

}  // namespace dentsynth::core
