// SPI helpers: every backend call under PgCall, results copied into C++ values.
#include "pg/spi.hpp"

#include "pg/error_bridge.hpp"

namespace dentsynth::pg {

SpiSession::SpiSession() {
    PgCall([] {
        if (SPI_connect() != SPI_OK_CONNECT) elog(ERROR, "dentsynth: SPI_connect failed");
    });
    connected_ = true;
}

void SpiSession::Finish() {
    if (!connected_) return;
    PgCall([] { SPI_finish(); });
    connected_ = false;
}

uint64_t SpiSession::Execute(const std::string& sql) {
    const char* text = sql.c_str();
    uint64_t processed = 0;
    PgCall([&] {
        const int rc = SPI_execute(text, false, 0);
        if (rc < 0) elog(ERROR, "dentsynth: SPI_execute failed (%d) for: %s", rc, text);
        processed = SPI_processed;
    });
    return processed;
}

namespace {

// Copies a query result into C++ values, one backend call per cell.
SpiRows CollectRows(SPITupleTable* table, uint64 count) {
    SpiRows rows;
    rows.reserve(count);
    for (uint64 r = 0; r < count; ++r) {
        std::vector<std::optional<std::string>> row;
        const int natts = table->tupdesc->natts;
        for (int c = 1; c <= natts; ++c) {
            char* value = nullptr;
            PgCall([&] { value = SPI_getvalue(table->vals[r], table->tupdesc, c); });
            row.push_back(value ? std::optional<std::string>(value) : std::nullopt);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace

SpiRows SpiSession::Query(const std::string& sql, std::optional<Oid> param, bool latest_snapshot) {
    const char* text = sql.c_str();
    SPITupleTable* table = nullptr;
    uint64 count = 0;
    const bool has_param = param.has_value();
    const Oid param_value = param.value_or(InvalidOid);
    PgCall([&] {
        Oid types[1] = {OIDOID};
        Datum values[1] = {ObjectIdGetDatum(param_value)};
        // read_only = false makes SPI take a new snapshot after a command-counter increment.
        const bool read_only = !latest_snapshot;
        const int rc = has_param ? SPI_execute_with_args(text, 1, types, values, nullptr, read_only, 0) : SPI_execute(text, read_only, 0);
        if (rc != SPI_OK_SELECT) elog(ERROR, "dentsynth: query failed (%d): %s", rc, text);
        table = SPI_tuptable;
        count = SPI_processed;
    });
    return CollectRows(table, count);
}

std::string QuoteIdentifier(const std::string& name) {
    const char* quoted = nullptr;
    const char* raw = name.c_str();
    PgCall([&] { quoted = quote_identifier(raw); });
    return quoted;
}

std::string QuoteLiteral(const std::string& text) {
    const char* quoted = nullptr;
    const char* raw = text.c_str();
    PgCall([&] { quoted = quote_literal_cstr(raw); });
    return quoted;
}

}  // namespace dentsynth::pg
