// Creating the raw schema's tables from the contract and refusing existing tables that differ.
// The tables never belong to the extension: DROP EXTENSION leaves them and their rows.
#pragma once

#include "pg/postgres_headers.hpp"

#include <string>
#include <vector>

#include "pg/spi.hpp"

namespace dentsynth::pg {

struct TableStatus {
    std::string table_name;
    bool created;
};

// Makes sure schema `schema_name` exists (creating it when missing) and holds every contract
// table: missing tables are created (with the unique constraints and indexes of
// schema/constraints.tsv), existing ones are checked column by column (name, type, order,
// nullability, default, primary key), then for those constraints and indexes. Throws naming the
// first mismatch.
std::vector<TableStatus> EnsureRawSchema(SpiSession& spi, const std::string& schema_name, Oid& namespace_oid);

}  // namespace dentsynth::pg
