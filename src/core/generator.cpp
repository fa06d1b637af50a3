// Top of the generator: validate, decide the practice, write its tables, then (later stages)
// each patient's life. Tables are produced by the module that owns their process; see
// schema/producers.tsv for the table -> module registry.
#include "core/generator.hpp"

#include <algorithm>

#include "core/practice/practice.hpp"

namespace dentsynth::core {

namespace {
#include "core/generated/generated_tables.inc"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in
}  // namespace

std::span<const TableId> GeneratedTables() { return kGeneratedTables; }

bool IsGenerated(TableId table) { return std::find(std::begin(kGeneratedTables), std::end(kGeneratedTables), table) != std::end(kGeneratedTables); }

void Generate(const GenerationParams& params, RowSink& sink) {
    ValidateParams(params);
    const Practice practice = BuildPractice(params);
    EmitCatalogTables(practice, sink);
    EmitStaffTables(practice, sink);
    EmitScheduleTables(practice, sink);
}

}  // namespace dentsynth::core
