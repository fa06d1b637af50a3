// The sink between the patients' stage and the real sink that gives every row of a planned table
// its key (key_plan.hpp). Generators number rows the way that is convenient to them (a patient's
// own counters: "provisional" keys, unique per table within a cohort); this sink holds one cohort's
// rows, orders each table's rows by entry moment within their (period, block) cell, gives them the
// plan's keys, rewrites every column that holds such a key (schema/key_references.tsv), and hands
// the rows on. It also holds back the rows of cohort members outside this call's part: they are
// numbered (a cohort's keys depend on all of its rows) but not written.
#pragma once

#include <array>
#include <memory>
#include <cstdint>
#include <vector>

#include "core/key_plan.hpp"
#include "core/sink.hpp"

namespace dentsynth::core {

class KeyNumberingSink final : public RowSink {
public:
    KeyNumberingSink(const GenerationParams& params, RowSink& inner);

    // The rows the caller wants, plus those whose keys or entry moments the wanted ones need.
    bool Wants(TableId table) const override { return wants_[static_cast<int>(table)]; }
    void Write(const Row& row) override;
    void Checkpoint() override { inner_.Checkpoint(); }

    // The rows written next belong to `cohort`; rows of an earlier cohort must be flushed first.
    void BeginCohort(int64_t cohort);
    // Whether the rows written next are handed on (patients of this part) or only numbered.
    void SetHandOn(bool hand_on) { hand_on_ = hand_on; }
    // Keys decided outside a cohort (claimpayment, numbered per check run by the caller): pairs
    // (provisional, final). Replaces the table's previous set.
    void SetExternalKeys(TableId table, std::vector<std::pair<int64_t, int64_t>> keys);
    // Numbers the cohort's rows and hands them on.
    void EndCohort();

private:
    struct NumberedKey {
        int64_t provisional;
        int64_t key;
        Timestamp entered;
    };
    struct Held {
        std::vector<char> packed;  // the rows, packed (Row::AppendPacked), reused across cohorts
        std::vector<size_t> offsets;  // where each row starts in `packed`
        std::vector<uint8_t> hand_on;
        std::vector<int64_t> provisional;  // keyed tables: each row's own number
        std::vector<Timestamp> entered;  // keyed tables: each row's entry moment ...
        std::vector<int64_t> parent;  // ... or, entered with its parent, the parent's number
        size_t count = 0;
        std::vector<NumberedKey> keys;  // in key order (row order for external keys)
        std::vector<uint32_t> order;  // row indexes in key order
        std::vector<int32_t> slots;  // open-addressing index of keys by provisional key (-1: empty)
    };

    Timestamp EnteredOf(const KeyedTable& table, const Row& row) const;  // of a row not entered with its parent
    void Number(const KeyedTable& table, Held& held);
    int64_t Lookup(TableId table, int64_t provisional, const char* what) const;
    const NumberedKey* Find(TableId table, int64_t provisional) const;
    static void BuildIndex(Held& held);
    void Renumber(TableId table, Row& row) const;

    const GenerationParams params_;
    const KeyPlan plan_;
    RowSink& inner_;
    std::array<bool, kTableCount> wants_{};
    std::array<bool, kTableCount> held_tables_{};  // keyed, or holding a planned key
    std::array<Held, kTableCount> held_;
    std::array<std::unique_ptr<Row>, kTableCount> scratch_;  // a row per table to unpack into
    std::array<bool, kTableCount> external_{};  // keys set by SetExternalKeys
    std::array<bool, kTableCount> inner_wants_{};
    std::array<const KeyedTable*, kTableCount> keyed_{};  // the plan entry per table, or nullptr
    std::array<TableId, kTableCount> parent_{};  // for tables entered with their parent row
    std::array<std::vector<const KeyReference*>, kTableCount> references_;
    int64_t cohort_ = -1;
    bool hand_on_ = true;
};

}  // namespace dentsynth::core
