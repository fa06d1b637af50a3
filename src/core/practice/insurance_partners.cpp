// The practice's insurance partners: carriers, employers, the group plans patients hold and each
// plan's benefits. Vocabulary: a "PPO plan" pays from a reduced (PPO) fee schedule and the office
// writes off the difference to UCR; an "indemnity plan" pays a percentage of UCR; "benefits" are
// OpenDental's plan-level rows (BenefitType 1 coinsurance %, 2 deductible, 5 limitation:
// annual/lifetime maxima, frequencies and age limits). Ratios: docs/BUSINESS_LOGIC.md.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "core/generated/schema_tables.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/practice/name_lists.hpp"
#include "core/practice/practice.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

// OpenDental's coverage-category number that benefit.CovCatNum refers to: CoverageCategory + 1 (the
// contract has no covcat table).
int64_t CovCatNum(CoverageCategory category) { return static_cast<int64_t>(category) + 1; }

// Where carriers receive paper claims: real cities, fictional PO boxes.
constexpr names::CityStateZip kClaimOffices[] = {
    {"Sacramento", "CA", "95814", "916"}, {"Phoenix", "AZ", "85004", "602"},        {"Denver", "CO", "80202", "303"},
    {"Boise", "ID", "83702", "208"},      {"Salt Lake City", "UT", "84111", "801"}, {"Spokane", "WA", "99201", "509"},
    {"Seattle", "WA", "98101", "206"},    {"Omaha", "NE", "68102", "402"},          {"Minneapolis", "MN", "55401", "612"},
};

// Benefit enumerations (OpenDental InsBenefitType, BenefitTimePeriod, BenefitQuantity, BenefitCoverageLevel).
constexpr int kBenCoInsurance = 1;
constexpr int kBenDeductible = 2;
constexpr int kBenLimitations = 5;
constexpr int kPeriodNone = 0;
constexpr int kPeriodServiceYear = 1;
constexpr int kPeriodCalendarYear = 2;
constexpr int kPeriodLifetime = 3;
constexpr int kQtyNumberOfServices = 1;
constexpr int kQtyAgeLimit = 2;
constexpr int kQtyYears = 4;
constexpr int kQtyMonths = 5;
constexpr int kTreatAreaQuadrant = 4;
// Periodontal frequency limits (docs/BUSINESS_LOGIC.md, "Periodontal care"): many plans count
// periodontal maintenance against the two cleanings a year, the others allow up to four; scaling
// and root planing is covered once per quadrant in 24 or (more often) 36 months.
constexpr double kPerioMaintenanceSharedShare = 0.40;
constexpr double kSrpEvery24MonthsShare = 0.35;
constexpr int kLevelIndividual = 1;
constexpr int kLevelFamily = 2;

int64_t CarrierCount(int64_t patients) {
    // 15 at a tiny office, ~28 at 5,000 patients, 40 at most: payer mix grows slowly with size.
    const double n = 10.0 + 4.0 * std::log2(1.0 + static_cast<double>(patients) / 250.0);
    return std::clamp<int64_t>(std::llround(n), 15, 40);
}

// Everything an employer row holds, decided from (seed, employer number) alone.
struct EmployerRecord {
    std::string name;
    std::string address;
    names::CityStateZip city;
    std::string phone;
};

EmployerRecord MakeEmployer(const Practice& practice, int64_t employer_num) {
    EntityRng rng(practice.params.seed, Stream::kEmployer, static_cast<uint64_t>(employer_num));
    EmployerRecord e;
    e.name = names::PickCompanyName(rng);
    e.address = names::PickStreetAddress(rng);
    e.city = names::PickCity(rng);
    e.phone = names::PickPhone(rng, e.city.area_code);
    return e;
}

int64_t CodeNumOf(const Practice& practice, std::string_view code) {
    for (const ProcedureCodeInfo& c : practice.procedure_codes)
        if (c.code == code) return c.code_num;
    return 0;
}

// The row-level details of a plan that its benefits must agree with, from the plan's own engine.
struct PlanRecord {
    std::string group_num;
    Timestamp entry;
    Timestamp edit;
    int month_renew;
};

PlanRecord MakePlanRecord(const Practice& practice, const InsPlanInfo& p) {
    EntityRng rng(practice.params.seed, Stream::kInsPlan, static_cast<uint64_t>(p.plan_num) | (uint64_t{1} << 40));
    PlanRecord r;
    std::string digits;
    rng.Digits(3, digits);
    const std::string num = std::to_string(p.plan_num);
    r.group_num = digits + std::string(6 - std::min<size_t>(6, num.size()), '0') + num;  // unique per plan
    r.entry = SetupStamp(practice, rng);
    // A third of plans are edited within two years (renewal changes). The edit is part of the
    // plan's story, independent of as_of; it shows once it has happened.
    const Timestamp edit = AddMinutes(r.entry, rng.Uniform(1, 2 * 365 * 24 * 60));
    const bool edited = rng.Chance(0.33) && practice.params.Happened(edit);
    r.edit = edited ? edit : r.entry;
    r.month_renew = rng.Chance(0.8) ? 0 : static_cast<int>(rng.Uniform(1, 12));
    return r;
}

}  // namespace

void BuildInsurancePartners(Practice& practice) {
    const int64_t patients = practice.params.patients;
    const uint64_t seed = practice.params.seed;

    // Carriers: distinct fictional stems in a seed-dependent order.
    const auto stems = names::CarrierStems();
    std::vector<size_t> order(stems.size());
    std::iota(order.begin(), order.end(), size_t{0});
    EntityRng shuffle(seed, Stream::kCarrier, 0);
    for (size_t i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[static_cast<size_t>(shuffle.Uniform(0, static_cast<int64_t>(i)))]);
    const int64_t carrier_count = CarrierCount(patients);
    for (int64_t i = 0; i < carrier_count; ++i) {
        EntityRng rng(seed, Stream::kCarrier, static_cast<uint64_t>(i + 1));
        std::string elect_id;
        rng.Digits(4, elect_id);
        practice.carriers.push_back(
            CarrierInfo{i + 1, std::string(stems[order[static_cast<size_t>(i)]]) + " " + std::string(rng.Pick(names::CarrierSuffixes())),
                        "7" + elect_id});
    }

    // Employers: max(20, patients / 10) -- most insured adults are covered through work.
    practice.employer_count = std::max<int64_t>(20, patients / 10);

    // The PPO networks' schedules: a PPO plan's FeeSched, whose fees are what the plan allows (the
    // office bills its standard fee and writes off the difference, OpenDental's "PPO plans always
    // use the UCR fee").
    std::vector<int64_t> ppo_scheds;
    for (const FeeScheduleInfo& f : practice.fee_schedules)
        if (f.ppo_network) ppo_scheds.push_back(f.fee_sched_num);
    const int64_t ucr = practice.fee_schedules.empty() ? 0 : practice.fee_schedules[0].fee_sched_num;

    // Carrier market shares fall off with rank (a few large payers, a long tail).
    std::vector<double> carrier_weights;
    for (int64_t i = 0; i < carrier_count; ++i) carrier_weights.push_back(1.0 / std::pow(static_cast<double>(i + 1), 0.9));

    // Group plans: ~1 per 25 patients (several employees of an employer share one), at least 5.
    const int64_t plan_count = std::max<int64_t>(5, patients / 25);
    for (int64_t i = 0; i < plan_count; ++i) {
        EntityRng rng(seed, Stream::kInsPlan, static_cast<uint64_t>(i + 1));
        InsPlanInfo p{};
        p.plan_num = i + 1;
        p.carrier_num = rng.Weighted(carrier_weights) + 1;
        p.employer_num = rng.Chance(0.92) ? rng.Uniform(1, practice.employer_count) : 0;  // a few individual plans
        // About three in four dental plans are PPOs (NADP enrollment mix).
        p.is_ppo = !ppo_scheds.empty() && rng.Chance(0.75);
        if (p.is_ppo) {
            // A carrier's network contract sets one schedule for all of its plans.
            p.fee_sched_num = ppo_scheds[static_cast<size_t>(p.carrier_num) % ppo_scheds.size()];
            p.allowed_fee_sched_num = 0;
        } else {
            p.fee_sched_num = ucr;
            p.allowed_fee_sched_num = 0;
        }
        static constexpr int64_t kMaxima[] = {100000, 120000, 150000, 150000, 200000, 250000};
        p.annual_max_cents = kMaxima[rng.Uniform(0, 5)];
        static constexpr int64_t kDeductibles[] = {5000, 5000, 7500, 10000};
        p.deductible_cents = kDeductibles[rng.Uniform(0, 3)];
        p.percent_preventive = rng.Chance(0.85) ? 100 : 90;
        p.percent_basic = rng.Weighted({0.15, 0.7, 0.15}) == 0 ? 70 : 80;
        p.percent_major = rng.Chance(0.85) ? 50 : 60;
        p.percent_ortho = rng.Chance(0.6) ? 50 : 0;  // many plans carry no ortho rider
        // Frequency limits from an engine of their own, so the plan's other draws stay as they were.
        EntityRng limits(seed, Stream::kBenefit, static_cast<uint64_t>(p.plan_num) | uint64_t{1} << 40);
        p.bitewings_per_year = limits.Chance(0.7) ? 1 : 2;
        p.fmx_every_years = limits.Chance(0.75) ? 5 : 3;
        p.fluoride_age_limit = limits.Chance(0.6) ? 14 : 19;
        p.sealant_age_limit = 16;
        p.cleanings_with_perio_per_year = limits.Chance(kPerioMaintenanceSharedShare) ? 2 : 4;
        p.srp_every_months = limits.Chance(kSrpEvery24MonthsShare) ? 24 : 36;
        practice.plans.push_back(p);
    }
}

namespace {

void EmitCarriers(const Practice& practice, RowSink& sink) {
    if (!sink.Wants(TableId::carrier)) return;
    namespace c = col::carrier;
    Row row(TableId::carrier);
    for (const CarrierInfo& carrier : practice.carriers) {
        EntityRng rng(practice.params.seed, Stream::kCarrier, static_cast<uint64_t>(carrier.carrier_num) | (uint64_t{1} << 40));
        const names::CityStateZip& office = rng.Pick(std::span<const names::CityStateZip>(kClaimOffices));
        const Timestamp entry = SetupStamp(practice, rng);
        row.Reset();
        row.Set(c::CarrierNum, carrier.carrier_num)
            .Set(c::CarrierName, carrier.name)
            .Set(c::Address, "PO Box " + std::to_string(rng.Uniform(1000, 99999)))
            .Set(c::Address2, "")
            .Set(c::City, office.city)
            .Set(c::State, office.state)
            .Set(c::Zip, office.zip)
            .Set(c::Phone, names::PickPhone(rng, "800"))
            .Set(c::ElectID, carrier.elect_id)
            .Set(c::NoSendElect, 0)
            .Set(c::IsCDA, false)
            .Set(c::IsHidden, false)
            .Set(c::CanadianEncryptionMethod, false)
            .Set(c::SecUserNumEntry, int64_t{1})
            .Set(c::SecDateEntry, DateOf(entry))
            .Set(c::SecDateTEdit, entry)
            .Set(c::IsCoinsuranceInverted, false)
            .Set(c::TrustedEtransFlags, false)
            .Set(c::CobInsPaidBehaviorOverride, false)
            .Set(c::EraAutomationOverride, false)
            .Set(c::OrthoInsPayConsolidate, false);
        sink.Write(row);
    }
}

void EmitEmployers(const Practice& practice, RowSink& sink) {
    if (!sink.Wants(TableId::employer)) return;
    namespace c = col::employer;
    Row row(TableId::employer);
    for (int64_t num = 1; num <= practice.employer_count; ++num) {
        const EmployerRecord e = MakeEmployer(practice, num);
        row.Reset();
        row.Set(c::EmployerNum, num)
            .Set(c::EmpName, e.name)
            .Set(c::Address, e.address)
            .Set(c::City, e.city.city)
            .Set(c::State, e.city.state)
            .Set(c::Zip, e.city.zip)
            .Set(c::Phone, e.phone);
        sink.Write(row);
        if (num % 4096 == 0) sink.Checkpoint();
    }
}

void EmitPlans(const Practice& practice, RowSink& sink) {
    if (!sink.Wants(TableId::insplan)) return;
    namespace c = col::insplan;
    Row row(TableId::insplan);
    for (const InsPlanInfo& p : practice.plans) {
        const PlanRecord r = MakePlanRecord(practice, p);
        std::string group_name = p.employer_num == 0 ? std::string("Individual Dental") : MakeEmployer(practice, p.employer_num).name;
        if (group_name.size() > 50) group_name.resize(50);
        row.Reset();
        row.Set(c::PlanNum, p.plan_num)
            .Set(c::GroupName, group_name)
            .Set(c::GroupNum, r.group_num)
            .Set(c::PlanNote, "")
            .Set(c::FeeSched, p.fee_sched_num)
            .Set(c::PlanType, p.is_ppo ? "p" : "")
            .Set(c::ClaimFormNum, catalog::kClaimFormAda2019)
            .Set(c::UseAltCode, false)
            .Set(c::ClaimsUseUCR, false)
            .Set(c::CopayFeeSched, int64_t{0})
            .Set(c::EmployerNum, p.employer_num)
            .Set(c::CarrierNum, p.carrier_num)
            .Set(c::AllowedFeeSched, p.allowed_fee_sched_num)
            .Set(c::IsMedical, false)
            .Set(c::DentaideCardSequence, false)
            .Set(c::ShowBaseUnits, false)
            .Set(c::CodeSubstNone, false)
            .Set(c::IsHidden, false)
            .Set(c::MonthRenew, r.month_renew)
            .Set(c::CobRule, 0)
            .Set(c::SecUserNumEntry, int64_t{1})
            .Set(c::SecDateEntry, DateOf(r.entry))
            .Set(c::SecDateTEdit, r.edit)
            .Set(c::HideFromVerifyList, false)
            .Set(c::OrthoType, false)
            .Set(c::OrthoAutoProcFreq, false)
            .Set(c::OrthoAutoFeeBilled, 0.0)
            .Set(c::OrthoAutoClaimDaysWait, 0)
            .Set(c::HasPpoSubstWriteoffs, p.is_ppo)
            .Set(c::ExclusionFeeRule, false)
            .Set(c::IsBlueBookEnabled, !p.is_ppo)
            .Set(c::InsPlansZeroWriteOffsOnAnnualMaxOverride, false)
            .Set(c::InsPlansZeroWriteOffsOnFreqOrAgingOverride, false)
            .Set(c::PerVisitPatAmount, 0.0)
            .Set(c::PerVisitInsAmount, 0.0);
        sink.Write(row);
    }
}

// Plan-level benefits (PatPlanNum 0). The plan year follows MonthRenew, drawn again here from the
// plan's own engine in the same order as EmitPlans so both agree.
void EmitBenefits(const Practice& practice, RowSink& sink) {
    if (!sink.Wants(TableId::benefit)) return;
    namespace c = col::benefit;
    Row row(TableId::benefit);
    int64_t benefit_num = 0;
    const int64_t code_prophy = CodeNumOf(practice, "D1110");
    const int64_t code_exam = CodeNumOf(practice, "D0120");
    const int64_t code_bitewings = CodeNumOf(practice, "D0274");
    const int64_t code_fmx = CodeNumOf(practice, "D0210");
    const int64_t code_fluoride = CodeNumOf(practice, "D1208");
    const int64_t code_sealant = CodeNumOf(practice, "D1351");
    const int64_t code_perio_maintenance = CodeNumOf(practice, "D4910");
    const int64_t code_debridement = CodeNumOf(practice, "D4355");
    for (const InsPlanInfo& p : practice.plans) {
        const PlanRecord r = MakePlanRecord(practice, p);
        const Timestamp entry = r.entry;
        EntityRng rng(practice.params.seed, Stream::kBenefit, static_cast<uint64_t>(p.plan_num));
        // Benefit years follow the plan: calendar year unless it renews in a given month.
        const int year = r.month_renew == 0 ? kPeriodCalendarYear : kPeriodServiceYear;
        auto write = [&](int64_t cov_cat, int type, int percent, int64_t cents, int period, int qualifier, int quantity, int64_t code_num,
                         int level, int treat_area = 0) {
            row.Reset();
            row.Set(c::BenefitNum, ++benefit_num)
                .Set(c::PlanNum, p.plan_num)
                .Set(c::PatPlanNum, int64_t{0})
                .Set(c::CovCatNum, cov_cat)
                .Set(c::BenefitType, type)
                .Set(c::Percent, percent)
                .SetCents(c::MonetaryAmt, cents)
                .Set(c::TimePeriod, period)
                .Set(c::QuantityQualifier, qualifier)
                .Set(c::Quantity, quantity)
                .Set(c::CodeNum, code_num)
                .Set(c::CoverageLevel, level)
                .Set(c::SecDateTEntry, entry)
                .Set(c::SecDateTEdit, entry)
                .Set(c::CodeGroupNum, int64_t{0})
                .Set(c::TreatArea, treat_area);
            sink.Write(row);
        };
        // Coinsurance per coverage category (OpenDental's -1 "no amount" is written as 0 cents here).
        struct Share {
            CoverageCategory category;
            int percent;
        };
        const Share shares[] = {
            {CoverageCategory::kDiagnostic, p.percent_preventive}, {CoverageCategory::kPreventive, p.percent_preventive},
            {CoverageCategory::kRadiology, p.percent_preventive},  {CoverageCategory::kRestorative, p.percent_basic},
            {CoverageCategory::kEndodontics, p.percent_basic},     {CoverageCategory::kPeriodontics, p.percent_basic},
            {CoverageCategory::kOralSurgery, p.percent_basic},     {CoverageCategory::kAdjunctive, p.percent_basic},
            {CoverageCategory::kProsthodontics, p.percent_major},  {CoverageCategory::kOrthodontics, p.percent_ortho},
        };
        for (const Share& s : shares) {
            if (s.percent == 0) continue;
            write(CovCatNum(s.category), kBenCoInsurance, s.percent, 0, year, 0, 0, 0, 0);
        }
        // Deductible: individual, family (three times), waived for diagnostic and preventive.
        write(0, kBenDeductible, 0, p.deductible_cents, year, 0, 0, 0, kLevelIndividual);
        write(0, kBenDeductible, 0, p.deductible_cents * 3, year, 0, 0, 0, kLevelFamily);
        write(CovCatNum(CoverageCategory::kDiagnostic), kBenDeductible, 0, 0, year, 0, 0, 0, kLevelIndividual);
        write(CovCatNum(CoverageCategory::kPreventive), kBenDeductible, 0, 0, year, 0, 0, 0, kLevelIndividual);
        // Annual maximum, and the ortho lifetime maximum when ortho is covered.
        write(0, kBenLimitations, 0, p.annual_max_cents, year, 0, 0, 0, kLevelIndividual);
        if (p.percent_ortho > 0)
            write(CovCatNum(CoverageCategory::kOrthodontics), kBenLimitations, 0, rng.Uniform(10, 20) * 10000, kPeriodLifetime, 0, 0, 0,
                  kLevelIndividual);
        // Frequencies: two cleanings and exams a year, bitewings once a year, a full series every
        // five years (three on some plans), fluoride and sealants for children only.
        if (code_prophy != 0) write(0, kBenLimitations, 0, 0, year, kQtyNumberOfServices, 2, code_prophy, 0);
        if (code_exam != 0) write(0, kBenLimitations, 0, 0, year, kQtyNumberOfServices, 2, code_exam, 0);
        if (code_bitewings != 0) write(0, kBenLimitations, 0, 0, year, kQtyNumberOfServices, p.bitewings_per_year, code_bitewings, 0);
        if (code_fmx != 0) write(0, kBenLimitations, 0, 0, kPeriodNone, kQtyYears, p.fmx_every_years, code_fmx, 0);
        if (code_fluoride != 0) write(0, kBenLimitations, 0, 0, kPeriodNone, kQtyAgeLimit, p.fluoride_age_limit, code_fluoride, 0);
        if (code_sealant != 0) write(0, kBenLimitations, 0, 0, kPeriodNone, kQtyAgeLimit, p.sealant_age_limit, code_sealant, 0);
        // Periodontal care: maintenance a year (counted with the cleanings), root planing per quadrant
        // in months, debridement once per lifetime.
        if (code_perio_maintenance != 0)
            write(0, kBenLimitations, 0, 0, year, kQtyNumberOfServices, p.cleanings_with_perio_per_year, code_perio_maintenance, 0);
        for (const char* srp : {"D4341", "D4342"})
            if (const int64_t code = CodeNumOf(practice, srp); code != 0)
                write(0, kBenLimitations, 0, 0, kPeriodNone, kQtyMonths, p.srp_every_months, code, 0, kTreatAreaQuadrant);
        if (code_debridement != 0) write(0, kBenLimitations, 0, 0, kPeriodLifetime, kQtyNumberOfServices, 1, code_debridement, 0);
        if (p.plan_num % 256 == 0) sink.Checkpoint();
    }
}

}  // namespace

void EmitInsurancePartnerTables(const Practice& practice, RowSink& out) {
    ProducerSink sink(out, kProducer);
    EmitCarriers(practice, sink);
    EmitEmployers(practice, sink);
    EmitPlans(practice, sink);
    EmitBenefits(practice, sink);
}

}  // namespace dentsynth::core
