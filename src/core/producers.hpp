// The producer registry (schema/producers.tsv) in the code: the tables each module writes. A
// module is one .cpp file. It finds its own line of the registry by its path at compile time
// (ThisFilesProducer: the build fails when the registry does not name the file), asks through it
// whether the call wants anything it writes (WantsAny), and writes through a ProducerSink, which
// refuses, as a broken invariant, a row of a table its line does not give it. A table may have
// several writers (commlog, document, procedurelog). tools/producers_to_cpp.awk generates the lines
// and stops the build when the registry names a file that does not exist; the core unit test
// checks that every file it names claims its line and mentions each of its tables.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <source_location>
#include <span>
#include <string_view>

#include "core/schema.hpp"
#include "core/sink.hpp"

namespace dentsynth::core {

// A set of tables, usable in constant expressions.
class TableSet {
public:
    constexpr TableSet(std::initializer_list<TableId> tables) {
        for (const TableId t : tables) words_[Word(t)] |= Bit(t);
    }
    constexpr bool Has(TableId t) const { return (words_[Word(t)] & Bit(t)) != 0; }

private:
    static constexpr size_t Word(TableId t) { return static_cast<size_t>(t) / 64; }
    static constexpr uint64_t Bit(TableId t) { return uint64_t{1} << (static_cast<unsigned>(t) % 64); }
    uint64_t words_[(kTableCount + 63) / 64] = {};
};

// One module and the tables it writes.
struct Producer {
    std::string_view path;  // the module's .cpp file, from the repository's root
    TableSet tables;
};

#include "core/generated/producers.inc"  // kProducers

// Whether `file` (a path as the compiler spells __FILE__: relative or absolute) is `path`.
constexpr bool IsFile(std::string_view file, std::string_view path) {
    return file == path || (file.size() > path.size() && file.ends_with(path) && file[file.size() - path.size() - 1] == '/');
}

// The registry's line of the file that calls it. Not a constant expression (a build error,
// pointing here) when the registry does not name the calling file.
consteval const Producer& ThisFilesProducer(std::source_location here = std::source_location::current()) {
    for (const Producer& p : kProducers)
        if (IsFile(here.file_name(), p.path)) return p;
    throw "schema/producers.tsv does not name this file: add it to the lines of the tables it writes";
}

// Whether `sink` wants any table `producer` writes (whether the module is worth running).
bool WantsAny(const RowSink& sink, const Producer& producer);

// One module's view of the sink: it passes every row of the module's own tables on, and stops the
// generation with an internal error at a row of any other table. Wants answers for every table
// as the sink does, so a table missing from the module's line fails loudly instead of being skipped.
class ProducerSink final : public RowSink {
public:
    ProducerSink(RowSink& sink, const Producer& producer) : sink_(sink), producer_(producer) {}

    bool Wants(TableId table) const override { return sink_.Wants(table); }
    // Whether the sink wants any of the module's tables.
    bool WantsAny() const { return core::WantsAny(sink_, producer_); }
    void Write(const Row& row) override {
        if (!producer_.tables.Has(row.table())) Refuse(row);
        sink_.Write(row);
    }
    void Checkpoint() override { sink_.Checkpoint(); }

private:
    [[noreturn]] void Refuse(const Row& row) const;

    RowSink& sink_;
    const Producer& producer_;
};

}  // namespace dentsynth::core
