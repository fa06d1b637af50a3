// The generator version: the name of the function from arguments to rows. Output is a pure
// function of (generator version, seed, patients, start_date, as_of, part, parts), so any change
// to the rows any call writes is a new generator version, listed in CHANGELOG.md with the golden
// record updated in the same commit (test/golden_record.sql fails until then).
#pragma once

#include <string_view>

namespace dentsynth {

// The release whose output this is: the version under which CHANGELOG.md lists the change.
// Between releases it names the next release (its lines sit under "Unreleased").
inline constexpr std::string_view kGeneratorVersion = "0.2.0";

}  // namespace dentsynth
