// The key plan: how the rows of the patient-level tables are numbered so that every key fits the
// 32-bit integer the downstream casts it to, looks like OpenDental's (positive, near dense, in
// entry order), and still depends only on the row's own block of the roster (so parts, a later
// as_of and the single call agree). schema/keys.tsv is the plan, schema/key_references.tsv the
// columns that hold planned keys; docs/DETERMINISM.md ("Keys") explains both.
//
// A row's key = 1 + period * space_size + table_offset + block * quota + rank:
//  - period: (entry day - start_date) / kKeyPeriodDays, so a 10-year history has at most 10;
//  - block: the row's cohort (64 patient numbers) or check run (1,024), whichever the table names;
//  - rank: the row's place in entry order among its table's rows of that (period, block) cell;
//  - quota: how many rows one cell may hold;
//  - space: tables whose key values must never coincide (payment, claimpayment) share a value
//    space, in which each period holds one range per table, one after the other.
// Nothing of it depends on as_of: a later as_of adds rows after the existing ones of each cell.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/params.hpp"
#include "core/schema.hpp"

namespace dentsynth::core {

// The blocks of the roster that own rows. Cohorts are simulated whole (they share chair time);
// a check run's claims are paid by pooled checks.
inline constexpr int64_t kCohortSize = 64;
inline constexpr int64_t kCohortsPerCheckRun = 16;
inline int64_t CohortOf(int64_t pat_num) { return (pat_num - 1) / kCohortSize; }

inline constexpr int64_t kKeyPeriodDays = 366;
inline constexpr int64_t kLargestKey = 2'147'483'647;  // int4: the downstream casts every id to integer

enum class KeyBlock { kCohort, kCheckRun };

struct KeyedTable {
    TableId table;
    int key_column;
    KeyBlock block;
    int64_t quota;  // rows per (period, block) cell
    int space;  // index into kKeySpaceNames
    int entered_column;  // the row's entry moment, or (entered_by_ref) the column of its parent's key
    bool entered_by_ref;
};

struct KeyReference {
    TableId table;
    int column;
    TableId target;
    int when_column;  // -1: always; else the reference holds when row[when_column] == when_value
    int64_t when_value;
};

std::span<const KeyedTable> KeyedTables();
std::span<const KeyReference> KeyReferences();
// The plan entry of `table`, or nullptr when the table keeps its own numbering.
const KeyedTable* FindKeyedTable(TableId table);

// The key numbering of one call's roster size.
class KeyPlan {
public:
    explicit KeyPlan(int64_t patients);

    // The key of the rank-th row (0-based) of `table` in cell (period, block); throws when the
    // cell is past its quota (a limit of the generator, never a silent wrap).
    int64_t Key(const KeyedTable& table, int64_t period, int64_t block, int64_t rank) const;
    // The smallest and largest key `table` can take in `period`.
    int64_t FirstKey(const KeyedTable& table, int64_t period) const;
    int64_t LastKey(const KeyedTable& table, int64_t period) const;
    int64_t Blocks(KeyBlock block) const;

private:
    int64_t patients_;
    int64_t space_size_[64] = {};
    int64_t table_offset_[kTableCount] = {};
};

// One row to number: its key period, the moment it was entered, the generator's own number for it,
// and an index of the caller's (where the row is held).
struct EnteredRow {
    int64_t period;
    Timestamp entered;
    int64_t provisional;
    uint32_t index;
};

// Numbers the rows of one block of `table`: sorts `rows` into key order (period, then entry moment,
// then the generator's own number) and returns their keys in that order, the rank-th row of a
// period getting plan.Key(table, period, block, rank). The one ranking rule of the key plan.
std::vector<int64_t> NumberInEntryOrder(const KeyPlan& plan, const KeyedTable& table, int64_t block, std::vector<EnteredRow>& rows);

// The key period of a day of a history that starts on start_date (0 before it).
inline int64_t KeyPeriodOf(Date start_date, Date day) {
    return day.days <= start_date.days ? 0 : (day.days - start_date.days) / kKeyPeriodDays;
}

// The largest key any planned table can take for a call of `patients` whose history spans
// `periods` key periods (0 if the plan is empty).
int64_t LargestPlannedKey(int64_t patients, int64_t periods);

// Throws Error(kInvalidParameter) when the call's roster and history cannot be numbered below
// kLargestKey, naming the bound, the parameters and the largest roster that would fit.
void CheckKeyCapacity(const GenerationParams& params);

}  // namespace dentsynth::core
