// Unit tests of the generator core, built WITHOUT any PostgreSQL include path (so it also proves
// the core stands alone). Prints TAP for prove. Known-answer vectors come from published
// references where one exists (SplitMix64, Boost's taus88) and pin our derived seeds otherwise.
#include <array>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <boost/random/taus88.hpp>

#include "core/calendar.hpp"
#include "core/errors.hpp"
#include "core/key_plan.hpp"
#include "core/float8_cents.hpp"
#include "core/background_generation.hpp"
#include "core/generator.hpp"
#include "core/params.hpp"
#include "core/patients/family.hpp"
#include "core/patients/roster.hpp"
#include "core/practice/practice.hpp"
#include "core/producers.hpp"
#include "core/rng.hpp"
#include "core/row.hpp"
#include "core/schema.hpp"

namespace dentsynth::core::test {

int test_count = 0;
int failures = 0;

void Check(bool ok, const std::string& name) {
    ++test_count;
    if (!ok) ++failures;
    std::printf("%s %d - %s\n", ok ? "ok" : "not ok", test_count, name.c_str());
}

template <typename Fn>
bool Throws(Fn&& fn, dentsynth::core::ErrorKind kind) {
    try {
        fn();
    } catch (const dentsynth::core::Error& error) {
        return error.kind() == kind;
    }
    return false;
}

void TestRandomness() {
    // SplitMix64 reference: the first output from state 0 is 0xE220A8397B1DCDAF.
    Check(Mix64(0) == 0xE220A8397B1DCDAFULL, "Mix64 is SplitMix64's output function (reference vector)");
    // Boost.Random's own validation value for taus88: the 10000th output with the default seed.
    boost::random::taus88 engine;
    engine.discard(9999);
    Check(engine() == 3535848941U, "Boost's taus88 gives its validation value (10000th output)");
    Check(EntitySeed(42, Stream::kProvider, 1) != EntitySeed(42, Stream::kProvider, 2), "neighbouring entities get different seeds");
    Check(EntitySeed(42, Stream::kProvider, 1) != EntitySeed(43, Stream::kProvider, 1), "neighbouring user seeds give different seeds");
    Check(EntitySeed(42, Stream::kProvider, 1) != EntitySeed(42, Stream::kOperatory, 1), "streams are independent");
    EntityRng a(42, Stream::kEmployer, 17), b(42, Stream::kEmployer, 17);
    bool same = true;
    for (int i = 0; i < 1000; ++i) same = same && a.Uniform(0, 1000000) == b.Uniform(0, 1000000);
    Check(same, "one entity's engine replays identically");
    EntityRng c(42, Stream::kEmployer, 18);
    int in_range = 0;
    double sum = 0;
    for (int i = 0; i < 100000; ++i) {
        const int64_t v = c.Uniform(1, 6);
        in_range += v >= 1 && v <= 6;
        sum += static_cast<double>(v);
    }
    Check(in_range == 100000 && sum / 100000 > 3.45 && sum / 100000 < 3.55, "Uniform(1, 6) stays in range with mean 3.5");
    int heads = 0;
    for (int i = 0; i < 100000; ++i) heads += c.Chance(0.25);
    Check(heads > 24000 && heads < 26000, "Chance(0.25) is true a quarter of the time");
    int picks[3] = {0, 0, 0};
    for (int i = 0; i < 60000; ++i) picks[c.Weighted({1.0, 2.0, 3.0})]++;
    Check(picks[0] > 9000 && picks[0] < 11000 && picks[2] > 29000 && picks[2] < 31000, "Weighted follows its weights");
}

// Pinned values of the entity engines: a change to the seeding, the engine or a distribution
// changes every table of the output, and shows here first, without PostgreSQL. The engine words
// were checked against a separate implementation of L'Ecuyer's published taus88 step, seeded as
// rng.hpp describes; the distributions' values are Boost 1.74's. Changing any of these is a change
// of output: the golden record and CHANGELOG.md change with it (docs/DETERMINISM.md).
void TestPinnedDraws() {
    Check(EntitySeed(42, Stream::kPatient, 1) == 0xFB5718699C031BABULL && EntitySeed(11, Stream::kFamilyBlock, 0) == 0xA28B17F3208816D5ULL,
          "pinned: entity seeds of (42, patient, 1) and (11, family block, 0)");
    // Uniform over the engine's whole range [0, 2^32 - 1] passes its words through unchanged.
    EntityRng patient(42, Stream::kPatient, 1);
    const int64_t w1 = patient.Uniform(0, 0xFFFFFFFFLL), w2 = patient.Uniform(0, 0xFFFFFFFFLL), w3 = patient.Uniform(0, 0xFFFFFFFFLL);
    Check(w1 == 3985088231 && w2 == 3017990475 && w3 == 1429004576, "pinned: first three engine words of (42, patient, 1)");
    const int64_t die = patient.Uniform(1, 6);
    const double unit = patient.Unit();
    const double normal = patient.Normal(40, 15, 0, 90);
    const int weighted = patient.Weighted({0.34, 0.28, 0.16, 0.14, 0.08});
    Check(die == 1 && unit == 0x1.e05c6d1p-4 && normal == 0x1.0f1e9f3115a26p+6 && weighted == 0,
          "pinned: the next Uniform(1, 6), Unit, Normal(40, 15) and Weighted draws of (42, patient, 1)");
    EntityRng family(11, Stream::kFamily, 1);
    const int64_t f1 = family.Uniform(0, 0xFFFFFFFFLL), f2 = family.Uniform(0, 0xFFFFFFFFLL), f3 = family.Uniform(0, 0xFFFFFFFFLL);
    Check(f1 == 992549131 && f2 == 2110000712 && f3 == 3753394072, "pinned: first three engine words of (11, family, 1)");
}

// Pinned values derived from the engines: families cut from a block, a family's join date, a
// person's name and birth date. The arguments are the golden generation's
// (test/golden/generation.psql), so its patient table shows the same families (Guarantor), names
// and birth dates; its DateFirstVisit is the first visit booked from the join date, days later.
void TestPinnedStories() {
    GenerationParams params;
    params.patients = 800;
    params.seed = 11;
    params.start_date = MakeDate(2022, 1, 1);
    params.as_of = At(MakeDate(2024, 7, 1), 14, 30);
    auto shapes = [&](int64_t pat_num) {
        std::string text;
        for (const FamilyShape& shape : FamiliesOfBlock(params, pat_num))
            text += std::to_string(shape.head) + "+" + std::to_string(shape.size) + " ";
        return text;
    };
    Check(shapes(1) == "1+1 2+4 6+3 " && shapes(9) == "9+3 12+2 14+2 16+1 ",
          "pinned: the families of the first two blocks of 8 patients (head+size)");
    const Practice practice = BuildPractice(params);
    const FamilyChoices choices = MakeFamilyChoices(practice);
    const FamilyStory first = BuildFamily(practice, choices, FamilyOf(params, 1));
    const PersonStory theo = BuildPerson(practice, first, 1);
    Check(first.join == MakeDate(2022, 3, 30) && theo.birthdate == MakeDate(1990, 5, 8) && theo.first_name == "Theo" &&
              first.last_name == "Fox",
          "pinned: patient 1 is Theo Fox, born 1990-05-08, whose family joins on 2022-03-30");
    const FamilyStory hughes = BuildFamily(practice, choices, FamilyOf(params, 3));
    const PersonStory delia = BuildPerson(practice, hughes, 3);
    Check(hughes.shape.head == 2 && hughes.shape.size == 4 && hughes.join == MakeDate(2023, 4, 19) &&
              delia.birthdate == MakeDate(1982, 1, 19) && delia.first_name == "Delia" && hughes.last_name == "Hughes",
          "pinned: patient 3 is Delia Hughes, born 1982-01-19, of the family of 4 headed by patient 2, which joins on 2023-04-19");
}

void TestCalendar() {
    Check(MakeDate(1970, 1, 1).days == 0 && MakeDate(2000, 1, 1).days == 10957, "day numbers count from 1970-01-01");
    Check(DayOfWeek(MakeDate(2023, 1, 1)) == 0 && DayOfWeek(MakeDate(2024, 2, 29)) == 4,
          "DayOfWeek: 2023-01-01 Sunday, 2024-02-29 Thursday");
    Check(AddMonths(MakeDate(2024, 1, 31), 1) == MakeDate(2024, 2, 29) && AddMonths(MakeDate(2023, 1, 31), 1) == MakeDate(2023, 2, 28),
          "AddMonths clamps to the month's length");
    Check(AddMonths(MakeDate(2023, 11, 15), 3) == MakeDate(2024, 2, 15) && AddMonths(MakeDate(2024, 3, 15), -6) == MakeDate(2023, 9, 15),
          "AddMonths crosses years both ways");
    bool round_trip = true;
    for (int d = MakeDate(1899, 12, 1).days; d < MakeDate(2101, 1, 1).days; ++d) {
        const CivilDate civil = ToCivil(Date{d});
        round_trip = round_trip && MakeDate(civil.year, civil.month, civil.day).days == d;
    }
    Check(round_trip, "civil dates round-trip over two centuries");
    Check(ToIsoString(kZeroDate) == "0001-01-01", "OpenDental's zero date is 0001-01-01");
    Check(DateOf(At(MakeDate(2024, 5, 6), 23, 59, 59)) == MakeDate(2024, 5, 6), "DateOf keeps the day of a late timestamp");
}

void TestRowsAndSchema() {
    Check(kTableCount == 95, "the contract has 95 tables");
    const TableInfo* fee = FindTable("fee");
    Check(fee != nullptr && fee->column_count == col::fee::kCount && std::string(fee->columns[col::fee::Amount].name) == "Amount",
          "column constants match the table description");
    Check(FormatTypeName(InfoOf(TableId::carrier).columns[col::carrier::CarrierName]) == "character varying(255)",
          "types are spelled as format_type() spells them");
    Row row(TableId::fee);
    Check(row[col::fee::SecDateEntry].integer == kZeroDate.days && !row[col::fee::Amount].is_null,
          "a new row holds OpenDental's empty values, not NULLs");
    row.SetCents(col::fee::Amount, 12345);
    Check(row[col::fee::Amount].real == 123.45, "SetCents writes dollars");
    Check(Throws([&] { row.Set(col::fee::Amount, "text"); }, ErrorKind::kInternal), "a value of the wrong type is an internal error");
    Check(Throws([&] { row.SetNull(col::fee::FeeNum); }, ErrorKind::kInternal), "NULL into a NOT NULL column is an internal error");
    Check(Throws([&] { row.Set(col::fee::OldCode, std::string(16, 'x')); }, ErrorKind::kInternal),
          "text longer than varchar(n) is refused");
    const std::string ddl = CreateTableSql(*fee, "\"raw\"");
    Check(ddl.find("\"FeeNum\" bigint NOT NULL") != std::string::npos && ddl.find("PRIMARY KEY (\"FeeNum\")") != std::string::npos,
          "CREATE TABLE carries types, NOT NULL and the primary key");
}

void TestParameters() {
    GenerationParams params;
    Check(Throws([&] { ValidateParams(params); }, ErrorKind::kInvalidParameter), "a call without a cut is refused (the core has no clock)");
    params.as_of = At(MakeDate(2025, 1, 1), 0);
    Check(!Throws([&] { ValidateParams(params); }, ErrorKind::kInvalidParameter), "the defaults with a cut are valid");
    Check(
        params.patients == 5000 && params.seed == 42 && params.start_date == MakeDate(2023, 1, 1) && params.part == 1 && params.parts == 1,
        "the core's defaults are the SQL functions' (schema/arguments.tsv)");
    params.patients = 0;
    Check(Throws([&] { ValidateParams(params); }, ErrorKind::kInvalidParameter), "patients = 0 is refused");
    params.patients = kMaxPatients + 1;
    Check(Throws([&] { ValidateParams(params); }, ErrorKind::kInvalidParameter), "patients above the maximum are refused");
    params = GenerationParams{};
    params.start_date = MakeDate(2025, 1, 2);
    params.as_of = At(MakeDate(2025, 1, 1), 23, 59, 59);
    Check(Throws([&] { ValidateParams(params); }, ErrorKind::kInvalidParameter), "start_date after as_of is refused");
    params.as_of = At(MakeDate(2025, 1, 2), 0);
    Check(!Throws([&] { ValidateParams(params); }, ErrorKind::kInvalidParameter), "as_of at the very start of start_date is valid");
    params.start_date = MakeDate(1980, 1, 1);
    Check(Throws([&] { ValidateParams(params); }, ErrorKind::kInvalidParameter), "start_date before 1990 is refused");
}

// The key plan: within a value space no two tables' ranges meet in any period; every key of a
// supported call fits a 32-bit integer; a call that cannot fit is refused up front; a cell past
// its quota is an error, never a wrap into the next cell.
void TestKeyPlan() {
    const int64_t rosters[] = {1, 64, 65, 5000, 1'000'000};
    bool disjoint = true;
    for (const int64_t patients : rosters) {
        const KeyPlan plan(patients);
        for (const KeyedTable& a : KeyedTables())
            for (const KeyedTable& b : KeyedTables())
                for (int64_t pa = 0; pa < 10; ++pa)
                    for (int64_t pb = 0; pb < 10; ++pb) {
                        if (a.space != b.space || (a.table == b.table && pa == pb)) continue;
                        if (plan.FirstKey(a, pa) <= plan.LastKey(b, pb) && plan.FirstKey(b, pb) <= plan.LastKey(a, pa)) disjoint = false;
                    }
    }
    Check(disjoint, "no two (table, period) key ranges of one value space overlap");
    const KeyedTable& payment = *FindKeyedTable(TableId::payment);
    const KeyedTable& check = *FindKeyedTable(TableId::claimpayment);
    Check(payment.space == check.space, "payment and claimpayment share a value space, so their keys never coincide");
    Check(LargestPlannedKey(1'000'000, 10) <= kLargestKey, "1,000,000 patients over a 10-year history fit 32-bit keys");
    GenerationParams params;
    params.patients = 1'000'000;
    params.start_date = MakeDate(2016, 7, 1);
    params.as_of = At(MakeDate(2026, 7, 1), 0);  // exactly ten years: ten key periods of 366 days
    Check(!Throws([&] { ValidateParams(params); }, ErrorKind::kInvalidParameter), "a 10-year history of 1,000,000 patients is accepted");
    params.as_of = At(MakeDate(2030, 7, 1), 0);
    Check(Throws([&] { ValidateParams(params); }, ErrorKind::kInvalidParameter),
          "a 14-year history of 1,000,000 patients is refused up front");
    params.patients = kMaxPatients;
    params.as_of = At(MakeDate(2026, 6, 30), 0);
    Check(kMaxPatients == 1'000'000 && !Throws([&] { ValidateParams(params); }, ErrorKind::kInvalidParameter),
          "the largest supported roster, 1,000,000 patients, fits a ten-year history");
    params.patients = 300'000;
    params.start_date = MakeDate(1990, 1, 1);
    params.as_of = At(MakeDate(2029, 12, 31), 0);
    Check(Throws([&] { ValidateParams(params); }, ErrorKind::kInvalidParameter), "300,000 patients over forty years are refused up front");
    const KeyPlan plan(5000);
    const KeyedTable& appointment = *FindKeyedTable(TableId::appointment);
    Check(plan.Key(appointment, 0, 0, 0) == 1, "the first key of a table alone in its space is 1");
    Check(plan.Key(appointment, 0, 1, 0) == 1 + appointment.quota &&
              plan.Key(appointment, 1, 0, 0) == 1 + plan.Blocks(KeyBlock::kCohort) * appointment.quota,
          "cells follow block by block, period by period");
    Check(Throws([&] { plan.Key(appointment, 0, 0, appointment.quota); }, ErrorKind::kProgramLimit), "a rank past the quota is an error");
    Check(KeyPeriodOf(MakeDate(2016, 1, 1), MakeDate(2016, 1, 1)) == 0 && KeyPeriodOf(MakeDate(2016, 1, 1), MakeDate(2017, 1, 1)) == 1 &&
              KeyPeriodOf(MakeDate(2016, 1, 1), MakeDate(2016, 12, 31)) == 0 &&
              KeyPeriodOf(MakeDate(2016, 1, 1), MakeDate(2015, 6, 1)) == 0,
          "key periods are 366 days from start_date");
}

void TestFloat8Cents() {
    const int64_t tenth_and_fifth[] = {10, 20};
    Check(!Float8SumExact(tenth_and_fifth), "$0.10 + $0.20 is not $0.30 in float8");
    const int64_t halves[] = {705, 705};
    Check(Float8SumExact(halves), "$7.05 + $7.05 is exactly $14.10 in float8");
    const int64_t dollars[] = {15000, 7500, 2500};
    Check(Float8SumExact(dollars), "whole dollars add up exactly");
    // 0.01 + 0.01 + 0.04 is exact, 0.01 + 0.04 + 0.01 is not: every order is checked.
    const int64_t one_order[] = {1, 1, 4};
    Check(!Float8SumExact(one_order), "a sum exact in one order only is not exact");
    const int64_t four[] = {100, 100, 100, 100};
    Check(!Float8SumExact(four), "more than three parts are refused");
}

void TestCut() {
    GenerationParams params;
    const Date day = MakeDate(2024, 3, 1);
    params.as_of = At(day, 10, 30);
    Check(params.Happened(At(day, 10, 30)) && !params.Happened(AddSeconds(At(day, 10, 30), 1)),
          "a stamp happens at its moment, not before");
    params.as_of = At(day, 0);
    Check(params.Happened(At(day, 0)) && !params.Happened(At(day, 7, 30)) && params.Happened(At(day - 1, 17, 30)),
          "a date cut is the start of its day: nothing of that day has happened, the day before has");
    Check(params.NoLaterThanCut(At(day, 7, 30)) == At(day, 0) && params.NoLaterThanCut(At(day - 1, 7, 30)) == At(day - 1, 7, 30),
          "NoLaterThanCut caps at the cut");
    Check(AsOfText(params) == "2024-03-01", "a cut at midnight reads as its date");
    params.as_of = AddSeconds(At(day, 10, 30), 5);
    Check(AsOfText(params) == "2024-03-01 10:30:05", "a cut during the day reads as date and time");
    params.as_of = Timestamp{At(day, 10, 30).micros + 250};
    Check(AsOfText(params) == "2024-03-01 10:30:00.000250", "fractions of a second are kept");
    params.as_of = At(MakeDate(2099, 12, 31), 23, 59, 59);
    params.start_date = MakeDate(2070, 1, 1);
    Check(!Throws([&] { ValidateParams(params); }, ErrorKind::kInvalidParameter), "the last second of 2099 is a valid cut");
    params.as_of = At(MakeDate(2100, 1, 1), 0);
    Check(Throws([&] { ValidateParams(params); }, ErrorKind::kInvalidParameter), "a cut in 2100 is refused");
}

// The producer registry: a module's sink passes its own tables on and refuses any other; every
// file the registry names exists, claims its line (ThisFilesProducer) and names each table the line
// gives it; a whole generation runs with every module writing through its line.
class CountingSink : public RowSink {
public:
    bool Wants(TableId) const override { return true; }
    void Write(const Row& row) override { ++rows[static_cast<size_t>(row.table())]; }
    std::array<int64_t, kTableCount> rows{};
};

// The repository's root as the compiler spelled this file's path ("" when compiled from the root
// by a relative path, as the Makefile does).
std::string RepositoryRoot() {
    const std::string file = __FILE__;
    return file.substr(0, file.rfind("test/core/core_unit_test.cpp"));
}

// Whether `source` names TableId::<table> (not merely a longer name that starts with it).
bool NamesTable(const std::string& source, const std::string& table) {
    const std::string name = "TableId::" + table;
    for (size_t at = source.find(name); at != std::string::npos; at = source.find(name, at + 1)) {
        const size_t end = at + name.size();
        if (end == source.size() || !(std::isalnum(static_cast<unsigned char>(source[end])) || source[end] == '_')) return true;
    }
    return false;
}

void TestProducerRegistry() {
    const Producer* fee_writer = nullptr;
    for (const Producer& p : kProducers)
        if (p.tables.Has(TableId::fee)) fee_writer = &p;
    Check(fee_writer != nullptr && fee_writer->path == "src/core/practice/fees.cpp" && !fee_writer->tables.Has(TableId::claim),
          "the registry gives fee to practice/fees.cpp, and not claim");
    CountingSink counting;
    ProducerSink sink(counting, *fee_writer);
    sink.Write(Row(TableId::fee));
    Check(counting.rows[static_cast<size_t>(TableId::fee)] == 1, "a module's sink passes a row of its own table on");
    Check(Throws([&] { sink.Write(Row(TableId::claim)); }, ErrorKind::kInternal) && counting.rows[static_cast<size_t>(TableId::claim)] == 0,
          "a module's sink refuses a row of a table the registry does not give it");
    Check(sink.Wants(TableId::claim) && sink.WantsAny(), "a module's sink wants what the sink wants, so a missing line fails loudly");

    bool files_claim = true;
    for (const Producer& p : kProducers) {
        std::ifstream in(RepositoryRoot() + std::string(p.path));
        std::stringstream text;
        text << in.rdbuf();
        const std::string source = text.str();
        bool ok = in.good() && source.find("ThisFilesProducer()") != std::string::npos;
        for (int t = 0; t < kTableCount; ++t)
            if (p.tables.Has(static_cast<TableId>(t))) ok = ok && NamesTable(source, kTables[t].name);
        if (!ok)
            std::printf("# %s: missing, not claiming its line of schema/producers.tsv, or not naming a table the line gives it\n",
                        std::string(p.path).c_str());
        files_claim = files_claim && ok;
    }
    Check(files_claim, "every file schema/producers.tsv names exists, claims its line and names each of its tables");

    GenerationParams params;
    params.patients = 800;
    params.seed = 3;
    params.start_date = MakeDate(2023, 1, 1);
    params.as_of = At(MakeDate(2025, 6, 30), 0);
    CountingSink all;
    std::string failure;
    try {
        Generate(params, all);
    } catch (const Error& error) {
        failure = error.what();
        std::printf("# %s\n", failure.c_str());
    }
    Check(failure.empty() && all.rows[static_cast<size_t>(TableId::commlog)] > 0,
          "a whole generation runs with every module writing only the tables its line gives it");
}

// Progress: the patients' stage reports the part's patient numbers done, after their rows, on one
// thread and through the worker thread's hand-off alike: the count only grows, ends at the part's
// size, and no row comes after it has reached it.
class ProgressSink : public RowSink {
public:
    bool Wants(TableId) const override { return true; }
    void Write(const Row&) override {
        ++rows;
        if (done == part_size) ++rows_after_end;
    }
    void PatientsWritten(int64_t patients) override {
        grows = grows && patients > done;
        done = patients;
        ++reports;
    }
    int64_t part_size = 0;
    int64_t rows = 0;
    int64_t rows_after_end = 0;
    int64_t done = 0;
    int64_t reports = 0;
    bool grows = true;
};

void TestProgress() {
    GenerationParams params;
    params.patients = 300;
    params.seed = 5;
    params.start_date = MakeDate(2023, 1, 1);
    params.as_of = At(MakeDate(2025, 6, 30), 0);
    params.part = 2;
    params.parts = 3;
    const PatientRange range = PartRange(params);
    const int64_t part_size = range.last - range.first + 1;
    for (const bool worker : {false, true}) {
        ProgressSink sink;
        sink.part_size = part_size;
        if (worker)
            GenerateInBackground(params, sink);
        else
            Generate(params, sink);
        const std::string how = worker ? " (worker thread)" : " (one thread)";
        Check(sink.grows && sink.reports >= 2, "the patients done are reported more than once and only grow" + how);
        Check(part_size > 0 && sink.done == part_size && sink.rows > 0 && sink.rows_after_end == 0,
              "the count ends at the part's size, after the last row" + how);
    }
}

}  // namespace dentsynth::core::test

int main() {
    namespace t = dentsynth::core::test;
    t::TestRandomness();
    t::TestPinnedDraws();
    t::TestPinnedStories();
    t::TestCalendar();
    t::TestRowsAndSchema();
    t::TestParameters();
    t::TestKeyPlan();
    t::TestFloat8Cents();
    t::TestCut();
    t::TestProducerRegistry();
    t::TestProgress();
    std::printf("1..%d\n", t::test_count);
    return t::failures == 0 ? 0 : 1;
}
