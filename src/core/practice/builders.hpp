// The parts of BuildPractice, one per module, in the order it calls them: the clinical and
// administrative catalogue (catalog.cpp) first, then the people, who reference it (people.cpp),
// then the insurance partners and the other partners, whose rows are stamped by users and name
// specialties (insurance_partners.cpp, partners.cpp).
#pragma once

#include "core/practice/practice.hpp"

namespace dentsynth::core {

// Procedure codes and fee schedules.
void BuildCatalog(Practice& practice);
// Providers, operatories, employees, users.
void BuildPeople(Practice& practice);
// Carriers, employers, insurance plans (and so their benefits).
void BuildInsurancePartners(Practice& practice);
// Referral sources and doctors, laboratories, pharmacies.
void BuildPartners(Practice& practice);

}  // namespace dentsynth::core
