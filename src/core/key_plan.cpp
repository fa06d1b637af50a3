// The key plan's arithmetic: value-space layout per roster size, the key of a cell's rank, and the
// up-front capacity check. See key_plan.hpp.
#include "core/key_plan.hpp"

#include <algorithm>
#include <tuple>

#include "core/errors.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {
#include "core/generated/key_plan.inc"

static_assert(kKeySpaceCount <= 64, "KeyPlan::space_size_ holds at most 64 value spaces");

std::string WithThousands(int64_t value) {
    std::string digits = std::to_string(value);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<size_t>(i), ",");
    return digits;
}
}  // namespace

std::span<const KeyedTable> KeyedTables() { return kKeyedTables; }
std::span<const KeyReference> KeyReferences() { return kKeyReferences; }

const KeyedTable* FindKeyedTable(TableId table) {
    for (const KeyedTable& k : kKeyedTables)
        if (k.table == table) return &k;
    return nullptr;
}

KeyPlan::KeyPlan(int64_t patients) : patients_(patients) {
    // Within a space, tables take consecutive ranges of each period in the plan's order.
    for (const KeyedTable& k : kKeyedTables) {
        table_offset_[static_cast<int>(k.table)] = space_size_[k.space];
        space_size_[k.space] += Blocks(k.block) * k.quota;
    }
}

int64_t KeyPlan::Blocks(KeyBlock block) const {
    const int64_t cohorts = (patients_ + kCohortSize - 1) / kCohortSize;
    return block == KeyBlock::kCohort ? cohorts : (cohorts + kCohortsPerCheckRun - 1) / kCohortsPerCheckRun;
}

std::vector<int64_t> NumberInEntryOrder(const KeyPlan& plan, const KeyedTable& table, int64_t block, std::vector<EnteredRow>& rows) {
    std::sort(rows.begin(), rows.end(), [](const EnteredRow& a, const EnteredRow& b) {
        return std::tie(a.period, a.entered, a.provisional) < std::tie(b.period, b.entered, b.provisional);
    });
    std::vector<int64_t> keys(rows.size());
    int64_t rank = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        rank = i > 0 && rows[i].period == rows[i - 1].period ? rank + 1 : 0;
        keys[i] = plan.Key(table, rows[i].period, block, rank);
    }
    return keys;
}

int64_t KeyPlan::Key(const KeyedTable& table, int64_t period, int64_t block, int64_t rank) const {
    if (rank >= table.quota)
        throw Error(ErrorKind::kProgramLimit,
                    std::string("more rows of table \"") + InfoOf(table.table).name + "\" than the key plan allows in one block",
                    "This is a limit of the generator, not of the arguments: report the call's arguments.",
                    "block " + std::to_string(block) + ", key period " + std::to_string(period) + ", quota " + std::to_string(table.quota) +
                        " rows (schema/keys.tsv)");
    return 1 + period * space_size_[table.space] + table_offset_[static_cast<int>(table.table)] + block * table.quota + rank;
}

int64_t KeyPlan::FirstKey(const KeyedTable& table, int64_t period) const {
    return 1 + period * space_size_[table.space] + table_offset_[static_cast<int>(table.table)];
}

int64_t KeyPlan::LastKey(const KeyedTable& table, int64_t period) const {
    return FirstKey(table, period) + Blocks(table.block) * table.quota - 1;
}

int64_t LargestPlannedKey(int64_t patients, int64_t periods) {
    const KeyPlan plan(patients);
    int64_t largest = 0;
    for (const KeyedTable& k : kKeyedTables) largest = std::max(largest, plan.LastKey(k, periods - 1));
    return largest;
}

void CheckKeyCapacity(const GenerationParams& params) {
    const int64_t periods = KeyPeriodOf(params.start_date, params.CutDay()) + 1;
    if (LargestPlannedKey(params.patients, periods) <= kLargestKey) return;
    int64_t fits = 0;  // the largest roster this history allows (keys grow with the roster)
    for (int64_t low = 1, high = params.patients; low <= high;) {
        const int64_t mid = low + (high - low) / 2;
        if (LargestPlannedKey(mid, periods) <= kLargestKey) {
            fits = mid;
            low = mid + 1;
        } else {
            high = mid - 1;
        }
    }
    throw Error(ErrorKind::kInvalidParameter,
                "invalid value for parameter \"patients\": " + WithThousands(params.patients) + " patients with a history from " +
                    ToIsoString(params.start_date) + " to " + AsOfText(params) + " need keys above " + WithThousands(kLargestKey),
                fits > 0 ? "At most " + WithThousands(fits) + " patients fit a history of " + std::to_string(periods) +
                               " key periods (366 days each); generate fewer patients or a shorter history (start_date to as_of)."
                         : "Shorten the history (start_date to as_of).",
                "Every key must fit a 32-bit integer (the downstream casts ids to integer); see docs/DETERMINISM.md, \"Keys\".");
}

}  // namespace dentsynth::core
