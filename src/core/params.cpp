// Range checks for the generation parameters, one named check per parameter.
#include "core/params.hpp"

#include <string>

#include "core/errors.hpp"
#include "core/key_plan.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

[[noreturn]] void Reject(const char* parameter, const std::string& value, const std::string& hint) {
    throw Error(ErrorKind::kInvalidParameter, std::string("invalid value for parameter \"") + parameter + "\": " + value, hint);
}

void CheckPatients(int64_t patients) {
    if (patients < kMinPatients || patients > kMaxPatients)
        Reject("patients", std::to_string(patients),
               "patients must be between " + std::to_string(kMinPatients) + " and " + std::to_string(kMaxPatients) + ".");
}

void CheckDates(const GenerationParams& params) {
    const Date start_date = params.start_date;
    const std::string as_of = AsOfText(params);
    if (start_date < kEarliestStartDate)
        Reject("start_date", ToIsoString(start_date), "start_date must be on or after " + ToIsoString(kEarliestStartDate) + ".");
    if (params.CutDay() > kLatestAsOf) Reject("as_of", as_of, "as_of must be on or before " + ToIsoString(kLatestAsOf) + ".");
    // start_date is a day and as_of the moment of the cut: as_of at the very start of start_date
    // (nothing has happened yet) is still a valid, empty history.
    if (At(start_date, 0) > params.as_of)
        Reject("start_date", ToIsoString(start_date) + " is after as_of " + as_of,
               "start_date is the first day of the practice's history and must not be after as_of.");
    if (AddMonths(start_date, 12 * kMaxYearsSimulated) < params.CutDay())
        Reject("as_of", as_of, "at most " + std::to_string(kMaxYearsSimulated) + " years may lie between start_date and as_of.");
}

void CheckPartition(int64_t part, int64_t parts) {
    if (parts < 1 || parts > kMaxParts)
        Reject("parts", std::to_string(parts), "parts must be between 1 and " + std::to_string(kMaxParts) + ".");
    if (part < 1 || part > parts)
        Reject("part", std::to_string(part) + " of " + std::to_string(parts),
               "part must be between 1 and parts (" + std::to_string(parts) + ").");
}

}  // namespace

std::string AsOfText(const GenerationParams& params) {
    return params.as_of == At(params.CutDay(), 0) ? ToIsoString(params.CutDay()) : ToIsoString(params.as_of);
}

void ValidateParams(const GenerationParams& params) {
    CheckPatients(params.patients);
    CheckDates(params);
    CheckPartition(params.part, params.parts);
    CheckKeyCapacity(params);  // last: its message assumes every single parameter is in range
}

}  // namespace dentsynth::core
