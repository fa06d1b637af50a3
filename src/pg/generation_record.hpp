// The generation record: one row of dentsynth.generation per schema that generate_all wrote, with
// the arguments of the generation (seed, patients, start_date, the cut, parts and the parts loaded,
// generator version) and the rows it wrote per table. advance() reads it to know what a schema
// holds and what it may bring forward; pg_dump keeps it with the extension (a configuration table).
//
// The table belongs to the extension and only SELECT is granted to PUBLIC: the functions write
// it as the table's owner. What they write is computed as the caller first; the statement run as
// the owner is a plain INSERT ... ON CONFLICT of literal values, which resolves no function or
// operator by the caller's search_path.
#pragma once

#include "pg/postgres_headers.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/params.hpp"
#include "core/schema.hpp"
#include "pg/spi.hpp"

namespace dentsynth::pg {

struct GenerationRecord {
    std::string target_schema;
    core::GenerationParams params;  // as_of is the cut as the generator read it; part unused
    TimestampTz as_of = 0;  // the as_of argument as given
    std::vector<int64_t> parts_loaded;  // sorted
    std::string generator_version;
    std::map<std::string, int64_t> table_rows;  // table name -> rows of the generation, all parts loaded
    TimestampTz generated_at = 0;
    std::optional<TimestampTz> advanced_at;

    // Same generation: every argument but the part, and the generator version.
    bool SameGenerationAs(const GenerationRecord& other) const;
    bool FullyLoaded() const { return static_cast<int64_t>(parts_loaded.size()) == params.parts; }
    // "seed 42, 600 patients, start_date 2023-01-01, as_of 2025-03-31, parts 1 of 3 loaded" for messages.
    std::string Describe() const;
};

// The recorded generation of `schema_name`, if any. `latest_snapshot` sees what committed after
// the statement started (after waiting for the record's lock).
std::optional<GenerationRecord> ReadGenerationRecord(SpiSession& spi, const std::string& schema_name, bool latest_snapshot = false);

// Before a partitioned load writes anything: refuses a part of another generation than the one the
// schema holds (55000), and a part loaded into tables that hold rows no generation recorded.
void CheckPartJoinsGeneration(SpiSession& spi, const std::string& schema_name, const core::GenerationParams& params);

// After a load: records it (a single call replaces the schema's record; a part adds itself to the
// record of its generation: parts_loaded and table_rows). Serialized per schema by a transaction
// advisory lock, so parts loaded at the same time in several sessions all count.
void RecordGeneration(SpiSession& spi, const std::string& schema_name, const core::GenerationParams& params, TimestampTz as_of,
                      const std::map<std::string, int64_t>& table_rows);

// Writes `record` as the schema's row (insert or replace), as the table's owner.
void WriteGenerationRecord(const GenerationRecord& record);

// Takes the per-schema transaction lock that RecordGeneration and advance() hold while they read
// and rewrite a record.
void LockGenerationRecord(SpiSession& spi, const std::string& schema_name);

}  // namespace dentsynth::pg
