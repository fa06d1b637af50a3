// Deterministic randomness. Every entity draws from its own engine, seeded from
// (seed, stream, entity number) through a mixing function, so an entity's values never depend on
// which other entities were generated before it, in the same call or at all. There is no clock
// and no global generator. See docs/DETERMINISM.md.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>

#include <array>

#include <boost/random/taus88.hpp>

namespace dentsynth::core {

// One stream per purpose. Numbers are part of the output contract: never renumber, only append.
enum class Stream : uint64_t {
    kPractice = 1,  // practice-wide choices (how many providers, the practice's name, ...)
    kProvider = 2,
    kOperatory = 3,
    kUser = 4,
    kEmployee = 5,
    kFeeSchedule = 6,
    kFee = 7,
    kCarrier = 8,
    kEmployer = 9,
    kInsPlan = 10,
    kReferral = 11,
    kLaboratory = 12,
    kPharmacy = 13,
    kZipcode = 14,
    kScheduleDay = 15,
    kProcedureCode = 16,
    kMedication = 17,
    kSheetDef = 18,
    // 20..39: the practice catalogue (catalog.cpp and friends).
    kDefinition = 20,  // reserved: definition rows are fully fixed today
    kAppointmentType = 21,
    kRecallType = 22,
    kCodeGroup = 23,
    kAutoCode = 24,
    kDiseaseDef = 25,
    kAllergyDef = 26,
    kRxDef = 27,
    kRxNorm = 28,
    kClaimForm = 29,
    kProgram = 30,
    kSheetFieldDef = 31,
    kRecallTrigger = 32,
    // 40..59: people, partners and schedule (people.cpp, insurance_partners.cpp, partners.cpp, schedule.cpp).
    kStaffing = 40,  // practice-wide staffing decisions (specialist, working patterns)
    kClinic = 41,  // retired: the practice has no clinic row (numbers are never reused)
    kUserPref = 42,  // one user's preferences and appointment view
    kTaskList = 43,
    kBenefit = 44,  // one plan's benefit rows
    kProviderWeek = 45,  // (provider, week): vacation weeks
    kEmployeeWeek = 46,  // (employee, week): vacation weeks
    kBlockoutDay = 47,  // one day's blockouts
    kScheduleStamp = 48,  // one schedule row's entry stamp
    kNameList = 49,  // name-list picks not tied to another stream
    kPatient = 100,  // one patient: person, contact preferences, health
    kFamilyBlock = 101,  // how one block of 8 patient numbers splits into families
    kFamily = 102,  // one family (keyed by its head): join date, address, coverage, leaving
    kPatientLife = 103,  // one patient's visits: outcomes, findings, acceptance, recall compliance
    kShortCall = 104,  // one cancelled appointment's opening (keyed by its AptNum): when and whom the front desk calls
    kPeriodontalCondition = 105,  // one patient's periodontitis (keyed by PatNum): onset age, severity, teeth involved, calculus
    // 110..119: one patient's medical history (clinical/medical_history.cpp, tooth_chart.cpp), keyed by PatNum.
    kMedicalCondition = 110,  // problems (disease) at intake and their later onsets
    kAllergy = 111,  // allergies (allergy)
    kPrescription = 112,  // dental prescriptions (rxpat); sub-streams per kind in the entity number's high bits
    kToothChart = 113,  // missing and primary teeth at intake (toothinitial)
    kPatientLink = 114,  // merged duplicate charts (patientlink)
    // 130..139: charting, lab cases and referrals (clinical/perio_charts.cpp, office/lab_cases.cpp, clinical/referral_attachments.cpp).
    kPerioTraits = 130,  // one patient's periodontal picture (keyed by PatNum): wisdom teeth, recession, affected teeth
    kPerioMeasure = 131,  // one perio exam's readings (keyed by PerioExamNum)
    kLabCase = 132,  // one crown's lab case (keyed by the crown's ProcNum)
    kReferralFrom = 133,  // a new family's referral source (keyed by the head's PatNum)
    kReferralTo = 134,  // a root canal or surgical extraction referred out (keyed by ProcNum)
    kPatientLab = 135,  // the laboratory a patient's crowns go to (keyed by PatNum)
    // 140..149: insurance verification (insurance/insurance_verification.cpp).
    kInsVerify = 140,  // one appointment's verification: lead days, time, outcomes (keyed by AptNum)
    // 120..129: treatment plans and procedure notes (clinical/treatment_plans.cpp, procedure_notes.cpp).
    kTreatPlan = 120,  // one treatment plan (keyed by its TreatPlanNum): heading, display options, save time
    kProcNote = 121,  // one visit's clinical note (keyed by the AptNum): wording and when it was written
    // 150..159: front-office records (office/commlogs.cpp, clinical/patient_images.cpp, patient_forms.cpp).
    kCommlog = 150,  // one communication (keyed by its CommlogNum): whether it happens, who logs it, wording
    kPatientImage = 151,  // one image or scan (keyed by its DocNum): whether it is taken, when in the visit
    kPatientForm = 152,  // one filled form (keyed by its SheetNum): web or in-office, answers
    // 160..169: office tasks and time cards (office/office_tasks.cpp, practice/time_adjustments.cpp).
    kOfficeTask = 160,  // one task (keyed by its TaskNum): when noticed, who handles it, viewed/done times, note, unread
    kTimeAdjust = 161,  // one employee-month of time-card adjustments (keyed by EmployeeNum << 20 | month index)
    // 170..179: insurance claims and their payments (insurance/claim_amounts.cpp, insurance_claims.cpp).
    kInsClaim = 170,  // one claim (keyed by its ClaimNum): send and receive lags, denial, the billing user
    kInsCheck = 171,  // one insurance payment (keyed by its ClaimPaymentNum): payment type, check number, issue date
    // 180..189: the patient side of billing (billing/family_account.cpp).
    kAccount = 180,  // one family's account (keyed by its head): payer habits; and its events (keyed by their own numbers)
    // 190..199: the practice's calendar, continued (practice/schedule.cpp).
    kScheduleBlock = 190,  // one calendar quarter's provider schedules (keyed by the quarter's index): when they are entered
};

// SplitMix64's finaliser: a bijection on 64-bit words with full avalanche.
constexpr uint64_t Mix64(uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// The engine seed of entity `number` of `stream` under the user's `seed`.
constexpr uint64_t EntitySeed(uint64_t seed, Stream stream, uint64_t number) {
    return Mix64(Mix64(Mix64(seed) ^ static_cast<uint64_t>(stream)) ^ number);
}

// A per-entity random source with the draws the generator needs, all through Boost.Random's
// engines and distributions (whose algorithms, unlike std::'s, are fixed by the library version
// the project pins rather than by the C++ standard library in use).
// The engine is taus88 (L'Ecuyer's three-component Tausworthe generator, period 2^88): its state is
// three words, so creating one per entity costs nothing, where a Mersenne Twister spends ~1 us
// filling 312 words before its first draw.
class EntityRng {
public:
    EntityRng(uint64_t seed, Stream stream, uint64_t number) {
        const uint64_t mixed = EntitySeed(seed, stream, number);
        const uint64_t more = Mix64(mixed);
        std::array<uint32_t, 3> words{static_cast<uint32_t>(mixed), static_cast<uint32_t>(mixed >> 32), static_cast<uint32_t>(more)};
        auto first = words.begin();
        engine_.seed(first, words.end());
    }

    // Uniform integer in [low, high].
    int64_t Uniform(int64_t low, int64_t high);
    // Uniform real in [0, 1).
    double Unit();
    // True with probability p.
    bool Chance(double p) { return Unit() < p; }
    // Normal draw, clamped to [low, high].
    double Normal(double mean, double stddev, double low, double high);
    // Index drawn with the given relative weights.
    int Weighted(std::span<const double> weights);
    int Weighted(std::initializer_list<double> weights) { return Weighted(std::span<const double>(weights.begin(), weights.size())); }
    // An element of a non-empty list.
    template <typename T>
    const T& Pick(std::span<const T> items) {
        return items[static_cast<size_t>(Uniform(0, static_cast<int64_t>(items.size()) - 1))];
    }
    // A string of `length` decimal digits (phone numbers, licence numbers, ...).
    void Digits(int length, std::string& out);

private:
    boost::random::taus88 engine_;
};

}  // namespace dentsynth::core
