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

KeyNumberingSink::KeyNumberingSink(const GenerationParams& params, RowSink& inner) : params_(params), plan_(params.patients), inner_(inner) {
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
    const bool hand_on = hand_on_ && inner_wants_[t];
    if (!held_tables_[t]) {
        if (hand_on) inner_.Write(row);
        return;
    }
    if (cohort_ < 0) Broken(std::string("a row of ") + row.info().name + " was written outside a cohort");
    Held& h = held_[t];
    if (h.count == h.rows.size()) {
        h.rows.push_back(row);
        h.hand_on.push_back(hand_on);
    } else {
        h.rows[h.count] = row;  // copy-assignment reuses the held row's buffers
        h.hand_on[h.count] = hand_on;
    }
    ++h.count;
}

void KeyNumberingSink::BeginCohort(int64_t cohort) {
    for (int t = 0; t < kTableCount; ++t)
        if (held_[t].count != 0) Broken("cohort " + std::to_string(cohort) + " began before the previous one was numbered");
    cohort_ = cohort;
}

void KeyNumberingSink::SetExternalKeys(TableId table, std::vector<std::pair<int64_t, int64_t>> keys) {
    std::sort(keys.begin(), keys.end());
    std::vector<NumberedKey>& out = held_[Index(table)].keys;
    out.clear();
    for (const auto& [provisional, key] : keys) out.push_back({provisional, key, Timestamp{}});
    external_[Index(table)] = true;
}

Timestamp KeyNumberingSink::EnteredOf(const KeyedTable& table, const Row& row) const {
    if (row.has_entered()) return row.entered();
    const Cell& cell = row[table.entered_column];
    if (table.entered_by_ref) {
        const NumberedKey* parent = Find(parent_[Index(table.table)], cell.integer);
        if (parent == nullptr)
            Broken(std::string("a row of ") + InfoOf(table.table).name + " points to " + std::to_string(cell.integer) + ", which was not generated");
        return parent->entered;
    }
    if (cell.is_null) return Timestamp{};
    return InfoOf(table.table).columns[table.entered_column].type == SqlType::kDate ? At(Date{static_cast<int32_t>(cell.integer)}, 0)
                                                                                      : Timestamp{cell.integer};
}

void KeyNumberingSink::Number(const KeyedTable& table, Held& held) {
    struct Entry {
        int64_t period;
        Timestamp entered;
        int64_t provisional;
        uint32_t row;
    };
    std::vector<Entry> entries(held.count);
    for (size_t i = 0; i < held.count; ++i) {
        const Row& row = held.rows[i];
        const Timestamp entered = EnteredOf(table, row);
        entries[i] = {KeyPeriodOf(params_.start_date, DateOf(entered)), entered, row[table.key_column].integer, static_cast<uint32_t>(i)};
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return std::tie(a.period, a.entered, a.provisional) < std::tie(b.period, b.entered, b.provisional); });
    const int64_t block = table.block == KeyBlock::kCohort ? cohort_ : cohort_ / kCohortsPerCheckRun;
    held.keys.resize(entries.size());
    held.order.resize(entries.size());
    int64_t rank = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
        rank = i > 0 && entries[i].period == entries[i - 1].period ? rank + 1 : 0;
        held.keys[i] = {entries[i].provisional, plan_.Key(table, entries[i].period, block, rank), entries[i].entered};
        held.order[i] = entries[i].row;
    }
    std::sort(held.keys.begin(), held.keys.end(), [](const NumberedKey& a, const NumberedKey& b) { return a.provisional < b.provisional; });
    for (size_t i = 1; i < held.keys.size(); ++i)
        if (held.keys[i].provisional == held.keys[i - 1].provisional)
            Broken(std::string("two rows of ") + InfoOf(table.table).name + " share the number " + std::to_string(held.keys[i].provisional));
}

const KeyNumberingSink::NumberedKey* KeyNumberingSink::Find(TableId table, int64_t provisional) const {
    const std::vector<NumberedKey>& keys = held_[Index(table)].keys;
    const auto it = std::lower_bound(keys.begin(), keys.end(), provisional, [](const NumberedKey& k, int64_t p) { return k.provisional < p; });
    return it != keys.end() && it->provisional == provisional ? &*it : nullptr;
}

int64_t KeyNumberingSink::Lookup(TableId table, int64_t provisional, const char* what) const {
    const NumberedKey* found = Find(table, provisional);
    if (found == nullptr)
        Broken(std::string(what) + " holds " + std::to_string(provisional) + ", not a generated row of " + InfoOf(table).name);
    return found->key;
}

void KeyNumberingSink::Renumber(TableId table, Row& row) const {
    if (const KeyedTable* keyed = keyed_[Index(table)])
        row.ReplaceInteger(keyed->key_column, Lookup(table, row[keyed->key_column].integer, InfoOf(table).name));
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
        const bool keyed = keyed_[t] != nullptr;
        for (size_t i = 0; i < h.count; ++i) {
            const size_t row = keyed ? h.order[i] : i;
            if (!h.hand_on[row]) continue;
            Renumber(static_cast<TableId>(t), h.rows[row]);
            inner_.Write(h.rows[row]);
        }
    }
    for (int t = 0; t < kTableCount; ++t) {
        held_[t].count = 0;
        if (!external_[t]) held_[t].keys.clear();
    }
    cohort_ = -1;
}

}  // namespace dentsynth::core
