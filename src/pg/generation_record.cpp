// Reading and writing dentsynth.generation (see generation_record.hpp).
#include "pg/generation_record.hpp"

#include <algorithm>
#include <cstdio>

#include "core/errors.hpp"
#include "core/generator_version.hpp"
#include "pg/epoch.hpp"
#include "pg/error_bridge.hpp"

namespace dentsynth::pg {

namespace {

// The lock key's first half names the record (pg_advisory_xact_lock(int4, int4)); the second is
// the schema name's hash.
constexpr int32_t kRecordLockClass = 0x44534752;  // "DSGR"

// Microseconds since 1970 (the core's epoch) of a PostgreSQL timestamptz, and back.
int64_t UnixMicros(TimestampTz t) { return t + kUnixToPostgresMicros; }
TimestampTz FromUnixMicros(int64_t micros) { return micros - kUnixToPostgresMicros; }

// "YYYY-MM-DD HH:MM:SS.ffffff" of microseconds since 1970: the text of a timestamp, read the same
// under every DateStyle.
std::string IsoText(int64_t unix_micros) {
    const core::Date day = core::DateOf(core::Timestamp{unix_micros});
    const int64_t in_day = unix_micros - int64_t{day.days} * core::kMicrosPerDay;
    const int64_t seconds = in_day / core::kMicrosPerSecond;
    char text[80];
    std::snprintf(text, sizeof text, "%s %02d:%02d:%02d.%06d", core::ToIsoString(day).c_str(), static_cast<int>(seconds / 3600),
                  static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60), static_cast<int>(in_day % core::kMicrosPerSecond));
    return text;
}

std::string MomentLiteral(TimestampTz t) { return "'" + IsoText(UnixMicros(t)) + "+00'"; }

int64_t ToInt(const std::optional<std::string>& cell) { return cell ? std::stoll(*cell) : 0; }

std::string JsonRows(const std::map<std::string, int64_t>& table_rows) {
    std::string json = "{";
    for (const auto& [table, rows] : table_rows) {
        if (json.size() > 1) json += ", ";
        json += "\"" + table + "\": " + std::to_string(rows);  // table names are plain lower-case identifiers
    }
    return json + "}";
}

std::string PartsArray(const std::vector<int64_t>& parts) {
    std::string text = "{";
    for (const int64_t part : parts) text += (text.size() > 1 ? "," : "") + std::to_string(part);
    return text + "}";
}

[[noreturn]] void RefuseOtherGeneration(const std::string& schema_name, const GenerationRecord& recorded, const GenerationRecord& part) {
    throw core::Error(core::ErrorKind::kTargetNotEmpty,
                      "invalid value for parameter \"target_schema\": schema \"" + schema_name + "\" holds another generation (" +
                          recorded.Describe() + ")",
                      "The parts of one generation go into one schema; this part belongs to " + part.Describe() +
                          ". Load it into another target_schema, or empty the tables first.");
}

GenerationRecord RecordOf(const std::string& schema_name, const core::GenerationParams& params, TimestampTz as_of) {
    GenerationRecord record;
    record.target_schema = schema_name;
    record.params = params;
    record.params.part = 1;
    record.as_of = as_of;
    record.parts_loaded = {params.part};
    record.generator_version = std::string(kGeneratorVersion);
    PgCall([&] { record.generated_at = GetCurrentTransactionStartTimestamp(); });
    return record;
}

}  // namespace

bool GenerationRecord::SameGenerationAs(const GenerationRecord& other) const {
    return params.seed == other.params.seed && params.patients == other.params.patients && params.start_date == other.params.start_date &&
           params.as_of == other.params.as_of && params.parts == other.params.parts && generator_version == other.generator_version;
}

std::string GenerationRecord::Describe() const {
    std::string parts_text;
    for (const int64_t part : parts_loaded) parts_text += (parts_text.empty() ? "" : ", ") + std::to_string(part);
    return "seed " + std::to_string(static_cast<int64_t>(params.seed)) + ", " + std::to_string(params.patients) + " patients, start_date " +
           core::ToIsoString(params.start_date) + ", as_of " + core::AsOfText(params) + ", generator version " + generator_version +
           (params.parts > 1 ? ", parts " + parts_text + " of " + std::to_string(params.parts) : std::string());
}

std::optional<GenerationRecord> ReadGenerationRecord(SpiSession& spi, const std::string& schema_name, bool latest_snapshot) {
    const std::string where = " WHERE target_schema = " + QuoteLiteral(schema_name);
    const SpiRows rows = spi.Query(
        "SELECT seed, patients, start_date - DATE '1970-01-01', (extract(epoch FROM cut) * 1000000)::bigint,"
        " (extract(epoch FROM as_of) * 1000000)::bigint, parts, array_to_string(parts_loaded, ','), generator_version,"
        " (extract(epoch FROM generated_at) * 1000000)::bigint, (extract(epoch FROM advanced_at) * 1000000)::bigint"
        " FROM dentsynth.generation" +
            where,
        std::nullopt, latest_snapshot);
    if (rows.empty()) return std::nullopt;
    const auto& row = rows[0];
    GenerationRecord record;
    record.target_schema = schema_name;
    record.params.seed = static_cast<uint64_t>(ToInt(row[0]));
    record.params.patients = ToInt(row[1]);
    record.params.start_date = core::Date{static_cast<int32_t>(ToInt(row[2]))};
    record.params.as_of = core::Timestamp{ToInt(row[3])};
    record.as_of = FromUnixMicros(ToInt(row[4]));
    record.params.parts = ToInt(row[5]);
    record.params.part = 1;
    const std::string parts = row[6].value_or("");
    for (size_t start = 0; start < parts.size();) {
        size_t end = parts.find(',', start);
        if (end == std::string::npos) end = parts.size();
        record.parts_loaded.push_back(std::stoll(parts.substr(start, end - start)));
        start = end + 1;
    }
    record.generator_version = row[7].value_or("");
    record.generated_at = FromUnixMicros(ToInt(row[8]));
    if (row[9]) record.advanced_at = FromUnixMicros(ToInt(row[9]));
    for (const auto& cell :
         spi.Query("SELECT key, value FROM dentsynth.generation, jsonb_each_text(table_rows)" + where, std::nullopt, latest_snapshot))
        record.table_rows[cell[0].value_or("")] = ToInt(cell[1]);
    return record;
}

void LockGenerationRecord(SpiSession& spi, const std::string& schema_name) {
    spi.Query("SELECT pg_catalog.pg_advisory_xact_lock(" + std::to_string(kRecordLockClass) + ", pg_catalog.hashtext(" +
              QuoteLiteral(schema_name) + "))");
}

// The record table's relation, InvalidOid when it is missing (call inside PgCall).
Oid GenerationTable() {
    const Oid namespace_oid = get_namespace_oid("dentsynth", true);
    return OidIsValid(namespace_oid) ? get_relname_relid("generation", namespace_oid) : InvalidOid;
}

bool GenerationRecordTableExists() {
    bool exists = false;
    PgCall([&] { exists = OidIsValid(GenerationTable()); });
    return exists;
}

void CheckPartJoinsGeneration(SpiSession& spi, const std::string& schema_name, const core::GenerationParams& params) {
    if (params.parts == 1) return;  // a single call writes into empty (or emptied) tables: any record is stale
    const GenerationRecord part = RecordOf(schema_name, params, 0);
    const std::optional<GenerationRecord> recorded = ReadGenerationRecord(spi, schema_name);
    // The record outlives its tables (DROP SCHEMA, TRUNCATE): it only stands when the roster holds
    // rows. Probed with a one-tuple scan, which needs no privilege on the table (the privileges a
    // load needs are checked, and named, with the target tables).
    bool roster_has_rows = false;
    PgCall([&] {
        const Oid namespace_oid = get_namespace_oid(schema_name.c_str(), false);
        const Oid relation_id = get_relname_relid("patient", namespace_oid);
        if (!OidIsValid(relation_id)) return;
        Relation relation = table_open(relation_id, AccessShareLock);
        TableScanDesc scan = table_beginscan(relation, GetLatestSnapshot(), 0, nullptr);
        TupleTableSlot* slot = table_slot_create(relation, nullptr);
        roster_has_rows = table_scan_getnextslot(scan, ForwardScanDirection, slot);
        ExecDropSingleTupleTableSlot(slot);
        table_endscan(scan);
        table_close(relation, NoLock);
    });
    if (!roster_has_rows) return;
    if (!recorded)
        throw core::Error(
            core::ErrorKind::kTargetNotEmpty,
            "invalid value for parameter \"target_schema\": " + schema_name + ".patient holds rows that no recorded generation wrote",
            "A part joins only the parts of its own generation (dentsynth.generation); load it into another "
            "target_schema, or empty the tables first.");
    if (!recorded->SameGenerationAs(part)) RefuseOtherGeneration(schema_name, *recorded, part);
}

void RecordGeneration(SpiSession& spi, const std::string& schema_name, const core::GenerationParams& params, TimestampTz as_of,
                      const std::map<std::string, int64_t>& table_rows) {
    GenerationRecord record = RecordOf(schema_name, params, as_of);
    record.table_rows = table_rows;
    if (params.parts > 1) {
        LockGenerationRecord(spi, schema_name);
        const std::optional<GenerationRecord> recorded = ReadGenerationRecord(spi, schema_name, true);
        if (recorded && recorded->SameGenerationAs(record)) {
            // Another part of this generation is there already (a part loaded twice has failed on the
            // primary key before this point): this one adds itself.
            if (std::find(recorded->parts_loaded.begin(), recorded->parts_loaded.end(), params.part) != recorded->parts_loaded.end())
                throw core::Error(core::ErrorKind::kTargetNotEmpty,
                                  "invalid value for parameter \"part\": part " + std::to_string(params.part) + " of " +
                                      std::to_string(params.parts) + " is already loaded into schema \"" + schema_name + "\"",
                                  "Each part is loaded once; dentsynth.generation lists the parts loaded.");
            record.parts_loaded.insert(record.parts_loaded.end(), recorded->parts_loaded.begin(), recorded->parts_loaded.end());
            std::sort(record.parts_loaded.begin(), record.parts_loaded.end());
            for (const auto& [table, rows] : recorded->table_rows) record.table_rows[table] += rows;
        } else if (recorded) {
            // Checked before the load; only a part of another generation committed meanwhile lands here.
            const bool roster_has_rows =
                !spi.Query("SELECT 1 FROM " + QuoteIdentifier(schema_name) + ".patient p WHERE p.\"PatNum\" NOT BETWEEN " +
                               std::to_string((params.part - 1) * params.patients / params.parts + 1) + " AND " +
                               std::to_string(params.part * params.patients / params.parts) + " LIMIT 1",
                           std::nullopt, true)
                     .empty();
            if (roster_has_rows) RefuseOtherGeneration(schema_name, *recorded, record);
        }
    }
    WriteGenerationRecord(record);
}

void WriteGenerationRecord(const GenerationRecord& record) {
    const std::string sql =
        "INSERT INTO dentsynth.generation (target_schema, seed, patients, start_date, as_of, cut, parts, parts_loaded, generator_version,"
        " table_rows, generated_at, advanced_at) VALUES (" +
        QuoteLiteral(record.target_schema) + ", " + std::to_string(static_cast<int64_t>(record.params.seed)) + ", " +
        std::to_string(record.params.patients) + ", '" + core::ToIsoString(record.params.start_date) + "', " + MomentLiteral(record.as_of) +
        ", '" + IsoText(record.params.as_of.micros) + "', " + std::to_string(record.params.parts) + ", '" +
        PartsArray(record.parts_loaded) + "', " + QuoteLiteral(record.generator_version) + ", " +
        QuoteLiteral(JsonRows(record.table_rows)) + ", " + MomentLiteral(record.generated_at) + ", " +
        (record.advanced_at ? MomentLiteral(*record.advanced_at) : std::string("NULL")) +
        ") ON CONFLICT (target_schema) DO UPDATE SET seed = EXCLUDED.seed, patients = EXCLUDED.patients,"
        " start_date = EXCLUDED.start_date, as_of = EXCLUDED.as_of, cut = EXCLUDED.cut, parts = EXCLUDED.parts,"
        " parts_loaded = EXCLUDED.parts_loaded, generator_version = EXCLUDED.generator_version, table_rows = EXCLUDED.table_rows,"
        " generated_at = EXCLUDED.generated_at, advanced_at = EXCLUDED.advanced_at";
    const char* text = sql.c_str();
    PgCall([&] {
        const Oid relation = GenerationTable();
        if (!OidIsValid(relation))
            ereport(ERROR, (errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE), errmsg("table dentsynth.generation does not exist"),
                            errhint("The extension's SQL objects are older than its library: run ALTER EXTENSION dentsynth UPDATE.")));
        HeapTuple tuple = SearchSysCache1(RELOID, ObjectIdGetDatum(relation));
        if (!HeapTupleIsValid(tuple)) elog(ERROR, "cache lookup failed for relation %u", relation);
        const Oid owner = reinterpret_cast<Form_pg_class>(GETSTRUCT(tuple))->relowner;
        ReleaseSysCache(tuple);
        // As the owner, in a restricted context (as index builds and RI checks run): an error here
        // aborts the (sub)transaction, which restores the caller's identity.
        Oid saved_user = InvalidOid;
        int saved_context = 0;
        GetUserIdAndSecContext(&saved_user, &saved_context);
        SetUserIdAndSecContext(owner, saved_context | SECURITY_LOCAL_USERID_CHANGE | SECURITY_RESTRICTED_OPERATION);
        const int rc = SPI_execute(text, false, 0);
        SetUserIdAndSecContext(saved_user, saved_context);
        if (rc != SPI_OK_INSERT) elog(ERROR, "dentsynth: writing the generation record failed (%d)", rc);
    });
}

}  // namespace dentsynth::pg
