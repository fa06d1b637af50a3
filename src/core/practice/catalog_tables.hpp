// The catalogue's internal seams: the code list and fee schedules BuildCatalog decides, and one
// emitter per catalogue domain, which EmitCatalogTables calls in turn. Also small helpers several
// catalogue files share (OpenDental's colour and time-pattern encodings, code lookup), and the
// practice's zip code list, which patients' addresses may draw from.
// Vocabulary: a "time pattern" is OpenDental's ProcTime/Pattern string, one character per five
// minutes, '/' for assistant or hygienist time and 'X' for provider time.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/practice/practice.hpp"

namespace dentsynth::core {

// The procedure code list (procedure_codes.cpp), CodeNums 1..N plus the two fixed sextant codes.
std::vector<ProcedureCodeInfo> BuildProcedureCodes();
// The fee schedules (fees.cpp), scaled with the number of patients; [0] is the UCR schedule.
std::vector<FeeScheduleInfo> BuildFeeSchedules(const GenerationParams& params);

// One emitter per domain; each returns at once when the sink wants none of its tables.
void EmitDefinitionTable(const Practice& practice, RowSink& sink);  // definition_table.cpp
void EmitProcedureCodeTable(const Practice& practice, RowSink& sink);  // procedure_codes.cpp
void EmitFeeTables(const Practice& practice, RowSink& sink);  // fees.cpp: feesched, fee
void EmitClinicalCatalog(const Practice& practice, RowSink& sink);  // clinical_catalog.cpp
void EmitOfficeCatalog(const Practice& practice, RowSink& sink);  // office_catalog.cpp

// The procedure code with this CDT/OpenDental code, or nullptr.
const ProcedureCodeInfo* FindCode(const Practice& practice, std::string_view code);

// The user who entered the catalogue: the first user when staff has been built, else 0.
int64_t CatalogUserNum(const Practice& practice);

// A colour as OpenDental stores it: System.Drawing.Color.ToArgb() of an opaque colour.
constexpr int32_t Argb(int red, int green, int blue) {
    return static_cast<int32_t>(0xFF000000u | (static_cast<uint32_t>(red) << 16) | (static_cast<uint32_t>(green) << 8) |
                                static_cast<uint32_t>(blue));
}

// A time pattern of `minutes` (rounded to 5, 1..24 slots): all '/' for hygiene work, otherwise
// '/' for the first and last slot (seating, dismissal) and 'X' between.
std::string TimePattern(int minutes, bool hygiene);

// One entry of the practice's zip code list.
struct ZipCodeEntry {
    const char* digits;
    const char* city;
    const char* state;
};

// The zip codes the practice keeps (the zipcode table), a prefix of a fixed list sized by patients.
std::span<const ZipCodeEntry> PracticeZipCodes(const GenerationParams& params);

}  // namespace dentsynth::core

#include "core/core_only.hpp"
