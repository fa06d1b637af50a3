// A family's and a person's story as far as this stage tells it: who they are, where they live,
// when they join and (maybe) leave the practice, and how they are insured. Everything is decided
// from the family's engine (keyed by its head) and each person's own engine, never from as_of:
// as_of only decides which of these events have happened yet.
// Vocabulary: "entry" is when the front desk entered the family (a few days before the first
// visit, when the appointment was booked); "join" is the first visit.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/patients/roster.hpp"
#include "core/practice/name_lists.hpp"
#include "core/practice/practice.hpp"

namespace dentsynth::core {

enum class FamilyRole { kHead, kSpouse, kChild };

struct Subscription {
    int64_t ins_sub_num;
    int64_t plan_num;
    int64_t subscriber;  // PatNum of the subscriber
    Date effective;
    Date term;  // kZeroDate when the coverage never ends in the story
    std::string subscriber_id;
};

struct FamilyStory {
    FamilyShape shape;
    Timestamp entry;  // the family's first patient row is entered
    Date join;  // the first visit
    bool established;  // an existing patient of the practice, first seen in this system
    Date leave;  // kZeroDate when the family stays
    std::string last_name;
    std::string address;
    const names::CityStateZip* city;
    std::string home_phone;
    int64_t billing_type;
    int64_t fee_sched;  // 0 = the provider's schedule
    bool has_spouse;
    int64_t dentist;  // PriProv of every member
    int64_t hygienist;  // SecProv of every member
    int64_t employer_num;
    std::vector<Subscription> subscriptions;  // [0] the head's, [1] the spouse's (dual coverage)
    int64_t entry_user;  // the front-desk user who entered the family
};

struct PersonStory {
    int64_t pat_num;
    FamilyRole role;
    bool female;
    std::string first_name;
    std::string middle_initial;
    std::string preferred;
    Date birthdate;
    int position;  // 0 single, 1 married, 2 child, 3 widowed, 4 divorced
    std::string wireless_phone;
    std::string email;
    int prefer_confirm;  // OpenDental ContactMethod values the downstream accepts
    int prefer_contact;
    int prefer_recall;
    int txt_msg_ok;  // 0 unknown, 1 yes, 2 no
    bool premed;
    Date deceased;  // kZeroDate when alive through the story
    int billing_cycle_day;
};

// What every family draws from, decided once per call from the practice: the general dentists
// and hygienists families are spread over, the front-desk users who enter them, the cash plan.
struct FamilyChoices {
    // Per care team (core/practice/teams.hpp): its general dentists and its hygienists.
    std::vector<std::vector<int64_t>> dentists;
    std::vector<std::vector<int64_t>> hygienists;
    std::vector<int64_t> front_desk_users;
    int64_t cash_fee_sched = 0;
};

FamilyChoices MakeFamilyChoices(const Practice& practice);

// One of a patient's coverages: which subscription, in which order (patplan.Ordinal), and how
// the patient is related to its subscriber (0 self, 1 spouse, 2 child).
struct Coverage {
    const Subscription* subscription;
    int ordinal;
    int relationship;
};

// The patient's coverages in ordinal order: a subscriber's own plan first, then the other
// spouse's; children have the head's plan first.
std::vector<Coverage> CoverageOf(const FamilyStory& family, const PersonStory& person);

// When the front desk entered member `pat_num` of `family`: the family's entry, 40 seconds a member.
inline Timestamp EntryOf(const FamilyStory& family, int64_t pat_num) {
    return AddSeconds(family.entry, 40 * (pat_num - family.shape.head));
}

// When the front desk records a coverage's end (9:30 on its last day): it edits the subscription,
// drops the patient's patplan row with its eligibility item, and edits the patient's HasIns.
inline Timestamp CoverageEndRecorded(Date term) { return At(term, 9, 30); }

// Whether subscription `s` covers services on `day`.
inline bool InForce(const Subscription& s, Date day) { return s.effective <= day && (s.term == kZeroDate || s.term > day); }

// The family whose head is `shape.head`.
FamilyStory BuildFamily(const Practice& practice, const FamilyChoices& choices, const FamilyShape& shape);

// Member `pat_num` of `family`.
PersonStory BuildPerson(const Practice& practice, const FamilyStory& family, int64_t pat_num);

}  // namespace dentsynth::core
