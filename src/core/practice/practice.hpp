// The practice: everything that belongs to the office rather than to one patient (providers,
// operatories, staff and users, definitions, procedure codes, fee schedules and fees, carriers,
// employers and plans, referral sources, labs, pharmacies, forms, programs, schedules).
// It is a pure function of the generation parameters: BuildPractice() decides it, the Emit*
// functions write its tables, and later stages (patients' lives) read it to schedule, treat and bill.
// Vocabulary: "UCR" is the practice's usual, customary and reasonable (standard) fee; a "PPO
// schedule" holds the lower fees a preferred-provider plan allows; "setup time" is when the
// practice's catalogue was entered, on start_date.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/params.hpp"
#include "core/rng.hpp"
#include "core/sink.hpp"

namespace dentsynth::core {

// Coverage categories used by plans' percentage benefits (diagnostic 100%, preventive 100%,
// basic 80%, major 50%, ...).
enum class CoverageCategory {
    kDiagnostic,
    kPreventive,
    kRadiology,
    kRestorative,
    kEndodontics,
    kPeriodontics,
    kOralSurgery,
    kProsthodontics,
    kOrthodontics,
    kAdjunctive
};

struct ProcedureCodeInfo {
    int64_t code_num;
    std::string code;  // CDT code number, e.g. D1110
    std::string abbreviation;  // OpenDental's AbbrDesc
    std::string description;  // our own short wording
    int64_t category_def;  // definition DefNum of category 11
    int treat_area;  // 0 none, 1 surface, 2 tooth, 3 mouth, 4 quad, 5 sextant, 6 arch, 7 tooth range
    CoverageCategory coverage;
    bool is_hygiene;
    bool is_radiology;
    bool is_prosthesis;
    int minutes;  // chair time
    int64_t ucr_fee_cents;  // the standard schedule's fee
};

struct FeeScheduleInfo {
    int64_t fee_sched_num;
    std::string description;
    int fee_sched_type;  // 0 normal, 1 copay, 2 out-of-network/allowed, 4 fixed benefit
    double ratio_to_ucr;  // fee = round(ucr * ratio) per code
    bool ppo_network = false;  // a PPO network's contracted (allowed) fees
};

struct ProviderInfo {
    int64_t prov_num;
    std::string abbreviation;
    std::string first_name;
    std::string last_name;
    bool is_hygienist;
    int64_t specialty_def;  // definition DefNum of category 35
    int64_t fee_sched_num;
    int work_days_mask;  // bit d set = works on DayOfWeek d (0 Sunday)
    int start_hour;  // first appointment hour on a working day
    int end_hour;
    int64_t team = 0;  // the care team (core/practice/teams.hpp) whose cohorts this provider sees
};

struct OperatoryInfo {
    int64_t operatory_num;
    std::string name;
    std::string abbreviation;
    bool is_hygiene;
    int64_t prov_dentist;
    int64_t prov_hygienist;
};

struct EmployeeInfo {
    int64_t employee_num;
    std::string first_name;
    std::string last_name;
    std::string role;  // front desk, assistant, billing, office manager
};

struct UserInfo {
    int64_t user_num;
    std::string user_name;
    int64_t employee_num;  // 0 for provider logins
    int64_t prov_num;  // 0 for staff logins
    int64_t user_group_num;
};

struct CarrierInfo {
    int64_t carrier_num;
    std::string name;
    std::string elect_id;
};

struct InsPlanInfo {
    int64_t plan_num;
    int64_t carrier_num;
    int64_t employer_num;
    bool is_ppo;  // PPO plans allow their network schedule's fee; the office writes off the rest
    int64_t fee_sched_num;  // PPO: the network schedule (the allowed fees); other plans: the standard schedule
    int64_t allowed_fee_sched_num;  // OpenDental's out-of-network allowed schedule: 0 (not used)
    int64_t annual_max_cents;
    int64_t deductible_cents;
    int percent_preventive;  // diagnostic and preventive
    int percent_basic;  // restorative, endo, perio, oral surgery
    int percent_major;  // prosthodontics
    int percent_ortho;
    // Frequency limits (benefit rows, BenefitType 5): two cleanings (D1110) and two periodic exams
    // (D0120) a year are fixed; these vary by plan.
    int bitewings_per_year;  // D0274 sets a year: 1 or 2
    int fmx_every_years;  // one full series (D0210) in this many years: 3 or 5
    int fluoride_age_limit;  // fluoride (D1208) only under this age: 14 or 19
    int sealant_age_limit;  // sealants (D1351) only under this age: 16
    // Periodontal limits: prophylaxis (D1110) and periodontal maintenance (D4910) together so many a
    // year (2: maintenance shares the two cleanings; 4: up to four); scaling and root planing
    // (D4341/D4342) once per quadrant in so many months; full mouth debridement (D4355) once per lifetime.
    int cleanings_with_perio_per_year;  // 2 or 4
    int srp_every_months;  // 24 or 36
};

struct Practice {
    GenerationParams params;
    Timestamp setup_time;  // when the catalogue was entered (start_date morning)
    std::string name;
    std::vector<ProcedureCodeInfo> procedure_codes;
    std::vector<FeeScheduleInfo> fee_schedules;  // [0] is the standard (UCR) schedule
    std::vector<ProviderInfo> providers;
    std::vector<OperatoryInfo> operatories;
    std::vector<EmployeeInfo> employees;
    std::vector<UserInfo> users;
    std::vector<CarrierInfo> carriers;
    int64_t employer_count = 0;
    std::vector<InsPlanInfo> plans;
    int64_t referral_count = 0;
    int64_t laboratory_count = 0;
    int64_t pharmacy_count = 0;
};

// Decides the whole practice from the parameters (no rows written).
Practice BuildPractice(const GenerationParams& params);

// The fee, in cents, that fee schedule `fee_sched_num` holds for `code`.
int64_t FeeCents(const Practice& practice, int64_t fee_sched_num, const ProcedureCodeInfo& code);

// What `plan` allows for `code` when the office bills `fee_cents`: a PPO plan its schedule's fee
// (never above the fee; the difference is the PPO write-off), any other plan the fee itself.
int64_t AllowedFeeCents(const Practice& practice, const InsPlanInfo& plan, const ProcedureCodeInfo& code, int64_t fee_cents);

// Whether provider `provider` works on `date`, deterministically (vacations and closures included;
// a hygienist only when a general dentist is in). See schedule.cpp.
bool IsWorkingDay(const Practice& practice, const ProviderInfo& provider, Date date);

// When the providers' schedules (and a closure) of `date` were entered: a calendar quarter at a
// time, early in the quarter nine months before (at the setup for the first quarters).
Timestamp ProviderScheduleEntry(const Practice& practice, Date date);
// The last day whose providers' schedules are entered by `t`: the furthest day the front desk can
// book at `t` (start_date - 1 before the setup).
Date ProviderSchedulesThrough(const Practice& practice, Timestamp t);
// The first moment after `t` at which another quarter's provider schedules are entered.
Timestamp NextProviderScheduleEntry(const Practice& practice, Timestamp t);

// The practice's tables, by the module that owns them.
void EmitCatalogTables(const Practice& practice, RowSink& sink);  // catalog.cpp and friends
void EmitPeopleTables(const Practice& practice, RowSink& sink);  // people.cpp
void EmitInsurancePartnerTables(const Practice& practice, RowSink& sink);  // insurance_partners.cpp
void EmitPartnerTables(const Practice& practice, RowSink& sink);  // partners.cpp
void EmitScheduleTables(const Practice& practice, RowSink& sink);  // schedule.cpp

// The plan's coverage percentage for a code of `category`: diagnostic, preventive and x-rays at
// the preventive rate, prosthodontics at the major rate, orthodontics at the ortho rate, the rest
// at the basic rate.
int CoveragePercent(const InsPlanInfo& plan, CoverageCategory category);

// The carrier of plan `plan_num`, or nullptr when there is no such plan.
const CarrierInfo* CarrierOfPlan(const Practice& practice, int64_t plan_num);

// Setup-time stamp for catalogue rows: start_date, during the morning, never after the cut.
Timestamp SetupStamp(const Practice& practice, EntityRng& rng);

}  // namespace dentsynth::core
