// Entry points of the people, partners and insurance module: BuildStaff decides who works at the
// practice and whom it deals with; EmitStaffTables writes those tables. The work is split by
// subject into people.cpp, insurance_partners.cpp and partners.cpp (see staff_tables.hpp).
#include "core/practice/builders.hpp"
#include "core/practice/practice.hpp"
#include "core/practice/staff_tables.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

void BuildStaff(Practice& practice) {
    // People first: plans and carriers are stamped by users, and referrals name specialties.
    staff::BuildPeople(practice);
    staff::BuildInsurance(practice);
    staff::BuildPartners(practice);
}

void EmitStaffTables(const Practice& practice, RowSink& sink) {
    staff::EmitPeopleTables(practice, sink);
    staff::EmitInsuranceTables(practice, sink);
    staff::EmitPartnerTables(practice, sink);
}

}  // namespace dentsynth::core
