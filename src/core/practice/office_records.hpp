// Office records that belong to the practice's people rather than to one patient: the front-desk
// users' subscriptions to the office task lists they work (tasksubscription) and the employees'
// time-card adjustments (timeadjust), plus the facts the per-patient task writer shares with them
// (which users work the lists, which lists they subscribe to, where each kind of task goes) and the
// login a provider's records are entered under.
// Vocabulary: an "office list" is one of people::kOfficeTaskLists (TaskListNum 1..11); a user's
// "inbox" is the personal list userod.TaskListInBox points at; a "month index" counts calendar
// months from start_date's month (0 = the month holding start_date).
// See docs/BUSINESS_LOGIC.md ("office tasks").
#pragma once

#include <cstdint>
#include <vector>

#include "core/practice/practice.hpp"
#include "core/sink.hpp"

namespace dentsynth::core {

// The office lists the tasks of patients' lives go to (TaskListNum, in people::kOfficeTaskLists order).
inline constexpr int64_t kTaskListFrontDesk = 1;
inline constexpr int64_t kTaskListRecall = 5;
inline constexpr int64_t kTaskListClaimsFollowUp = 7;  // billing's list; nobody else subscribes
inline constexpr int64_t kTaskListLabCases = 9;
inline constexpr int64_t kTaskListCallbacks = 10;
// Every front-desk user and the office manager subscribe to these lists (and so are told of each
// new task on them).
inline constexpr int64_t kSubscribedTaskLists[] = {kTaskListFrontDesk, kTaskListRecall, kTaskListLabCases, kTaskListCallbacks};

// The front-desk users' UserNums in user order; the administrator (user 1) when there is none.
std::vector<int64_t> FrontDeskUserNums(const Practice& practice);

// The users subscribed to kSubscribedTaskLists, in user order: the front-desk users, who work the
// lists, and the office manager, who oversees them.
std::vector<int64_t> TaskListSubscriberNums(const Practice& practice);

// The billing users' UserNums in user order (claims, statements, payments by mail, collections);
// the front desk's when the practice has no billing login.
std::vector<int64_t> BillingUserNums(const Practice& practice);

// The inbox TaskListNum of user `user_num` (0 when there is no such user).
int64_t InboxOf(const Practice& practice, int64_t user_num);

// The login of provider `prov_num`, or `fallback` when the provider has none.
int64_t ProviderUserNum(const Practice& practice, int64_t prov_num, int64_t fallback);

// Writes one tasksubscription row per (subscriber, subscribed office list).
void EmitTaskSubscriptions(const Practice& practice, RowSink& sink);

// Writes the employees' time-card adjustments entered from start_date through as_of.
void EmitTimeAdjustments(const Practice& practice, RowSink& sink);

}  // namespace dentsynth::core
