// Small SPI helpers for the set-up work before generation (schema checks, DDL, emptiness
// checks). Never used in the row loop. Each call runs under PgCall and returns C++ values.
#pragma once

#include "pg/postgres_headers.hpp"

#include <optional>
#include <string>
#include <vector>

namespace dentsynth::pg {

// Result rows as text; a NULL cell is std::nullopt.
using SpiRows = std::vector<std::vector<std::optional<std::string>>>;

// Connects SPI for the lifetime of the object; Finish() disconnects on success (on error the
// aborting transaction cleans SPI up).
class SpiSession {
public:
    SpiSession();
    void Finish();
    // Runs a utility or DML statement; returns the rows it processed.
    uint64_t Execute(const std::string& sql);
    // Runs a read-only query with an optional single oid parameter ($1) and returns its rows. It
    // reads with the calling statement's snapshot unless `latest_snapshot`, which takes a new one
    // that also sees what this call has done so far (tables it just created).
    SpiRows Query(const std::string& sql, std::optional<Oid> param = std::nullopt, bool latest_snapshot = false);

private:
    bool connected_ = false;
};

// quote_identifier() as a std::string.
std::string QuoteIdentifier(const std::string& name);

// quote_literal_cstr() as a std::string: a SQL string literal.
std::string QuoteLiteral(const std::string& text);

}  // namespace dentsynth::pg
