// The generator's entry points: what the PostgreSQL layer calls.
#pragma once

#include <span>

#include "core/params.hpp"
#include "core/sink.hpp"

namespace dentsynth::core {

// The tables the generator fills, in the order generate_all writes them.
std::span<const TableId> GeneratedTables();

// Whether `table` is one the generator fills (has a generate_<table> function).
bool IsGenerated(TableId table);

// Generates everything for `params` into `sink` (validates the parameters first).
void Generate(const GenerationParams& params, RowSink& sink);

}  // namespace dentsynth::core
