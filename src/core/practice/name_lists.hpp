// Word lists for made-up people, places and businesses, and the draws that combine them.
// Vocabulary: a "name list" is a fixed, ordered list of words owned by this file; a "pick" draws
// one entry with the caller's EntityRng (so the caller's stream and entity number decide it).
// Nothing here describes a real person: first and last names are common given names and
// surnames combined at random; streets are generic; carriers, labs and pharmacies are invented.
// Cities are real places of one metropolitan area (Portland, Oregon / Vancouver, Washington),
// because a single-location practice draws patients from its surroundings; zip codes are the
// cities' public postal codes and phone numbers always use the fictional 555-01xx range.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/rng.hpp"

namespace dentsynth::core::names {

struct CityStateZip {
    std::string_view city;
    std::string_view state;  // two-letter postal abbreviation
    std::string_view zip;  // five digits
    std::string_view area_code;  // three digits
};

// The lists themselves, for callers that need counts or deterministic walks.
std::span<const std::string_view> FemaleFirstNames();
std::span<const std::string_view> MaleFirstNames();
std::span<const std::string_view> LastNames();
std::span<const std::string_view> StreetNames();
std::span<const CityStateZip> Cities();
std::span<const std::string_view> CarrierStems();  // "Northwind", ... (unique, fictional)
std::span<const std::string_view> CarrierSuffixes();  // "Dental Mutual", ...
std::span<const std::string_view> LabNames();
std::span<const std::string_view> PharmacyNames();
std::span<const std::string_view> PatientSourceNames();  // "Google", "Friend", ...

// One first name of the given sex.
std::string_view PickFirstName(EntityRng& rng, bool female);
// One surname.
std::string_view PickLastName(EntityRng& rng);
// A middle initial, one upper-case letter.
std::string PickMiddleInitial(EntityRng& rng);
// A street address such as "4821 SE Juniper Ct".
std::string PickStreetAddress(EntityRng& rng);
// A suite or unit line for a business ("Suite 210"), or "" most of the time.
std::string PickAddressLine2(EntityRng& rng, double probability);
// A city of the practice's area; the first few cities (closest to the office) are likelier.
const CityStateZip& PickCity(EntityRng& rng);
// A fictional phone number in OpenDental's display form, "(503)555-0142".
std::string PickPhone(EntityRng& rng, std::string_view area_code);
// The same number as ten bare digits (referral.Telephone is varchar(10)).
std::string PickPhoneDigits(EntityRng& rng, std::string_view area_code);
// An employer's name such as "Tamarack Logistics LLC" or "Halvorsen Plumbing Co".
std::string PickCompanyName(EntityRng& rng);
// A login-style lower-case user name from a first and last name ("jsmith").
std::string UserNameOf(std::string_view first_name, std::string_view last_name);

}  // namespace dentsynth::core::names
