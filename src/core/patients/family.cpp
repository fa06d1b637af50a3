// Deciding families and persons. Every rate is a named constant with its source; see
// docs/BUSINESS_LOGIC.md ("Patients and families").
#include "core/patients/family.hpp"

#include <algorithm>

#include "core/practice/definition_ids.hpp"
#include "core/practice/people.hpp"
#include "core/practice/teams.hpp"
#include "core/rng.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// Roster timing. A practice moving onto this system keeps its established patients, who are first
// seen here at their next recall, within about six months; new patients arrive evenly over the
// roster span. A practice keeps drawing new patients year after year (practice-management
// benchmarks: 20-30 new patients a month per dentist, at least the 10-15 that replace attrition;
// ADA HPI practice surveys put new patients at 20-40% of a year's patients). With a five-year span
// and 40% established, 50 new patients a month join a 5,000-patient practice (3 dentists: ~17 a
// dentist), for five years; a roster of n patients has no new patients left after that.
constexpr double kEstablishedShare = 0.40;
constexpr int kEstablishedArrivalDays = 180;
constexpr int kRosterSpanDays = 1826;
constexpr int kMaxBookingLeadDays = 21;  // entry precedes the first visit by 0..21 days
// Attrition: about 12% of families leave within a few years (moves, insurance changes);
// industry retention figures of 80-90% over three years.
constexpr double kFamilyLeaveChance = 0.12;
// Insurance: about 62% of dental patients have private dental benefits (NADP, 2023: 64% of
// Americans have dental benefits, mostly through employers); 20% of two-adult insured families
// carry a second plan through the spouse (coordination of benefits).
constexpr double kInsuredFamilyChance = 0.62;
constexpr double kSpouseDualCoverageChance = 0.20;
constexpr double kCoverageEndsChance = 0.15;  // job or plan changes end a subscription
constexpr double kMarriedChance = 0.72;  // heads of multi-person families with a spouse
constexpr double kCashPlanChance = 0.04;  // uninsured families on the cash discount schedule

// Billing types: most accounts are standard; a few insurance-only, employee or payment-plan.
constexpr double kBillingWeights[] = {0.88, 0.05, 0.04, 0.03};
constexpr int64_t kBillingTypes[] = {def::kBillingStandard, def::kBillingInsuranceOnly, def::kBillingPaymentPlan, def::kBillingEmployee};

// The provider numbers of providers at `indexes` (into practice.providers).
std::vector<int64_t> ProvNumsOf(const Practice& practice, const std::vector<size_t>& indexes) {
    std::vector<int64_t> prov_nums;
    for (const size_t i : indexes) prov_nums.push_back(practice.providers[i].prov_num);
    return prov_nums;
}

std::vector<int64_t> FrontDeskUsers(const Practice& practice) {
    std::vector<int64_t> front;
    for (const UserInfo& user : practice.users) {
        for (const EmployeeInfo& e : practice.employees)
            if (e.employee_num == user.employee_num && e.role == "front desk") front.push_back(user.user_num);
    }
    if (front.empty() && !practice.users.empty()) front.push_back(practice.users.front().user_num);
    return front;
}

int64_t FeeSchedNamed(const Practice& practice, const char* word) {
    for (const FeeScheduleInfo& f : practice.fee_schedules)
        if (f.description.find(word) != std::string::npos) return f.fee_sched_num;
    return 0;
}

Subscription MakeSubscription(const Practice& practice, EntityRng& rng, int64_t subscriber, Date join) {
    Subscription s;
    s.ins_sub_num = PatientKey(subscriber, 1);
    const InsPlanInfo& plan = practice.plans[static_cast<size_t>(rng.Uniform(0, static_cast<int64_t>(practice.plans.size()) - 1))];
    s.plan_num = plan.plan_num;
    s.subscriber = subscriber;
    s.effective = std::max(practice.params.start_date, join - static_cast<int>(rng.Uniform(14, 400)));
    s.term = rng.Chance(kCoverageEndsChance) ? join + static_cast<int>(rng.Uniform(120, 1100)) : kZeroDate;
    s.subscriber_id = "W" + std::to_string(rng.Uniform(100000000, 999999999));
    return s;
}

}  // namespace

std::vector<Coverage> CoverageOf(const FamilyStory& family, const PersonStory& person) {
    std::vector<Coverage> rows;
    if (family.subscriptions.empty()) return rows;
    const Subscription* head_sub = &family.subscriptions[0];
    const Subscription* spouse_sub = family.subscriptions.size() > 1 ? &family.subscriptions[1] : nullptr;
    switch (person.role) {
        case FamilyRole::kHead:
            rows.push_back({head_sub, 1, 0});
            if (spouse_sub) rows.push_back({spouse_sub, 2, 1});
            break;
        case FamilyRole::kSpouse:
            if (spouse_sub) rows.push_back({spouse_sub, 1, 0});
            rows.push_back({head_sub, spouse_sub ? 2 : 1, 1});
            break;
        case FamilyRole::kChild:
            rows.push_back({head_sub, 1, 2});
            if (spouse_sub) rows.push_back({spouse_sub, 2, 2});
            break;
    }
    return rows;
}

FamilyChoices MakeFamilyChoices(const Practice& practice) {
    FamilyChoices choices;
    for (int64_t team = 0; team < teams::TeamCount(practice.params.patients); ++team) {
        choices.dentists.push_back(ProvNumsOf(practice, people::TeamDentists(practice, team)));
        choices.hygienists.push_back(ProvNumsOf(practice, people::TeamHygienists(practice, team)));
    }
    choices.front_desk_users = FrontDeskUsers(practice);
    choices.cash_fee_sched = FeeSchedNamed(practice, "Cash");
    return choices;
}

FamilyStory BuildFamily(const Practice& practice, const FamilyChoices& choices, const FamilyShape& shape) {
    const GenerationParams& params = practice.params;
    EntityRng rng(params.seed, Stream::kFamily, static_cast<uint64_t>(shape.head));
    FamilyStory f;
    f.shape = shape;
    f.established = rng.Chance(kEstablishedShare);
    f.join = params.start_date + static_cast<int>(rng.Uniform(0, f.established ? kEstablishedArrivalDays : kRosterSpanDays));
    const Date entry_day = std::max(params.start_date, f.join - static_cast<int>(rng.Uniform(0, kMaxBookingLeadDays)));
    f.entry = std::max(At(entry_day, static_cast<int>(rng.Uniform(8, 16)), static_cast<int>(rng.Uniform(0, 59))), practice.setup_time);
    f.leave = rng.Chance(kFamilyLeaveChance) ? f.join + static_cast<int>(rng.Uniform(200, 1400)) : kZeroDate;
    f.last_name = std::string(names::PickLastName(rng));
    f.address = names::PickStreetAddress(rng);
    f.city = &names::PickCity(rng);
    f.home_phone = rng.Chance(0.35) ? names::PickPhone(rng, f.city->area_code) : "";
    f.billing_type = kBillingTypes[rng.Weighted(kBillingWeights)];
    f.has_spouse = shape.size >= 2 && rng.Chance(kMarriedChance);
    // A family is seen by its care team; within it, families are spread over the providers in
    // turn, as a front desk balances new patients.
    const size_t team = static_cast<size_t>(teams::TeamOfPatient(shape.head));
    const std::vector<int64_t>& dentists = choices.dentists[team];
    const std::vector<int64_t>& hygienists = choices.hygienists[team];
    f.dentist = dentists[static_cast<size_t>(shape.head % static_cast<int64_t>(dentists.size()))];
    f.hygienist = hygienists.empty() ? 0 : hygienists[static_cast<size_t>(shape.head % static_cast<int64_t>(hygienists.size()))];
    if (f.hygienist == f.dentist) f.hygienist = 0;
    const std::vector<int64_t>& front = choices.front_desk_users;
    f.entry_user = front.empty() ? 0 : front[static_cast<size_t>(rng.Uniform(0, static_cast<int64_t>(front.size()) - 1))];
    const bool insured = !practice.plans.empty() && rng.Chance(kInsuredFamilyChance);
    f.fee_sched = !insured && rng.Chance(kCashPlanChance) ? choices.cash_fee_sched : 0;
    f.employer_num = insured && practice.employer_count > 0 ? rng.Uniform(1, practice.employer_count) : 0;
    if (insured) {
        f.subscriptions.push_back(MakeSubscription(practice, rng, shape.head, f.join));
        if (f.has_spouse && rng.Chance(kSpouseDualCoverageChance))
            f.subscriptions.push_back(MakeSubscription(practice, rng, shape.head + 1, f.join));
    }
    return f;
}

PersonStory BuildPerson(const Practice& practice, const FamilyStory& family, int64_t pat_num) {
    EntityRng rng(practice.params.seed, Stream::kPatient, static_cast<uint64_t>(pat_num));
    PersonStory p;
    p.pat_num = pat_num;
    const int64_t index = pat_num - family.shape.head;
    p.role = index == 0 ? FamilyRole::kHead : (index == 1 && family.has_spouse) ? FamilyRole::kSpouse : FamilyRole::kChild;
    // Ages at the family's join date. Heads with children are 27-55; others follow the adult age
    // mix of dental patients (more 30-65 than 18-30 or over 75). Children are 0-21 and born when
    // the head was 18-45. Spouses are within 6 years of the head.
    EntityRng family_rng(practice.params.seed, Stream::kFamily, static_cast<uint64_t>(family.shape.head) | (uint64_t{1} << 50));
    const bool has_children = family.shape.size > (family.has_spouse ? 2 : 1);
    const int head_age = has_children ? static_cast<int>(family_rng.Uniform(27, 55)) : static_cast<int>(family_rng.Normal(54, 18, 18, 92));
    const bool head_female = family_rng.Chance(0.52);
    int age_years = head_age;
    if (p.role == FamilyRole::kHead) {
        p.female = head_female;
    } else if (p.role == FamilyRole::kSpouse) {
        p.female = rng.Chance(0.95) ? !head_female : head_female;
        age_years = std::max(18, head_age + static_cast<int>(rng.Uniform(-6, 6)));
    } else {
        p.female = rng.Chance(0.5);
        age_years = static_cast<int>(rng.Uniform(0, std::min(21, head_age - 20)));  // the head was at least 19 at the birth
    }
    p.birthdate = family.join - static_cast<int>(age_years * 365 + rng.Uniform(0, 364));
    p.first_name = std::string(names::PickFirstName(rng, p.female));
    p.middle_initial = rng.Chance(0.6) ? names::PickMiddleInitial(rng) : "";
    p.preferred = rng.Chance(0.08) ? p.first_name.substr(0, std::min<size_t>(p.first_name.size(), 3)) : "";
    if (p.role == FamilyRole::kChild)
        p.position = 2;
    else if (family.has_spouse)
        p.position = 1;
    else
        p.position = age_years > 70 ? (rng.Chance(0.4) ? 3 : 0) : (rng.Chance(0.15) ? 4 : 0);
    const bool adult = age_years >= 18;
    p.wireless_phone = adult || age_years >= 14 ? names::PickPhone(rng, family.city->area_code) : "";
    if (adult && rng.Chance(0.72)) {  // e-mail on file for most adults, on a reserved domain
        std::string local = p.first_name + "." + family.last_name;
        std::transform(local.begin(), local.end(), local.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        p.email = local + std::to_string(rng.Uniform(1, 99)) + "@mail.example";
    }
    // Contact methods (OpenDental ContactMethod: 2 home phone, 4 wireless, 5 email, 8 text).
    constexpr int kContactMethods[] = {2, 4, 5, 8};
    p.prefer_contact = p.wireless_phone.empty() ? 2 : kContactMethods[rng.Weighted({0.15, 0.35, 0.15, 0.35})];
    p.prefer_confirm = p.wireless_phone.empty() ? 2 : rng.Chance(0.7) ? 8 : 4;
    p.prefer_recall = p.wireless_phone.empty() ? 2 : rng.Chance(0.6) ? 8 : 4;
    p.txt_msg_ok = p.wireless_phone.empty() ? 0 : rng.Chance(0.8) ? 1 : 2;
    p.premed = adult && rng.Chance(0.03);  // joint replacements, heart conditions
    p.deceased = p.role != FamilyRole::kChild && age_years >= 70 && rng.Chance(0.03) ? family.join + static_cast<int>(rng.Uniform(60, 1500))
                                                                                     : kZeroDate;
    p.billing_cycle_day = static_cast<int>(rng.Uniform(1, 28));
    return p;
}

}  // namespace dentsynth::core
