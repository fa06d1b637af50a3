// Who works the office task lists: the front-desk users, their inboxes, and their and the office
// manager's subscriptions to the shared lists (tasksubscription); and which login a provider works under. A subscription belongs to a user and a list, not to a
// task, so TaskNum is 0 (OpenDental subscribes to either a list or a single task, never both).
#include "core/practice/office_records.hpp"

#include <algorithm>

#include "core/practice/people.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

}  // namespace

// The list numbers above are positions in the office-list table; keep them honest.
static_assert(people::kOfficeTaskLists[kTaskListFrontDesk - 1].name == "Front Desk");
static_assert(people::kOfficeTaskLists[kTaskListRecall - 1].name == "Recall");
static_assert(people::kOfficeTaskLists[kTaskListLabCases - 1].name == "Lab Cases");
static_assert(people::kOfficeTaskLists[kTaskListCallbacks - 1].name == "Callbacks");

std::vector<int64_t> FrontDeskUserNums(const Practice& practice) {
    std::vector<int64_t> users;
    for (const UserInfo& u : practice.users)
        if (u.user_group_num == people::kGroupFrontDesk) users.push_back(u.user_num);
    if (users.empty() && !practice.users.empty()) users.push_back(practice.users.front().user_num);
    return users;
}

std::vector<int64_t> TaskListSubscriberNums(const Practice& practice) {
    const std::vector<int64_t> front_desk = FrontDeskUserNums(practice);
    std::vector<int64_t> users;
    for (const UserInfo& u : practice.users) {
        const bool manager = u.user_group_num == people::kGroupAdmin && u.employee_num != 0;
        if (manager || std::find(front_desk.begin(), front_desk.end(), u.user_num) != front_desk.end()) users.push_back(u.user_num);
    }
    return users;
}

std::vector<int64_t> BillingUserNums(const Practice& practice) {
    std::vector<int64_t> users;
    for (const UserInfo& u : practice.users)
        if (u.user_group_num == people::kGroupBilling) users.push_back(u.user_num);
    return users.empty() ? FrontDeskUserNums(practice) : users;
}

int64_t InboxOf(const Practice& practice, int64_t user_num) {
    for (size_t i = 0; i < practice.users.size(); ++i)
        if (practice.users[i].user_num == user_num) return people::InboxTaskListNum(i);
    return 0;
}

int64_t ProviderUserNum(const Practice& practice, int64_t prov_num, int64_t fallback) {
    for (const UserInfo& u : practice.users)
        if (u.prov_num == prov_num && prov_num != 0) return u.user_num;
    return fallback;
}

void EmitTaskSubscriptions(const Practice& practice, RowSink& out) {
    ProducerSink sink(out, kProducer);
    if (!sink.Wants(TableId::tasksubscription)) return;
    namespace c = col::tasksubscription;
    Row row(TableId::tasksubscription);
    int64_t num = 0;
    for (const int64_t user : TaskListSubscriberNums(practice)) {
        for (const int64_t list : kSubscribedTaskLists) {
            row.Reset();
            row.Set(c::TaskSubscriptionNum, ++num).Set(c::UserNum, user).Set(c::TaskListNum, list).Set(c::TaskNum, int64_t{0});
            sink.Write(row);
        }
    }
}

}  // namespace dentsynth::core
