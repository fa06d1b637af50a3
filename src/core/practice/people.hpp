// The practice's people and what other modules number by them (people.cpp decides and writes
// them): providers and their operatories, employees, the user logins and their groups,
// appointment views, and the task lists (the office's shared lists, then one inbox per user).
// Vocabulary: an "office task list" is one of the shared lists ("Front Desk", "Insurance", ...);
// an "inbox" is the personal list a user's TaskListInBox points at.
#pragma once

#include <cstdint>
#include <iterator>
#include <string_view>
#include <vector>

#include "core/practice/practice.hpp"

namespace dentsynth::core::people {

// ---- User groups (usergroup rows 1..6, in this order). ----
enum UserGroup : int64_t {
    kGroupAdmin = 1,
    kGroupFrontDesk = 2,
    kGroupProviders = 3,
    kGroupHygienists = 4,
    kGroupBilling = 5,
    kGroupAssistants = 6
};
inline constexpr std::string_view kUserGroupNames[] = {"Admin", "Front Desk", "Providers", "Hygienists", "Billing", "Clinical Assistants"};

// ---- Appointment views (apptview rows 1..4). ----
enum ApptView : int64_t { kViewAll = 1, kViewDoctors = 2, kViewHygiene = 3, kViewFrontDesk = 4 };

// ---- Task lists: office lists first (1..kOfficeTaskListCount), then one inbox per user. ----
struct OfficeTaskList {
    std::string_view name;
    int parent;  // TaskListNum of the parent office list, 0 for top level
    int object_type;  // 0 none, 1 patient, 2 appointment
    int status;  // 0 active, 1 archived
};
inline constexpr OfficeTaskList kOfficeTaskLists[] = {
    {"Front Desk", 0, 0, 0},
    {"Insurance", 0, 0, 0},
    {"Billing", 0, 1, 0},
    {"Clinical", 0, 1, 0},
    {"Recall", 0, 1, 0},
    {"Office Manager", 0, 0, 0},
    {"Claims Follow-up", 2, 1, 0},
    {"Insurance Verification", 2, 2, 0},
    {"Lab Cases", 4, 1, 0},
    {"Callbacks", 1, 1, 0},
    {"Old Front Desk Notes", 1, 0, 1},
};
inline constexpr int64_t kOfficeTaskListCount = static_cast<int64_t>(std::size(kOfficeTaskLists));
// The inbox task list of the user at position `user_index` in practice.users.
inline int64_t InboxTaskListNum(size_t user_index) { return kOfficeTaskListCount + 1 + static_cast<int64_t>(user_index); }

// The general dentists of care team `team` (core/practice/teams.hpp), as indexes into
// practice.providers; any non-hygienist of the team when it has no general dentist.
std::vector<size_t> TeamDentists(const Practice& practice, int64_t team);
// The hygienists of care team `team`, as indexes into practice.providers.
std::vector<size_t> TeamHygienists(const Practice& practice, int64_t team);

// The operatories a provider works in (the ones whose dentist/hygienist it is).
void OperatoriesOf(const Practice& practice, const ProviderInfo& provider, std::vector<int64_t>& out);

}  // namespace dentsynth::core::people
