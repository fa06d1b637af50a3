// Fee schedules and fees. The standard (UCR) schedule holds each code's UCR fee; every other
// schedule holds the UCR fee times the schedule's ratio, nudged a little per (schedule, code) as
// negotiated fee lists are, and rounded as offices key them in (whole dollars, or 50 cents under
// $20). Writes feesched and fee: exactly one fee per (schedule, code), OldCode NULL; the standard
// schedule's fees keyed in after every other schedule's (the newest fee row of each code).
// Vocabulary: "ratio" = schedule fee / UCR fee; "type" = OpenDental FeeSchedType (0 normal,
// 1 copay, 2 out-of-network allowed, 4 fixed benefit).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>

#include "core/practice/catalog_tables.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"
#include "core/core_only.hpp"

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

// A negotiated fee list departs from a flat percentage by at most this much per code, small enough
// that no schedule's fee for a code leaves two standard deviations of that code's fees.
constexpr double kFeeJitter = 0.03;

// The standard (UCR) fees are keyed in from this hour of the day after setup.
constexpr int kStandardFeesHour = 6;

// FeeNums the downstream project treats as known outliers of another data set; never issued here.
constexpr int64_t kReservedFeeNums[] = {217113, 218252, 219409};

// PPO network names and the band their ratios spread over (typical PPO write-downs are 15-45%).
constexpr const char* kPpoNames[] = {"PPO - Premier Network", "PPO - Select Network", "PPO - Value Network", "PPO - Essential Network",
                                     "PPO - Basic Network"};
constexpr double kPpoHighRatio = 0.85;
constexpr double kPpoLowRatio = 0.55;

// A uniform value in [0, 1) fixed by (seed, schedule, code). FeeCents is called for every
// procedure a patient receives, so it hashes with the engine-seeding mix instead of seeding an engine.
double FeeUnit(uint64_t seed, int64_t fee_sched_num, int64_t code_num) {
    const uint64_t key = (static_cast<uint64_t>(fee_sched_num) << 32) ^ static_cast<uint64_t>(code_num);
    return static_cast<double>(EntitySeed(seed, Stream::kFee, key) >> 11) * 0x1.0p-53;
}

bool IsReservedFeeNum(int64_t fee_num) {
    return std::find(std::begin(kReservedFeeNums), std::end(kReservedFeeNums), fee_num) != std::end(kReservedFeeNums);
}

const FeeScheduleInfo* FindSchedule(const Practice& practice, int64_t fee_sched_num) {
    // Schedules are numbered 1..n in vector order; fall back to a scan if that ever changes.
    const auto& schedules = practice.fee_schedules;
    if (fee_sched_num >= 1 && fee_sched_num <= static_cast<int64_t>(schedules.size()) &&
        schedules[static_cast<size_t>(fee_sched_num - 1)].fee_sched_num == fee_sched_num)
        return &schedules[static_cast<size_t>(fee_sched_num - 1)];
    for (const FeeScheduleInfo& schedule : schedules)
        if (schedule.fee_sched_num == fee_sched_num) return &schedule;
    return nullptr;
}

}  // namespace

std::vector<FeeScheduleInfo> BuildFeeSchedules(const GenerationParams& params) {
    // A practice joins more PPO networks as it grows: two, plus one per 3,000 patients, up to five.
    // (All ratios together stay evenly spread from 0.42 to 1.00, so no schedule is a statistical outlier.)
    const int ppo_count = static_cast<int>(std::clamp<int64_t>(2 + params.patients / 3000, 2, static_cast<int64_t>(std::size(kPpoNames))));
    std::vector<FeeScheduleInfo> schedules;
    auto add = [&schedules](const char* description, int type, double ratio, bool ppo_network = false) {
        schedules.push_back(FeeScheduleInfo{static_cast<int64_t>(schedules.size()) + 1, description, type, ratio, ppo_network});
    };
    add("Standard (UCR)", 0, 1.00);
    add("Cash Discount Plan", 0, 0.90);  // in-house membership / pay-at-visit discount
    for (int i = 0; i < ppo_count; ++i) add(kPpoNames[i], 0, kPpoHighRatio - (kPpoHighRatio - kPpoLowRatio) * i / (ppo_count - 1), true);
    add("Out-of-Network Allowed", 2, 0.78);  // what non-participating carriers typically allow
    add("DHMO Copay Schedule", 1, 0.48);
    add("Fixed Benefit Schedule", 4, 0.42);
    return schedules;
}

int64_t FeeCents(const Practice& practice, int64_t fee_sched_num, const ProcedureCodeInfo& code) {
    const FeeScheduleInfo* schedule = FindSchedule(practice, fee_sched_num);
    // The standard schedule (and any unknown number) is the UCR fee itself.
    if (schedule == nullptr || schedule->ratio_to_ucr == 1.0 || code.ucr_fee_cents == 0) return code.ucr_fee_cents;
    const double jitter = (2.0 * FeeUnit(practice.params.seed, fee_sched_num, code.code_num) - 1.0) * kFeeJitter;
    const double cents = static_cast<double>(code.ucr_fee_cents) * schedule->ratio_to_ucr * (1.0 + jitter);
    const double step = cents >= 2000.0 ? 100.0 : 50.0;
    return std::max<int64_t>(static_cast<int64_t>(std::llround(cents / step)) * static_cast<int64_t>(step), 0);
}

int64_t AllowedFeeCents(const Practice& practice, const InsPlanInfo& plan, const ProcedureCodeInfo& code, int64_t fee_cents) {
    if (!plan.is_ppo || plan.fee_sched_num == 0) return fee_cents;
    return std::min(fee_cents, FeeCents(practice, plan.fee_sched_num, code));
}

void EmitFeeTables(const Practice& practice, RowSink& out) {
    ProducerSink sink(out, kProducer);
    // feesched rows, then one fee row per (schedule, code), all entered at setup time.
    const int64_t user_num = CatalogUserNum(practice);
    if (sink.Wants(TableId::feesched)) {
        namespace c = col::feesched;
        Row row(TableId::feesched);
        for (size_t i = 0; i < practice.fee_schedules.size(); ++i) {
            const FeeScheduleInfo& schedule = practice.fee_schedules[i];
            EntityRng rng(practice.params.seed, Stream::kFeeSchedule, static_cast<uint64_t>(schedule.fee_sched_num));
            const Timestamp stamp = SetupStamp(practice, rng);
            row.Reset();
            row.Set(c::FeeSchedNum, schedule.fee_sched_num)
                .Set(c::Description, schedule.description)
                .Set(c::FeeSchedType, schedule.fee_sched_type)
                .Set(c::ItemOrder, static_cast<int64_t>(i))
                .Set(c::IsHidden, false)
                .Set(c::IsGlobal, true)
                .Set(c::SecUserNumEntry, user_num)
                .Set(c::SecDateEntry, DateOf(stamp))
                .Set(c::SecDateTEdit, stamp);
            sink.Write(row);
        }
    }
    if (!sink.Wants(TableId::fee)) return;
    namespace c = col::fee;
    Row row(TableId::fee);
    int64_t fee_num = 0;
    for (const FeeScheduleInfo& schedule : practice.fee_schedules) {
        // Fees of one schedule are keyed in together, a few seconds apart, after the schedule itself.
        // The payers' schedules are loaded at setup; the office's own standard (UCR) fees, which it
        // bills, are keyed in last, the next morning before opening, so that they are the newest fee
        // row of every code (how the downstream finds a code's standard fee).
        EntityRng rng(practice.params.seed, Stream::kFeeSchedule, static_cast<uint64_t>(schedule.fee_sched_num));
        const Timestamp setup = SetupStamp(practice, rng);
        const Timestamp start =
            &schedule == &practice.fee_schedules.front()
                ? practice.params.NoLaterThanCut(AddSeconds(At(practice.params.start_date + 1, kStandardFeesHour, 0), rng.Uniform(0, 1800)))
                : setup;
        int64_t offset = 0;
        for (const ProcedureCodeInfo& code : practice.procedure_codes) {
            do ++fee_num;
            while (IsReservedFeeNum(fee_num));
            const Timestamp stamp = practice.params.NoLaterThanCut(AddSeconds(start, offset += 3));
            row.Reset();
            row.Set(c::FeeNum, fee_num)
                .SetCents(c::Amount, FeeCents(practice, schedule.fee_sched_num, code))
                .SetNull(c::OldCode)  // NULL, not '': a '' OldCode with a wide fee spread is flagged downstream
                .Set(c::FeeSched, schedule.fee_sched_num)
                .Set(c::UseDefaultFee, false)
                .Set(c::UseDefaultCov, false)
                .Set(c::CodeNum, code.code_num)
                .Set(c::ClinicNum, int64_t{0})
                .Set(c::ProvNum, int64_t{0})
                .Set(c::SecUserNumEntry, user_num)
                .Set(c::SecDateEntry, DateOf(stamp))
                .Set(c::SecDateTEdit, stamp);
            sink.Write(row);
        }
    }
}

}  // namespace dentsynth::core
