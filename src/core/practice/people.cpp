// The practice's people and office set-up: providers, operatories, employees, user groups and
// logins, their preferences and appointment views, and the office task lists. There is no clinic
// row: a single-location office without OpenDental's clinics feature has none, and every
// ClinicNum is 0 (see docs/BUSINESS_LOGIC.md, "Clinic").
// Vocabulary: a "dentist" is a general-practice provider; a "specialist" is a part-time visiting
// provider (periodontist or oral surgeon); "setup" is the morning of start_date, when the office
// was configured (see Practice::setup_time). Ratios are documented in docs/BUSINESS_LOGIC.md.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <vector>

#include "core/generated/schema_tables.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/practice/name_lists.hpp"
#include "core/practice/people.hpp"
#include "core/practice/practice.hpp"
#include "core/practice/teams.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

// Weekday masks (bit d = DayOfWeek d, 0 Sunday).
constexpr int kMonThu = 0b0011110;
constexpr int kMonFri = 0b0111110;
constexpr int kTueFri = 0b0111100;
constexpr int kTueThu = 0b0010100;

// Provider colours as OpenDental stores them (signed 32-bit ARGB).
constexpr uint32_t kProviderColors[] = {0xFF4F81BD, 0xFF9BBB59, 0xFFF79646, 0xFF8064A2, 0xFF4BACC6, 0xFFC0504D,
                                        0xFF2C7873, 0xFFB5A642, 0xFF6A5ACD, 0xFFCD5C5C, 0xFF20B2AA, 0xFFDAA520};

int32_t Argb(uint32_t color) { return static_cast<int32_t>(color); }

// The practice's email domain; ".example" is reserved and never resolves.
std::string PracticeDomain(const Practice& practice) {
    std::string out;
    for (const char c : practice.name)
        if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return (out.empty() ? std::string("dentaloffice") : out) + ".example";
}

// A provider's or employee's first and last name, distinct from the names already used.
void PickPersonName(EntityRng& rng, bool female, std::vector<std::string>& used_last, std::string& first, std::string& last) {
    for (int attempt = 0;; ++attempt) {
        first = names::PickFirstName(rng, female);
        last = names::PickLastName(rng);
        if (attempt > 20 || std::find(used_last.begin(), used_last.end(), last) == used_last.end()) break;
    }
    used_last.push_back(last);
}

// Makes `abbr` unique among `used` by appending a digit when needed.
std::string UniqueOf(std::string abbr, std::vector<std::string>& used) {
    std::string candidate = abbr;
    for (int n = 2; std::find(used.begin(), used.end(), candidate) != used.end(); ++n) candidate = abbr + std::to_string(n);
    used.push_back(candidate);
    return candidate;
}

// A made-up password hash in OpenDental's "algorithm$salt$hash" form.
std::string FakePasswordHash(EntityRng& rng) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "SHA3-512$";
    for (int i = 0; i < 24; ++i) out += kHex[rng.Uniform(0, 15)];
    out += '$';
    for (int i = 0; i < 64; ++i) out += kHex[rng.Uniform(0, 15)];
    return out;
}

// One team's providers: how many dentists and hygienists, and whether a specialist visits.
struct TeamHeadcount {
    int64_t dentists;
    int64_t hygienists;
    bool specialist;
};

TeamHeadcount HeadcountOf(int64_t team_patients, EntityRng& plan) {
    const double n = static_cast<double>(team_patients);
    return TeamHeadcount{std::max<int64_t>(1, std::llround(n / 1800.0)), std::max<int64_t>(1, std::llround(n / 1100.0)),
                         team_patients >= 3000 && plan.Chance(0.75)};
}

void AddTeamProviders(Practice& practice, int64_t team, const TeamHeadcount& count, std::vector<std::string>& used_last,
                      std::vector<std::string>& used_abbr) {
    const int64_t fee_sched = practice.fee_schedules.empty() ? 0 : practice.fee_schedules[0].fee_sched_num;
    const int64_t provider_count = count.dentists + count.hygienists + (count.specialist ? 1 : 0);
    for (int64_t i = 0; i < provider_count; ++i) {
        const int64_t prov_num = static_cast<int64_t>(practice.providers.size()) + 1;
        EntityRng rng(practice.params.seed, Stream::kProvider, static_cast<uint64_t>(prov_num));
        ProviderInfo p;
        p.prov_num = prov_num;
        p.team = team;
        p.fee_sched_num = fee_sched;
        const bool is_dentist = i < count.dentists;
        const bool is_specialist = count.specialist && i == provider_count - 1;
        p.is_hygienist = !is_dentist && !is_specialist;
        // Roughly 60% of practising hygienists and 40% of dentists are women.
        PickPersonName(rng, rng.Chance(p.is_hygienist ? 0.9 : 0.4), used_last, p.first_name, p.last_name);
        if (is_dentist) {
            p.specialty_def = def::kSpecialtyGeneral;
            p.work_days_mask = rng.Chance(0.6) ? kMonThu : kMonFri;
            p.start_hour = 8;
            p.end_hour = 17;
            p.abbreviation = UniqueOf("Dr" + p.last_name.substr(0, 8), used_abbr);
        } else if (is_specialist) {
            p.specialty_def = rng.Chance(0.5) ? def::kSpecialtyPeriodontics : def::kSpecialtyOralSurgery;
            p.work_days_mask = rng.Chance(0.5) ? kTueThu : 0b0001000;  // one or two days a week
            p.start_hour = 8;
            p.end_hour = 15;
            p.abbreviation = UniqueOf("Dr" + p.last_name.substr(0, 8), used_abbr);
        } else {
            p.specialty_def = def::kSpecialtyHygiene;
            const int pattern = rng.Weighted({0.45, 0.35, 0.20});
            p.work_days_mask = pattern == 0 ? kMonThu : pattern == 1 ? kMonFri : kTueFri;
            p.start_hour = rng.Chance(0.5) ? 7 : 8;
            p.end_hour = p.start_hour + 9;
            p.abbreviation = UniqueOf(p.first_name.substr(0, 8) + p.last_name.substr(0, 1), used_abbr);
        }
        practice.providers.push_back(std::move(p));
    }
    // Hygienists work only when a dentist is in to do their patients' exams (schedule.cpp
    // IsWorkingDay), so the team's first dentist also comes in on the weekdays a hygienist of the
    // team works that no dentist's week covers (the office keeps its hygiene days instead of
    // closing those chairs).
    int dentist_days = 0;
    int hygiene_days = 0;
    ProviderInfo* first_dentist = nullptr;
    for (ProviderInfo& p : practice.providers) {
        if (p.team != team) continue;
        if (p.is_hygienist) hygiene_days |= p.work_days_mask;
        if (p.specialty_def == def::kSpecialtyGeneral) {
            dentist_days |= p.work_days_mask;
            if (first_dentist == nullptr) first_dentist = &p;
        }
    }
    if (first_dentist != nullptr) first_dentist->work_days_mask |= hygiene_days & ~dentist_days;
}

// The chairs of one team: its dentists' and specialist's rooms, then one per hygienist, each
// hygiene room supervised in turn by one of the team's dentists.
void AddTeamOperatories(Practice& practice, int64_t team, int64_t& op_num, int& general_ops, int& hygiene_ops) {
    std::vector<int64_t> team_dentists;
    for (const ProviderInfo& p : practice.providers)
        if (p.team == team && p.specialty_def == def::kSpecialtyGeneral) team_dentists.push_back(p.prov_num);
    for (const ProviderInfo& p : practice.providers) {
        if (p.team != team || p.is_hygienist) continue;
        const bool is_dentist = p.specialty_def == def::kSpecialtyGeneral;
        for (int k = 0; k < (is_dentist ? 2 : 1); ++k) {
            OperatoryInfo op;
            op.operatory_num = ++op_num;
            op.name = "Op " + std::to_string(++general_ops);
            op.abbreviation = "OP" + std::to_string(general_ops);
            op.is_hygiene = false;
            op.prov_dentist = p.prov_num;
            op.prov_hygienist = 0;
            practice.operatories.push_back(std::move(op));
        }
    }
    int team_hygiene_ops = 0;
    for (const ProviderInfo& p : practice.providers) {
        if (p.team != team || !p.is_hygienist) continue;
        OperatoryInfo op;
        op.operatory_num = ++op_num;
        op.name = "Hyg " + std::to_string(++hygiene_ops);
        op.abbreviation = "HYG" + std::to_string(hygiene_ops);
        op.is_hygiene = true;
        // The supervising dentist who does the hygiene exams in this room, in turn.
        op.prov_dentist = team_dentists[static_cast<size_t>(team_hygiene_ops++) % team_dentists.size()];
        op.prov_hygienist = p.prov_num;
        practice.operatories.push_back(std::move(op));
    }
}

}  // namespace

std::vector<size_t> people::TeamDentists(const Practice& practice, int64_t team) {
    std::vector<size_t> found;
    for (size_t i = 0; i < practice.providers.size(); ++i) {
        const ProviderInfo& p = practice.providers[i];
        if (p.team == team && !p.is_hygienist && p.specialty_def == def::kSpecialtyGeneral) found.push_back(i);
    }
    if (found.empty())
        for (size_t i = 0; i < practice.providers.size(); ++i)
            if (practice.providers[i].team == team && !practice.providers[i].is_hygienist) found.push_back(i);
    return found;
}

std::vector<size_t> people::TeamHygienists(const Practice& practice, int64_t team) {
    std::vector<size_t> found;
    for (size_t i = 0; i < practice.providers.size(); ++i)
        if (practice.providers[i].team == team && practice.providers[i].is_hygienist) found.push_back(i);
    return found;
}

void people::OperatoriesOf(const Practice& practice, const ProviderInfo& provider, std::vector<int64_t>& out) {
    out.clear();
    for (const OperatoryInfo& op : practice.operatories) {
        const int64_t owner = op.is_hygiene ? op.prov_hygienist : op.prov_dentist;
        if (owner == provider.prov_num) out.push_back(op.operatory_num);
    }
}

void BuildPeople(Practice& practice) {
    const int64_t patients = practice.params.patients;
    EntityRng plan(practice.params.seed, Stream::kStaffing, 0);
    if (practice.name.empty()) {
        // The catalogue may name the practice; otherwise it is named after its street.
        practice.name = std::string(plan.Pick(names::StreetNames())) + (plan.Chance(0.5) ? " Family Dentistry" : " Dental Care");
    }

    // Headcount per care team (core/practice/teams.hpp): ~1 dentist per 1,800 and ~1 hygienist per
    // 1,100 active patients, at least one each. Providers are numbered team by team: the team's
    // dentists, then its hygienists, then its visiting specialist.
    std::vector<std::string> used_last;
    std::vector<std::string> used_abbr;
    int64_t dentists = 0;
    int64_t specialists = 0;
    for (int64_t team = 0; team < teams::TeamCount(patients); ++team) {
        const TeamHeadcount count = HeadcountOf(teams::TeamPatients(patients, team), plan);
        AddTeamProviders(practice, team, count, used_last, used_abbr);
        dentists += count.dentists;
        specialists += count.specialist ? 1 : 0;
    }
    // Chairs, team by team: two per dentist (the doctor works two rooms while assistants seat and
    // turn over), one for the visiting specialist, then one per hygienist: about 1.4 chairs per
    // provider.
    int64_t op_num = 0;
    int general_ops = 0;
    int hygiene_ops = 0;
    for (int64_t team = 0; team < teams::TeamCount(patients); ++team) AddTeamOperatories(practice, team, op_num, general_ops, hygiene_ops);

    // Staff: an office manager, front desk ~1 per 2,000 patients, billing ~1 per 4,000, one
    // assistant per dentist (and one for the specialist's days).
    struct Role {
        const char* name;
        int64_t count;
    };
    const Role roles[] = {
        {"office manager", 1},
        {"front desk", std::max<int64_t>(1, (patients + 1999) / 2000)},
        {"billing", std::max<int64_t>(1, patients / 4000)},
        {"assistant", dentists + specialists},
    };
    int64_t employee_num = 0;
    for (const Role& role : roles) {
        for (int64_t k = 0; k < role.count; ++k) {
            EmployeeInfo e;
            e.employee_num = ++employee_num;
            EntityRng rng(practice.params.seed, Stream::kEmployee, static_cast<uint64_t>(e.employee_num));
            PickPersonName(rng, rng.Chance(0.85), used_last, e.first_name, e.last_name);
            e.role = role.name;
            practice.employees.push_back(std::move(e));
        }
    }

    // Logins: the administrator, then one per provider, then one per employee.
    std::vector<std::string> used_user_names{"admin"};
    practice.users.push_back(UserInfo{1, "admin", 0, 0, people::kGroupAdmin});
    for (const ProviderInfo& p : practice.providers) {
        const int64_t group = p.is_hygienist ? people::kGroupHygienists : people::kGroupProviders;
        practice.users.push_back(UserInfo{static_cast<int64_t>(practice.users.size()) + 1,
                                          UniqueOf(names::UserNameOf(p.first_name, p.last_name), used_user_names), 0, p.prov_num, group});
    }
    for (const EmployeeInfo& e : practice.employees) {
        const int64_t group = e.role == "office manager" ? people::kGroupAdmin
                              : e.role == "billing"      ? people::kGroupBilling
                              : e.role == "assistant"    ? people::kGroupAssistants
                                                         : people::kGroupFrontDesk;
        practice.users.push_back(UserInfo{static_cast<int64_t>(practice.users.size()) + 1,
                                          UniqueOf(names::UserNameOf(e.first_name, e.last_name), used_user_names), e.employee_num, 0,
                                          group});
    }
}

namespace {

void EmitProviders(const Practice& practice, RowSink& sink) {
    if (!sink.Wants(TableId::provider)) return;
    namespace c = col::provider;
    Row row(TableId::provider);
    for (size_t i = 0; i < practice.providers.size(); ++i) {
        const ProviderInfo& p = practice.providers[i];
        EntityRng rng(practice.params.seed, Stream::kProvider, static_cast<uint64_t>(p.prov_num) | (uint64_t{1} << 40));
        row.Reset();
        std::string digits;
        rng.Digits(9, digits);
        const std::string npi = "9" + digits;  // starts with 9: never a real NPI
        rng.Digits(5, digits);
        const std::string license = (p.is_hygienist ? "H" : "D") + digits;
        const int age = static_cast<int>(rng.Uniform(p.is_hygienist ? 26 : 30, p.is_hygienist ? 60 : 66));
        const Date birth = AddMonths(practice.params.start_date, -12 * age) - static_cast<int>(rng.Uniform(0, 364));
        row.Set(c::ProvNum, p.prov_num)
            .Set(c::Abbr, p.abbreviation)
            .Set(c::ItemOrder, static_cast<int64_t>(i))
            .Set(c::LName, p.last_name)
            .Set(c::FName, p.first_name)
            .Set(c::MI, names::PickMiddleInitial(rng))
            .Set(c::Suffix, p.is_hygienist ? "RDH" : (rng.Chance(0.5) ? "DDS" : "DMD"))
            .Set(c::FeeSched, p.fee_sched_num)
            .Set(c::Specialty, p.specialty_def)
            .Set(c::StateLicense, license)
            .Set(c::IsSecondary, p.is_hygienist)
            .Set(c::ProvColor, Argb(kProviderColors[i % std::size(kProviderColors)]))
            .Set(c::IsHidden, false)
            .Set(c::UsingTIN, false)
            .Set(c::SigOnFile, true)
            .Set(c::OutlineColor, Argb(0xFF000000))
            .Set(c::NationalProvID, npi)
            .Set(c::DateTStamp, SetupStamp(practice, rng))
            .Set(c::AnesthProvType, 0)
            .Set(c::IsCDAnet, false)
            .Set(c::IsNotPerson, false)
            .Set(c::StateWhereLicensed, "OR")
            .Set(c::IsInstructor, false)
            .Set(c::ProvStatus, 0)
            .Set(c::IsHiddenReport, false)
            .Set(c::IsErxEnabled, !p.is_hygienist)
            .Set(c::Birthdate, birth)
            .Set(c::HourlyProdGoalAmt, static_cast<double>(p.is_hygienist ? rng.Uniform(15, 25) * 10 : rng.Uniform(50, 80) * 10))
            .Set(c::DateTerm, kZeroDate);
        if (!p.is_hygienist) {
            rng.Digits(7, digits);
            row.Set(c::DEANum, std::string("F") + p.last_name.substr(0, 1) + digits);
        }
        sink.Write(row);
    }
}

void EmitOperatories(const Practice& practice, RowSink& sink) {
    if (!sink.Wants(TableId::operatory)) return;
    namespace c = col::operatory;
    Row row(TableId::operatory);
    for (size_t i = 0; i < practice.operatories.size(); ++i) {
        const OperatoryInfo& op = practice.operatories[i];
        EntityRng rng(practice.params.seed, Stream::kOperatory, static_cast<uint64_t>(op.operatory_num));
        row.Reset();
        row.Set(c::OperatoryNum, op.operatory_num)
            .Set(c::OpName, op.name)
            .Set(c::Abbrev, op.abbreviation)
            .Set(c::ItemOrder, static_cast<int64_t>(i))
            .Set(c::IsHidden, false)
            .Set(c::ProvDentist, op.prov_dentist)
            .Set(c::ProvHygienist, op.prov_hygienist)
            .Set(c::IsHygiene, op.is_hygiene)
            .Set(c::ClinicNum, int64_t{0})
            .Set(c::DateTStamp, SetupStamp(practice, rng))
            .Set(c::SetProspective, false)
            .Set(c::IsWebSched, op.is_hygiene)
            .Set(c::IsNewPatAppt, i == 0)
            .Set(c::OperatoryType, int64_t{0});
        sink.Write(row);
    }
}

void EmitEmployees(const Practice& practice, RowSink& sink) {
    if (!sink.Wants(TableId::employee)) return;
    namespace c = col::employee;
    const std::string domain = PracticeDomain(practice);
    Row row(TableId::employee);
    for (const EmployeeInfo& e : practice.employees) {
        EntityRng rng(practice.params.seed, Stream::kEmployee, static_cast<uint64_t>(e.employee_num) | (uint64_t{1} << 40));
        row.Reset();
        const std::string user = names::UserNameOf(e.first_name, e.last_name);
        std::string payroll;
        rng.Digits(5, payroll);
        row.Set(c::EmployeeNum, e.employee_num)
            .Set(c::LName, e.last_name)
            .Set(c::FName, e.first_name)
            .Set(c::MiddleI, names::PickMiddleInitial(rng))
            .Set(c::IsHidden, false)
            .Set(c::ClockStatus, "Home")
            .Set(c::PhoneExt, static_cast<int64_t>(100 + e.employee_num))
            .Set(c::PayrollID, payroll)
            .Set(c::WirelessPhone, names::PickPhone(rng, names::Cities().front().area_code))
            .Set(c::EmailWork, user + "@" + domain)
            .Set(c::EmailPersonal, "")
            .Set(c::IsFurloughed, false)
            .Set(c::IsWorkingHome, false)
            // Everyone reports to the office manager (employee 1), who reports to the owner dentist (no employee).
            .Set(c::ReportsTo, e.employee_num == 1 ? int64_t{0} : int64_t{1});
        sink.Write(row);
    }
}

void EmitUserGroups(const Practice& practice, RowSink& sink) {
    (void)practice;
    if (sink.Wants(TableId::usergroup)) {
        Row row(TableId::usergroup);
        for (size_t i = 0; i < std::size(people::kUserGroupNames); ++i) {
            row.Reset();
            row.Set(col::usergroup::UserGroupNum, static_cast<int64_t>(i + 1))
                .Set(col::usergroup::Description, people::kUserGroupNames[i])
                .Set(col::usergroup::UserGroupNumCEMT, int64_t{0});
            sink.Write(row);
        }
    }
}

void EmitUsers(const Practice& practice, RowSink& sink) {
    namespace c = col::userod;
    if (sink.Wants(TableId::userod)) {
        Row row(TableId::userod);
        for (size_t i = 0; i < practice.users.size(); ++i) {
            const UserInfo& u = practice.users[i];
            EntityRng rng(practice.params.seed, Stream::kUser, static_cast<uint64_t>(u.user_num));
            row.Reset();
            // Last login within the week before the cut (an active office): live state, the one
            // column a later cut changes without a story behind it (docs/DETERMINISM.md).
            const Timestamp last_login = std::max(practice.setup_time, AddMinutes(practice.params.as_of, -rng.Uniform(0, 7 * 24 * 60)));
            row.Set(c::UserNum, u.user_num)
                .Set(c::UserName, u.user_name)
                .Set(c::Password, FakePasswordHash(rng))
                .Set(c::UserGroupNum, u.user_group_num)
                .Set(c::EmployeeNum, u.employee_num)
                .Set(c::ClinicNum, int64_t{0})
                .Set(c::ProvNum, u.prov_num)
                .Set(c::IsHidden, false)
                .Set(c::TaskListInBox, people::InboxTaskListNum(i))
                .Set(c::AnesthProvType, 0)
                .Set(c::DefaultHidePopups, false)
                .Set(c::PasswordIsStrong, true)
                .Set(c::ClinicIsRestricted, false)
                .Set(c::InboxHidePopups, false)
                .Set(c::UserNumCEMT, int64_t{0})
                .Set(c::DateTFail, kZeroTimestamp)
                .Set(c::FailedAttempts, 0)
                .Set(c::IsPasswordResetRequired, false)
                .Set(c::MobileWebPinFailedAttempts, false)
                .Set(c::DateTLastLogin, practice.params.NoLaterThanCut(last_login));
            sink.Write(row);
        }
    }
    if (sink.Wants(TableId::usergroupattach)) {
        Row row(TableId::usergroupattach);
        int64_t attach_num = 0;
        for (const UserInfo& u : practice.users) {
            // Everyone is in their own group; the owner dentist (provider 1) is also an administrator.
            int64_t groups[2] = {u.user_group_num, 0};
            if (u.prov_num == 1 && u.user_group_num != people::kGroupAdmin) groups[1] = people::kGroupAdmin;
            for (const int64_t group : groups) {
                if (group == 0) continue;
                row.Reset();
                row.Set(col::usergroupattach::UserGroupAttachNum, ++attach_num)
                    .Set(col::usergroupattach::UserNum, u.user_num)
                    .Set(col::usergroupattach::UserGroupNum, group);
                sink.Write(row);
            }
        }
    }
}

// Per-user preferences (UserOdFkeyType: 4 task collapse, 8 perio current exam only, 10 task-list
// block, 12 suppress log-off message, 13 account procedure breakdown) and default appointment view.
void EmitUserPreferences(const Practice& practice, RowSink& sink) {
    const bool want_pref = sink.Wants(TableId::userodpref);
    const bool want_view = sink.Wants(TableId::userodapptview);
    if (!want_pref && !want_view) return;
    Row pref(TableId::userodpref);
    Row view(TableId::userodapptview);
    int64_t pref_num = 0;
    for (const UserInfo& u : practice.users) {
        EntityRng rng(practice.params.seed, Stream::kUserPref, static_cast<uint64_t>(u.user_num));
        struct Pref {
            int type;
            int64_t fkey;
            const char* value;
        };
        std::vector<Pref> prefs{{4, 0, rng.Chance(0.5) ? "1" : "0"}};
        if (u.user_group_num == people::kGroupHygienists || u.user_group_num == people::kGroupProviders) prefs.push_back({8, 0, "1"});
        if (u.user_group_num == people::kGroupFrontDesk || u.user_group_num == people::kGroupBilling ||
            u.user_group_num == people::kGroupAdmin)
            prefs.push_back({13, 0, rng.Chance(0.7) ? "1" : "0"});
        if (rng.Chance(0.3)) prefs.push_back({10, rng.Uniform(1, people::kOfficeTaskListCount), "1"});
        if (rng.Chance(0.2)) prefs.push_back({12, 0, "1"});
        if (want_pref) {
            for (const Pref& p : prefs) {
                pref.Reset();
                pref.Set(col::userodpref::UserOdPrefNum, ++pref_num)
                    .Set(col::userodpref::UserNum, u.user_num)
                    .Set(col::userodpref::Fkey, p.fkey)
                    .Set(col::userodpref::FkeyType, p.type)
                    .Set(col::userodpref::ValueString, p.value)
                    .Set(col::userodpref::ClinicNum, int64_t{0});
                sink.Write(pref);
            }
        }
        if (want_view) {
            const int64_t appt_view = u.user_group_num == people::kGroupProviders || u.user_group_num == people::kGroupAssistants
                                          ? people::kViewDoctors
                                      : u.user_group_num == people::kGroupHygienists ? people::kViewHygiene
                                      : u.user_group_num == people::kGroupFrontDesk  ? people::kViewFrontDesk
                                                                                     : people::kViewAll;
            view.Reset();
            view.Set(col::userodapptview::UserodApptViewNum, u.user_num)
                .Set(col::userodapptview::UserNum, u.user_num)
                .Set(col::userodapptview::ClinicNum, int64_t{0})
                .Set(col::userodapptview::ApptViewNum, appt_view);
            sink.Write(view);
        }
    }
}

void EmitApptViews(const Practice& practice, RowSink& sink) {
    (void)practice;
    if (!sink.Wants(TableId::apptview)) return;
    namespace c = col::apptview;
    struct View {
        const char* description;
        bool only_scheduled;
        int scroll_hour;
    };
    const View views[] = {{"All Providers", false, 7}, {"Doctors", true, 8}, {"Hygiene", true, 7}, {"Front Desk Day", true, 7}};
    Row row(TableId::apptview);
    for (size_t i = 0; i < std::size(views); ++i) {
        row.Reset();
        row.Set(c::ApptViewNum, static_cast<int64_t>(i + 1))
            .Set(c::Description, views[i].description)
            .Set(c::ItemOrder, static_cast<int64_t>(i))
            .Set(c::RowsPerIncr, true)
            .Set(c::OnlyScheduledProvs, views[i].only_scheduled)
            .Set(c::OnlySchedBeforeTime, ClockTime(0))
            .Set(c::OnlySchedAfterTime, ClockTime(0))
            .Set(c::StackBehavUR, 0)
            .Set(c::StackBehavLR, 0)
            .Set(c::ClinicNum, int64_t{0})
            .Set(c::ApptTimeScrollStart, ClockTime(views[i].scroll_hour))
            .Set(c::IsScrollStartDynamic, false)
            .Set(c::IsApptBubblesDisabled, false)
            .Set(c::WidthOpMinimum, 0)
            .Set(c::WaitingRmName, false)
            .Set(c::OnlyScheduledProvDays, false);
        sink.Write(row);
    }
}

// Office task lists (entered at setup by the administrator) and one inbox per user.
void EmitTaskLists(const Practice& practice, RowSink& sink) {
    if (!sink.Wants(TableId::tasklist)) return;
    namespace c = col::tasklist;
    Row row(TableId::tasklist);
    const int64_t total = people::kOfficeTaskListCount + static_cast<int64_t>(practice.users.size());
    for (int64_t num = 1; num <= total; ++num) {
        EntityRng rng(practice.params.seed, Stream::kTaskList, static_cast<uint64_t>(num));
        row.Reset();
        std::string name;
        int64_t parent = 0;
        int object_type = 0;
        int status = 0;
        if (num <= people::kOfficeTaskListCount) {
            const people::OfficeTaskList& list = people::kOfficeTaskLists[num - 1];
            name = list.name;
            parent = list.parent;
            object_type = list.object_type;
            status = list.status;
        } else {
            const UserInfo& u = practice.users[static_cast<size_t>(num - people::kOfficeTaskListCount - 1)];
            name = u.user_name + " Inbox";
        }
        row.Set(c::TaskListNum, num)
            .Set(c::Descript, name)
            .Set(c::Parent, parent)
            .Set(c::DateTL, kZeroDate)
            .Set(c::IsRepeating, false)
            .Set(c::DateType, false)
            .Set(c::FromNum, int64_t{1})
            .Set(c::ObjectType, object_type)
            .Set(c::DateTimeEntry, SetupStamp(practice, rng))
            .Set(c::GlobalTaskFilterType, false)
            .Set(c::TaskListStatus, status);
        sink.Write(row);
    }
}

}  // namespace

void EmitPeopleTables(const Practice& practice, RowSink& out) {
    ProducerSink sink(out, kProducer);
    EmitProviders(practice, sink);
    EmitOperatories(practice, sink);
    EmitEmployees(practice, sink);
    EmitUserGroups(practice, sink);
    EmitUsers(practice, sink);
    EmitApptViews(practice, sink);
    EmitUserPreferences(practice, sink);
    EmitTaskLists(practice, sink);
}

}  // namespace dentsynth::core
