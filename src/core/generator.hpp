// The generator's entry points: what the PostgreSQL layer calls.
#pragma once

#include <span>

#include "core/params.hpp"
#include "core/sink.hpp"

namespace dentsynth::core {

// Whether a table belongs to the practice (written once, by part 1) or to the patients (each part
// writes the rows of its own slice of the roster).
enum class TableLevel { kPractice, kPatient };

struct GeneratedTable {
    TableId table;
    TableLevel level;
};

// The tables the generator fills, in the order generate_all writes them (schema/producers.tsv).
std::span<const GeneratedTable> GeneratedTables();

// Whether `table` is one the generator fills (has a generate_<table> function).
bool IsGenerated(TableId table);

// Whether the call described by `params` writes rows of `table` at all (practice tables are
// written by part 1 only).
bool WritesTable(const GenerationParams& params, TableId table);

// Generates everything for `params` into `sink` (validates the parameters first).
void Generate(const GenerationParams& params, RowSink& sink);

}  // namespace dentsynth::core
