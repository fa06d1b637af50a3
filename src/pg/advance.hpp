// advance(): brings a schema generate_all wrote at cut A to a later cut B in place, writing only
// what differs between the two pictures. The generator runs once at B; each row it makes is
// matched by primary key against the keys the schema holds:
//  - a key the schema lacks is a row entered in (A, B]: inserted (the bulk path, indexes
//    maintained row by row);
//  - a key it holds is compared only when the row could have moved on: its edit stamp
//    (SecDateTEdit, else DateTStamp) is after A, or it is a practice table (small, and holding
//    live state such as userod.DateTLastLogin). The as-of property (docs/DETERMINISM.md) says
//    every other row is as A left it, so it is neither read nor written. The candidates go to a
//    temporary table and one UPDATE per table rewrites those that differ, column by column;
//  - a key the schema holds that B no longer makes is a row OpenDental deleted in (A, B] (a
//    dropped coverage's patplan and its eligibility item): deleted. Any other missing key means
//    rows dentsynth did not write: refused.
#pragma once

#include "pg/postgres_headers.hpp"

namespace dentsynth::pg {

// The body of dentsynth.advance(to, target_schema).
Datum Advance(FunctionCallInfo fcinfo);

}  // namespace dentsynth::pg
