// Internal header of the people/partners/schedule module: the emitters staff.cpp calls, the
// numbering conventions the emitters share (user groups, task lists, appointment views, coverage
// categories) and the few definition ids this module needs from the catalogue.
// Vocabulary: an "office task list" is one of the shared lists ("Front Desk", "Insurance", ...);
// an "inbox" is the personal list a user's TaskListInBox points at; "covcat" is OpenDental's
// coverage-category number that benefit.CovCatNum refers to.
#pragma once

#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>
#include <vector>

#include "core/practice/definition_ids.hpp"
#include "core/practice/practice.hpp"

namespace dentsynth::core::staff {

// ---- Definition ids owned by the catalogue (category 35, provider specialties). ----
inline constexpr int64_t kSpecialtyGeneral = def::kSpecialtyGeneral;
inline constexpr int64_t kSpecialtyHygiene = def::kSpecialtyHygiene;
inline constexpr int64_t kSpecialtyPeriodontics = def::kSpecialtyPeriodontics;
inline constexpr int64_t kSpecialtyOralSurgery = def::kSpecialtyOralSurgery;
inline constexpr int64_t kSpecialtyEndodontics = def::kSpecialtyEndodontics;
inline constexpr int64_t kSpecialtyOrthodontics = def::kSpecialtyOrthodontics;
inline constexpr int64_t kSpecialtyPediatric = def::kSpecialtyPediatric;

// ---- User groups (usergroup rows 1..6, in this order). ----
enum UserGroup : int64_t { kGroupAdmin = 1, kGroupFrontDesk = 2, kGroupProviders = 3, kGroupHygienists = 4, kGroupBilling = 5, kGroupAssistants = 6 };
inline constexpr std::string_view kUserGroupNames[] = {"Admin", "Front Desk", "Providers", "Hygienists", "Billing", "Clinical Assistants"};

// ---- Appointment views (apptview rows 1..4). ----
enum ApptView : int64_t { kViewAll = 1, kViewDoctors = 2, kViewHygiene = 3, kViewFrontDesk = 4 };

// ---- Task lists: office lists first (1..kOfficeTaskListCount), then one inbox per user. ----
struct OfficeTaskList {
    std::string_view name;
    int parent;        // TaskListNum of the parent office list, 0 for top level
    int object_type;   // 0 none, 1 patient, 2 appointment
    int status;        // 0 active, 1 archived
};
inline constexpr OfficeTaskList kOfficeTaskLists[] = {
    {"Front Desk", 0, 0, 0}, {"Insurance", 0, 0, 0}, {"Billing", 0, 1, 0}, {"Clinical", 0, 1, 0}, {"Recall", 0, 1, 0},
    {"Office Manager", 0, 0, 0}, {"Claims Follow-up", 2, 1, 0}, {"Insurance Verification", 2, 2, 0}, {"Lab Cases", 4, 1, 0},
    {"Callbacks", 1, 1, 0}, {"Old Front Desk Notes", 1, 0, 1},
};
inline constexpr int64_t kOfficeTaskListCount = static_cast<int64_t>(std::size(kOfficeTaskLists));
// The inbox task list of the user at position `user_index` in practice.users.
inline int64_t InboxTaskListNum(size_t user_index) { return kOfficeTaskListCount + 1 + static_cast<int64_t>(user_index); }

// ---- Coverage categories: benefit.CovCatNum = CoverageCategory + 1 (no covcat table in the contract). ----
inline int64_t CovCatNum(CoverageCategory category) { return static_cast<int64_t>(category) + 1; }

// Number of leading referral rows that are patient sources ("Google", "Friend", ...); doctors follow.
int64_t PatientSourceReferralCount();
// The specialty definition of doctor referral `referral_num` (numbers after the patient sources).
int64_t ReferralSpecialty(const Practice& practice, int64_t referral_num);

// The last day with provider schedules (and so bookable): the cut's day plus three months.
Date ScheduleEndDate(const Practice& practice);

// The operatories a provider works in (the ones whose dentist/hygienist it is).
void OperatoriesOf(const Practice& practice, const ProviderInfo& provider, std::vector<int64_t>& out);

// Builders called by BuildStaff, in dependency order.
void BuildPeople(Practice& practice);
void BuildInsurance(Practice& practice);
void BuildPartners(Practice& practice);

// Emitters called by EmitStaffTables.
void EmitPeopleTables(const Practice& practice, RowSink& sink);     // provider, operatory, employee, users, task lists (clinic stays empty)
void EmitInsuranceTables(const Practice& practice, RowSink& sink);  // carrier, employer, insplan, benefit
void EmitPartnerTables(const Practice& practice, RowSink& sink);    // referral, laboratory, pharmacy, pharmclinic

}  // namespace dentsynth::core::staff

#include "core/core_only.hpp"
