// Top of the generator: validate, decide the practice, write its tables (part 1 only), then the
// lives of this part's slice of the roster, one patient family at a time. Tables are produced by
// the module that owns their process; schema/producers.tsv is the table -> module registry.
#include "core/generator.hpp"

#include <algorithm>

#include "core/patients/stage.hpp"
#include "core/practice/office_records.hpp"
#include "core/practice/practice.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {
#include "core/generated/generated_tables.inc"
}  // namespace

std::span<const GeneratedTable> GeneratedTables() { return kGeneratedTables; }

bool IsGenerated(TableId table) {
    return std::any_of(std::begin(kGeneratedTables), std::end(kGeneratedTables), [&](const GeneratedTable& g) { return g.table == table; });
}

bool WritesTable(const GenerationParams& params, TableId table) {
    for (const GeneratedTable& g : kGeneratedTables)
        if (g.table == table) return g.level == TableLevel::kPatient || params.part == 1;
    return false;
}

void Generate(const GenerationParams& params, RowSink& sink) {
    ValidateParams(params);
    const Practice practice = BuildPractice(params);
    if (params.part == 1) {
        EmitCatalogTables(practice, sink);
        EmitPeopleTables(practice, sink);
        EmitInsurancePartnerTables(practice, sink);
        EmitPartnerTables(practice, sink);
        EmitScheduleTables(practice, sink);
        EmitTaskSubscriptions(practice, sink);
        EmitTimeAdjustments(practice, sink);
    }
    EmitPatients(practice, sink);
}

}  // namespace dentsynth::core
