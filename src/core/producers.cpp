// The producer registry's checks at run time (see producers.hpp).
#include "core/producers.hpp"

#include <string>

#include "core/errors.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

bool WantsAny(const RowSink& sink, const Producer& producer) {
    for (int t = 0; t < kTableCount; ++t)
        if (producer.tables.Has(static_cast<TableId>(t)) && sink.Wants(static_cast<TableId>(t))) return true;
    return false;
}

void ProducerSink::Refuse(const Row& row) const {
    throw Error(ErrorKind::kInternal,
                std::string(producer_.path) + " wrote a row of " + row.info().name + ", a table schema/producers.tsv does not give it",
                "Add the file to the table's line of schema/producers.tsv, or write the row from the module the registry names.");
}

}  // namespace dentsynth::core
