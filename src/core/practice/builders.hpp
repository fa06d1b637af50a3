// The two halves of BuildPractice, one per module: the clinical and administrative catalogue
// (catalog.cpp) first, then the people and partners, who reference it (staff.cpp).
#pragma once

#include "core/practice/practice.hpp"

namespace dentsynth::core {

// Procedure codes and fee schedules.
void BuildCatalog(Practice& practice);
// Providers, operatories, employees, users, carriers, employers, plans, referral sources, labs, pharmacies.
void BuildStaff(Practice& practice);

}  // namespace dentsynth::core
