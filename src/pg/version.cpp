// dentsynth.version(): which versions answer a call. The extension version is the one this
// database's SQL objects were installed or updated to (pg_extension.extversion); the generator
// version is the loaded module's (src/core/generator_version.hpp), which decides the rows. They
// are read from two places on purpose: `make install` replaces the module for every database at
// once, while each database keeps its objects' version until ALTER EXTENSION dentsynth UPDATE, so
// a module newer than the objects shows as two different versions.
#include "pg/postgres_headers.hpp"

#include <optional>
#include <string>

#include "core/generator_version.hpp"
#include "pg/error_bridge.hpp"
#include "pg/spi.hpp"

extern "C" {
PG_FUNCTION_INFO_V1(dentsynth_version);
}

namespace dentsynth::pg {

namespace {

// pg_extension's version of dentsynth in this database (nullopt while it is not installed, as
// when the module is loaded by hand).
std::optional<std::string> InstalledExtensionVersion() {
    SpiSession spi;
    const SpiRows rows = spi.Query("SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'dentsynth'");
    spi.Finish();
    if (rows.empty() || rows[0].empty()) return std::nullopt;
    return rows[0][0];
}

Datum Version(FunctionCallInfo fcinfo) {
    const std::optional<std::string> extension_version = InstalledExtensionVersion();
    const std::string generator_version(kGeneratorVersion);
    const char* extension_text = extension_version ? extension_version->c_str() : nullptr;
    const char* generator_text = generator_version.c_str();
    Datum result = (Datum)0;
    PgCall([&] {
        TupleDesc descriptor = nullptr;
        if (get_call_result_type(fcinfo, nullptr, &descriptor) != TYPEFUNC_COMPOSITE)
            ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED), errmsg("dentsynth.version() must be declared to return a record")));
        descriptor = BlessTupleDesc(descriptor);
        Datum values[2] = {extension_text ? CStringGetTextDatum(extension_text) : (Datum)0, CStringGetTextDatum(generator_text)};
        bool nulls[2] = {extension_text == nullptr, false};
        result = HeapTupleGetDatum(heap_form_tuple(descriptor, values, nulls));
    });
    return result;
}

}  // namespace

}  // namespace dentsynth::pg

extern "C" Datum dentsynth_version(PG_FUNCTION_ARGS) {
    return dentsynth::pg::EntryPoint([&] { return dentsynth::pg::Version(fcinfo); });
}
