// The SQL-callable functions: thin extern "C" shims that read arguments, run the C++ body under
// EntryPoint (the error bridge) and hand rows to a sink. See sql/dentsynth.sql.in for the SQL side.
#include "pg/postgres_headers.hpp"

#include <map>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "core/background_generation.hpp"
#include "core/generator.hpp"
#include "pg/arguments.hpp"
#include "pg/error_bridge.hpp"
#include "pg/etl_bookkeeping.hpp"
#include "pg/generation_record.hpp"
#include "pg/raw_schema.hpp"
#include "pg/settings.hpp"
#include "pg/spi.hpp"
#include "pg/table_writer.hpp"
#include "pg/target_tables.hpp"
#include "pg/tuplestore_sink.hpp"

extern "C" {
PG_MODULE_MAGIC;
void _PG_init(void);
PG_FUNCTION_INFO_V1(dentsynth_create_raw_schema);
PG_FUNCTION_INFO_V1(dentsynth_generate_all);
PG_FUNCTION_INFO_V1(dentsynth_generate_table);
}

namespace dentsynth::pg {

namespace {

// A two-column result (text, value) returned through a tuplestore.
struct ResultWriter {
    Tuplestorestate* store = nullptr;
    TupleDesc descriptor = nullptr;
};

ResultWriter StartResult(FunctionCallInfo fcinfo) {
    ResultWriter writer;
    PgCall([&] {
        InitMaterializedSRF(fcinfo, 0);
        auto* result = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
        writer.store = result->setResult;
        writer.descriptor = result->setDesc;
    });
    return writer;
}

void PutRow(const ResultWriter& writer, const std::string& text, Datum value) {
    const char* name = text.c_str();
    PgCall([&] {
        Datum values[2] = {CStringGetTextDatum(name), value};
        bool nulls[2] = {false, false};
        tuplestore_putvalues(writer.store, writer.descriptor, values, nulls);
    });
}

Datum CreateRawSchema(FunctionCallInfo fcinfo) {
    const std::string schema_name = CallArguments(fcinfo).ReadName("target_schema");
    SpiSession spi;
    Oid namespace_oid = InvalidOid;
    const std::vector<TableStatus> statuses = EnsureRawSchema(spi, schema_name, namespace_oid);
    spi.Finish();
    const ResultWriter writer = StartResult(fcinfo);
    for (const TableStatus& status : statuses) PutRow(writer, status.table_name, BoolGetDatum(status.created));
    return (Datum)0;
}

Datum GenerateAll(FunctionCallInfo fcinfo) {
    const CallArguments arguments(fcinfo);
    const core::GenerationParams params = arguments.Generation();
    const std::string schema_name = arguments.ReadName("target_schema");
    const bool replace = arguments.ReadBool("replace");
    core::ValidateParams(params);
    if (replace && params.parts > 1)
        throw core::Error(core::ErrorKind::kInvalidParameter, "replace => true cannot be combined with parts > 1",
                          "Each part writes its own patients next to the other parts' rows; empty the tables once before loading "
                          "the parts, or generate the parts into separate schemas.");

    SpiSession spi;
    Oid namespace_oid = InvalidOid;
    EnsureRawSchema(spi, schema_name, namespace_oid);
    const auto relations = PrepareTargetTables(spi, schema_name, namespace_oid, params, replace);
    CheckPartJoinsGeneration(spi, schema_name, params);
    spi.Finish();

    BulkInsertSink sink(relations);
    if (generate_on_worker_thread)
        core::GenerateInBackground(params, sink);
    else
        core::Generate(params, sink);
    sink.Finish();

    SpiSession bookkeeping_spi;
    const std::array<int64_t, 4> bookkeeping = WriteEtlBookkeeping(bookkeeping_spi, QuoteIdentifier(schema_name), params, sink);
    std::map<std::string, int64_t> table_rows;
    for (const core::GeneratedTable& generated : core::GeneratedTables())
        if (core::WritesTable(params, generated.table)) table_rows[core::InfoOf(generated.table).name] = sink.RowsWritten(generated.table);
    RecordGeneration(bookkeeping_spi, schema_name, params, arguments.ReadTimestampTz("as_of"), table_rows);
    bookkeeping_spi.Finish();

    const ResultWriter writer = StartResult(fcinfo);
    for (const core::GeneratedTable& generated : core::GeneratedTables())
        PutRow(writer, core::InfoOf(generated.table).name, Int64GetDatum(sink.RowsWritten(generated.table)));
    for (size_t i = 0; i < bookkeeping.size(); ++i) PutRow(writer, core::InfoOf(kBookkeepingTables[i]).name, Int64GetDatum(bookkeeping[i]));
    return (Datum)0;
}

// The table a generate_<table>() function returns: the name of its composite result type.
core::TableId ResultTable(FunctionCallInfo fcinfo) {
    const char* type_name = nullptr;
    PgCall([&] {
        const Oid result_type = get_func_rettype(fcinfo->flinfo->fn_oid);
        const Oid relation = get_typ_typrelid(result_type);
        type_name = relation != InvalidOid ? get_rel_name(relation) : nullptr;
    });
    const core::TableInfo* table = type_name ? core::FindTable(type_name) : nullptr;
    if (table == nullptr || !core::IsGenerated(table->id))
        throw core::Error(
            core::ErrorKind::kInternal,
            std::string("dentsynth_generate_table called for a type that is not a generated table: ") + (type_name ? type_name : "(none)"));
    return table->id;
}

Datum GenerateTable(FunctionCallInfo fcinfo) {
    const core::TableId table = ResultTable(fcinfo);
    const core::GenerationParams params = CallArguments(fcinfo).Generation();
    core::ValidateParams(params);
    TuplestoreSink sink(fcinfo, table);
    core::Generate(params, sink);
    return (Datum)0;
}

}  // namespace

}  // namespace dentsynth::pg

extern "C" Datum dentsynth_create_raw_schema(PG_FUNCTION_ARGS) {
    return dentsynth::pg::EntryPoint([&] { return dentsynth::pg::CreateRawSchema(fcinfo); });
}

extern "C" Datum dentsynth_generate_all(PG_FUNCTION_ARGS) {
    return dentsynth::pg::EntryPoint([&] { return dentsynth::pg::GenerateAll(fcinfo); });
}

extern "C" Datum dentsynth_generate_table(PG_FUNCTION_ARGS) {
    return dentsynth::pg::EntryPoint([&] { return dentsynth::pg::GenerateTable(fcinfo); });
}

extern "C" void _PG_init(void) { dentsynth::pg::DefineSettings(); }
