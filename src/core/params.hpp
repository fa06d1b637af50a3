// What a caller asks the generator for. Output is a pure function of these values (and the
// generator version); see docs/DETERMINISM.md.
#pragma once

#include <cstdint>
#include <string>

#include "core/calendar.hpp"

namespace dentsynth::core {

inline constexpr int64_t kMinPatients = 1;
// The largest supported roster: the size at which a part of the roster is tested to be simulated as
// a small practice is (test/scale.sql: visits, procedures and money per patient within 10% of a
// 20,000-patient practice's), and which fits a ten-year history in 32-bit keys.
inline constexpr int64_t kMaxPatients = 1'000'000;
inline constexpr Date kEarliestStartDate = MakeDate(1990, 1, 1);
inline constexpr Date kLatestAsOf = MakeDate(2099, 12, 31);
inline constexpr int kMaxYearsSimulated = 40;

// The SQL functions' defaults, from schema/arguments.tsv (kDefaultPatients, ...).
#include "core/generated/argument_defaults.inc"

struct GenerationParams {
    int64_t patients = kDefaultPatients;
    uint64_t seed = kDefaultSeed;
    Date start_date = kDefaultStartDate;
    // The cut: the moment the practice is shown as it stood. A date as_of is the start of that day
    // (00:00:00, before the office opens); a timestamp is that moment. Nothing in the practice's
    // story looks at it: it only decides which rows have been entered and which events show, and
    // every writer decides that through Happened (below), so a later cut only adds rows and moves
    // stories on. No default: the SQL default (current_date) reads the clock, which the generator
    // never does; a call that leaves it unset is refused (as_of before start_date).
    Timestamp as_of{};
    // Partitioned generation: this call makes part `part` of `parts` (1-based). The roster is cut
    // into `parts` contiguous slices of patient numbers; part 1 also writes the practice.
    int64_t part = kDefaultPart;
    int64_t parts = kDefaultParts;

    // Has the event stamped `t` happened (the row entered at `t` been entered) by the cut? Every
    // row and every change to a row is decided by the stamp it carries, never by its day alone: a
    // date-only event (a coverage's last day, a family moving away, a death, a first visit) is
    // recorded at a moment of its day, the edit stamp of the rows it changes, and shows once that
    // moment has happened. So at the start of its day (a date cut) it has not happened yet, and a
    // row that moves on between two cuts carries a stamp after the earlier one.
    bool Happened(Timestamp t) const { return t <= as_of; }
    // `t`, or the cut when `t` is later: for the practice's set-up rows, which exist from
    // start_date on whatever the cut (a cut during the set-up morning shows them entered by it).
    Timestamp NoLaterThanCut(Timestamp t) const { return t <= as_of ? t : as_of; }
    // The cut's calendar day: bounds what is laid out ahead (schedules, chair time), never what shows.
    Date CutDay() const { return DateOf(as_of); }
};

inline constexpr int64_t kMaxParts = 100000;

// The cut as a user wrote it: the day alone for a cut at the start of a day, else date and time.
std::string AsOfText(const GenerationParams& params);

// Throws Error(kInvalidParameter) naming the first parameter that is out of range.
void ValidateParams(const GenerationParams& params);

}  // namespace dentsynth::core
