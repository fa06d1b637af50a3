// Numbering a cohort's rows by the key plan (see key_numbering_sink.hpp and key_plan.hpp).
#include "core/key_numbering_sink.hpp"

#include <algorithm>
#include <string>
#include <tuple>

#include "core/errors.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

int Index(TableId table) { return static_cast<int>(table); }

// The reference a child table's entry moment is taken from (its entered_by column).
const KeyReference* ParentReference(const KeyedTable& table) {
    for (const KeyReference& r : KeyReferences())
        if (r.table == table.table && r.column == table.entered_column && r.when_column < 0) return &r;
    return nullptr;
}

[[noreturn]] void Broken(const std::string& message) { throw Error(ErrorKind::kInternal, "key plan: " + message); }

}  // namespace

KeyNumberingSink::KeyNumberingSink(const GenerationParams& params, RowSink& inner)
    : params_(params), plan_(params.patients), inner_(inner) {
    for (const KeyReference& r : KeyReferences()) {
        references_[Index(r.table)].push_back(&r);
        held_tables_[Index(r.table)] = true;
    }
    // A child is numbered after its parent: the plan lists parents first.
    std::array<bool, kTableCount> numbered{};
    for (const KeyedTable& k : KeyedTables()) {
        held_tables_[Index(k.table)] = true;
        keyed_[Index(k.table)] = &k;
        if (k.entered_by_ref) {
            const KeyReference* parent = ParentReference(k);
            if (parent == nullptr || !numbered[Index(parent->target)])
                Broken(std::string(InfoOf(k.table).name) + " is entered with a row of a table not listed before it in schema/keys.tsv");
            parent_[Index(k.table)] = parent->target;
        }
        numbered[Index(k.table)] = true;
    }
    // Wanted: what the caller wants, the tables its rows point to (their keys), and the parents
    // those are entered with (their entry moments).
    for (int t = 0; t < kTableCount; ++t) inner_wants_[t] = wants_[t] = inner.Wants(static_cast<TableId>(t));
    const std::array<bool, kTableCount> asked = wants_;
    for (int t = 0; t < kTableCount; ++t)
        if (asked[t])
            for (const KeyReference* r : references_[t]) wants_[Index(r->target)] = true;
    for (auto it = KeyedTables().rbegin(); it != KeyedTables().rend(); ++it)  // children before parents
        if (wants_[Index(it->table)] && it->entered_by_ref) wants_[Index(parent_[Index(it->table)])] = true;
}

void KeyNumberingSink::Write(const Row& row) {
    const int t = Index(row.table());
    const bool hand_on = hand_on_ && inner_wants_[t] && !row.deleted();
    if (!held_tables_[t]) {
        if (hand_on) inner_.Write(row);
        return;
    }
    if (cohort_ < 0) Broken(std::string("a row of ") + row.info().name + " was written outside a cohort");
    Held& h = held_[t];
    if (const KeyedTable* keyed = keyed_[t]) {
        h.provisional.push_back(row[keyed->key_column].integer);
        if (keyed->entered_by_ref && !row.has_entered()) {
            h.parent.push_back(row[keyed->entered_column].integer);
            h.entered.push_back(Timestamp{});
        } else {
            h.parent.push_back(0);
            h.entered.push_back(EnteredOf(*keyed, row));
        }
    }
    h.offsets.push_back(h.packed.size());
    h.hand_on.push_back(hand_on);
    row.AppendPacked(h.packed);
    ++h.count;
}

void KeyNumberingSink::BeginCohort(int64_t cohort) {
    for (int t = 0; t < kTableCount; ++t)
        if (held_[t].count != 0) Broken("cohort " + std::to_string(cohort) + " began before the previous one was numbered");
    cohort_ = cohort;
}

void KeyNumberingSink::SetExternalKeys(TableId table, std::vector<std::pair<int64_t, int64_t>> keys) {
    std::sort(keys.begin(), keys.end());
    Held& held = held_[Index(table)];
    held.keys.clear();
    for (const auto& [provisional, key] : keys) held.keys.push_back({provisional, key, Timestamp{}});
    BuildIndex(held);
    external_[Index(table)] = true;
}

Timestamp KeyNumberingSink::EnteredOf(const KeyedTable& table, const Row& row) const {
    if (row.has_entered()) return row.entered();
    const Cell& cell = row[table.entered_column];
    if (cell.is_null) return Timestamp{};
    return InfoOf(table.table).columns[table.entered_column].type == SqlType::kDate ? At(Date{static_cast<int32_t>(cell.integer)}, 0)
                                                                                    : Timestamp{cell.integer};
}

void KeyNumberingSink::Number(const KeyedTable& table, Held& held) {
    std::vector<EnteredRow> entries(held.count);
    for (size_t i = 0; i < held.count; ++i) {
        Timestamp entered = held.entered[i];
        if (held.parent[i] != 0) {  // entered with its parent row, numbered before it
            const NumberedKey* parent = Find(parent_[Index(table.table)], held.parent[i]);
            if (parent == nullptr)
                Broken(std::string("a row of ") + InfoOf(table.table).name + " points to " + std::to_string(held.parent[i]) +
                       ", which was not generated");
            entered = parent->entered;
        }
        entries[i] = {KeyPeriodOf(params_.start_date, DateOf(entered)), entered, held.provisional[i], static_cast<uint32_t>(i)};
    }
    const int64_t block = table.block == KeyBlock::kCohort ? cohort_ : cohort_ / kCohortsPerCheckRun;
    const std::vector<int64_t> keys = NumberInEntryOrder(plan_, table, block, entries);
    held.keys.resize(entries.size());
    held.order.resize(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        held.keys[i] = {entries[i].provisional, keys[i], entries[i].entered};
        held.order[i] = entries[i].index;
    }
    BuildIndex(held);
    for (size_t i = 1; i < held.keys.size(); ++i)
        if (held.keys[i].key == held.keys[i - 1].key) Broken(std::string("two rows of ") + InfoOf(table.table).name + " got one key");
}

namespace {
size_t SlotOf(int64_t provisional, size_t mask) {
    return static_cast<size_t>((static_cast<uint64_t>(provisional) * 0x9E3779B97F4A7C15ULL) >> 20) & mask;
}
}  // namespace

// Looking up a provisional key is the hot path of renumbering (every reference of every row):
// an open-addressing table at most half full, so a lookup is about one probe.
void KeyNumberingSink::BuildIndex(Held& held) {
    size_t size = 16;
    while (size < 2 * held.keys.size()) size *= 2;
    held.slots.assign(size, -1);
    for (size_t i = 0; i < held.keys.size(); ++i) {
        size_t slot = SlotOf(held.keys[i].provisional, size - 1);
        while (held.slots[slot] >= 0) {
            if (held.keys[static_cast<size_t>(held.slots[slot])].provisional == held.keys[i].provisional)
                Broken("two rows of one table share the number " + std::to_string(held.keys[i].provisional));
            slot = (slot + 1) & (size - 1);
        }
        held.slots[slot] = static_cast<int32_t>(i);
    }
}

const KeyNumberingSink::NumberedKey* KeyNumberingSink::Find(TableId table, int64_t provisional) const {
    const Held& held = held_[Index(table)];
    if (held.slots.empty()) return nullptr;
    const size_t mask = held.slots.size() - 1;
    for (size_t slot = SlotOf(provisional, mask); held.slots[slot] >= 0; slot = (slot + 1) & mask) {
        const NumberedKey& k = held.keys[static_cast<size_t>(held.slots[slot])];
        if (k.provisional == provisional) return &k;
    }
    return nullptr;
}

int64_t KeyNumberingSink::Lookup(TableId table, int64_t provisional, const char* what) const {
    const NumberedKey* found = Find(table, provisional);
    if (found == nullptr)
        Broken(std::string(what) + " holds " + std::to_string(provisional) + ", not a generated row of " + InfoOf(table).name);
    return found->key;
}

void KeyNumberingSink::Renumber(TableId table, Row& row) const {
    for (const KeyReference* r : references_[Index(table)]) {
        if (r->when_column >= 0 && row[r->when_column].integer != r->when_value) continue;
        const int64_t value = row[r->column].integer;
        if (value == 0) continue;  // "none"
        row.ReplaceInteger(r->column, Lookup(r->target, value, InfoOf(table).columns[r->column].name));
    }
}

void KeyNumberingSink::EndCohort() {
    for (const KeyedTable& k : KeyedTables()) {
        Held& h = held_[Index(k.table)];
        if (external_[Index(k.table)]) {
            h.order.resize(h.count);
            for (size_t i = 0; i < h.count; ++i) h.order[i] = static_cast<uint32_t>(i);
        } else {
            Number(k, h);
        }
    }
    for (int t = 0; t < kTableCount; ++t) {
        Held& h = held_[t];
        if (h.count == 0) continue;
        const TableId table = static_cast<TableId>(t);
        if (!scratch_[t]) scratch_[t] = std::make_unique<Row>(table);
        Row& row = *scratch_[t];
        for (size_t i = 0; i < h.count; ++i) {
            const size_t index = keyed_[t] != nullptr ? h.order[i] : i;  // the i-th row in key order
            if (!h.hand_on[index]) continue;
            row.ReadPacked(h.packed.data() + h.offsets[index]);
            if (keyed_[t] != nullptr)  // keys[i] is the i-th key (for external keys, looked up)
                row.ReplaceInteger(keyed_[t]->key_column, external_[t] ? Lookup(table, h.provisional[index], "key") : h.keys[i].key);
            Renumber(table, row);
            inner_.Write(row);
        }
    }
    for (int t = 0; t < kTableCount; ++t) {
        Held& h = held_[t];
        h.count = 0;
        h.packed.clear();
        h.offsets.clear();
        h.hand_on.clear();
        h.provisional.clear();
        h.entered.clear();
        h.parent.clear();
        if (!external_[t]) h.keys.clear();
    }
    cohort_ = -1;
}

}  // namespace dentsynth::core
