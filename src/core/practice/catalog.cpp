// The practice catalogue as a whole: BuildCatalog decides the procedure codes and fee schedules
// the rest of the generator prices and schedules with, and EmitCatalogTables writes every
// catalogue table through the per-domain emitters (definitions, codes, fees, clinical and office
// catalogues). Helpers shared by those files live here too.
#include "core/practice/catalog_tables.hpp"

#include <algorithm>

#include "core/practice/builders.hpp"
#include "core/core_only.hpp"

namespace dentsynth::core {

void BuildCatalog(Practice& practice) {
    // Fixed lists first, then the schedules, whose count scales with the practice's size.
    practice.procedure_codes = BuildProcedureCodes();
    practice.fee_schedules = BuildFeeSchedules(practice.params);
}

void EmitCatalogTables(const Practice& practice, RowSink& sink) {
    // Definitions first: most catalogue rows point at them.
    EmitDefinitionTable(practice, sink);
    EmitProcedureCodeTable(practice, sink);
    EmitFeeTables(practice, sink);
    sink.Checkpoint();
    EmitClinicalCatalog(practice, sink);
    EmitOfficeCatalog(practice, sink);
    sink.Checkpoint();
}

const ProcedureCodeInfo* FindCode(const Practice& practice, std::string_view code) {
    // A linear scan: the list is a few hundred entries and lookups happen while emitting catalogues.
    for (const ProcedureCodeInfo& info : practice.procedure_codes)
        if (info.code == code) return &info;
    return nullptr;
}

int64_t CatalogUserNum(const Practice& practice) {
    // The office's first login (the owner/administrator) entered the catalogue.
    return practice.users.empty() ? 0 : practice.users.front().user_num;
}

std::string TimePattern(int minutes, bool hygiene) {
    // OpenDental keeps at most 24 slots in ProcTime (varchar(24)), i.e. two hours.
    const int slots = std::clamp((minutes + 2) / 5, 1, 24);
    if (hygiene || slots < 3) return std::string(static_cast<size_t>(slots), hygiene ? '/' : 'X');
    return "/" + std::string(static_cast<size_t>(slots - 2), 'X') + "/";
}

}  // namespace dentsynth::core
