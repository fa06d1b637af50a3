// The dental office's prescriptions for one patient (rxpat): antibiotic premedication before
// visits for premedicated patients, and occasional courses of antibiotics, analgesics, a
// chlorhexidine rinse or prescription fluoride. Home medications (blood pressure pills, statins)
// are not the dentist's prescriptions and do not belong here.
// Vocabulary: a "kind" is one of those purposes; each draws from its own sub-stream of
// Stream::kPrescription in 30-day periods after the first visit, in time order, so stopping at
// as_of never changes an earlier period's prescriptions. Controlled drugs (hydrocodone, the
// sedatives) need a procedure (IsProcRequired) and are left to the treatment stage.
#include <algorithm>
#include <iterator>
#include <span>
#include <vector>

#include "core/clinical/medical_history_parts.hpp"
#include "core/practice/health_list_ids.hpp"
#include "core/practice/prescription_catalog.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core::medical {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

// The template of rxdef `rx_def_num` (rxdef rows are numbered from 1 in kRxDefs' order).
const RxSpec& TemplateOf(int64_t rx_def_num) {
    constexpr int64_t kCount = static_cast<int64_t>(sizeof kRxDefs / sizeof kRxDefs[0]);
    return kRxDefs[rx_def_num >= 1 && rx_def_num <= kCount ? rx_def_num - 1 : 0];
}

enum Kind : uint64_t { kPremed = 1, kAntibiotic = 2, kAnalgesic = 3, kRinse = 4, kFluoride = 5 };

// Yearly chances of a course (see docs/BUSINESS_LOGIC.md ("Medical history")): dentists write about 0.1 antibiotic
// courses per patient-year in US data; analgesics somewhat fewer (most advice is over-the-counter).
constexpr double kAntibioticYearlyAdult = 0.06;
constexpr double kAntibioticYearlyChild = 0.03;
constexpr double kAnalgesicYearly = 0.05;  // ages 16+
constexpr double kRinseYearly = 0.03;  // adults (gingivitis, after scaling and root planing)
constexpr double kFluorideYearlyTeen = 0.04;  // ages 12-17: high caries risk, orthodontic brackets
constexpr double kFluorideYearlyOther = 0.02;  // ages 6-11 and adults
constexpr int kPeriodDays = 30;
// Premedication is written for each recall visit, about every six months.
constexpr int kPremedMinDays = 170;
constexpr int kPremedMaxDays = 200;

// Antibiotic choice (rxdef ids and weights): amoxicillin first line; clindamycin, azithromycin or
// metronidazole for penicillin-allergic patients.
constexpr int64_t kAntibiotics[] = {rxdef::kAmoxicillin, rxdef::kPenicillinVk, rxdef::kClindamycin, rxdef::kAzithromycin,
                                    rxdef::kMetronidazole};
constexpr double kAntibioticWeights[] = {55, 15, 10, 8, 12};
constexpr double kAntibioticWeightsAllergic[] = {0, 0, 50, 30, 20};
constexpr int64_t kAnalgesics[] = {rxdef::kIbuprofen800, rxdef::kIbuprofen600, rxdef::kNaproxen};
constexpr double kAnalgesicWeights[] = {45, 35, 20};

// OpenDental RxSendStatus: 3 printed, 4 faxed, 5 called in.
constexpr int kSendStatuses[] = {3, 4, 5};
constexpr double kSendStatusWeights[] = {60, 15, 25};
constexpr double kHomePharmacyShare = 0.85;

struct RxEvent {
    Timestamp stamp;
    uint64_t kind;
    int64_t rx_def_num;
    int64_t pharmacy;
    int send_status;
};

// The entity number of one kind's engine for patient `pat_num`.
uint64_t SubStream(int64_t pat_num, uint64_t kind) { return static_cast<uint64_t>(pat_num) | (kind << 48); }

// Whether an allergy of the listed kinds was on file by `t`.
bool AllergicAt(const MedicalStory& story, Timestamp t, bool penicillin_class) {
    for (const Allergy& a : story.allergies) {
        if (a.entered > t) continue;
        const int64_t d = a.allergy_def_num;
        if (penicillin_class ? (d == allergydef::kPenicillin || d == allergydef::kAmoxicillin || d == allergydef::kCephalosporins)
                             : (d == allergydef::kAspirin || d == allergydef::kNsaids))
            return true;
    }
    return false;
}

// Draws one patient's prescriptions up to as_of, in entry order.
class RxDrawer {
public:
    RxDrawer(const PatientContext& patient, const MedicalStory& story) : patient_(patient), story_(story) {
        EntityRng rng(patient.practice.params.seed, Stream::kPrescription, SubStream(patient.person.pat_num, 0));
        const int64_t count = patient.practice.pharmacy_count;
        home_pharmacy_ = count > 0 ? rng.Uniform(1, count) : 0;
        // The last day a prescription may be drawn: the story's end, or the cut's day (those drawn for
        // it still show only once their stamp has happened, below).
        last_ = std::min(story.end - 1, patient.practice.params.CutDay());
    }

    std::vector<RxEvent> Draw() {
        DrawPremedication();
        DrawCourses(kAntibiotic);
        DrawCourses(kAnalgesic);
        DrawCourses(kRinse);
        DrawCourses(kFluoride);
        std::erase_if(events_, [&](const RxEvent& e) { return !patient_.Happened(e.stamp) || DateOf(e.stamp) >= story_.end; });
        std::sort(events_.begin(), events_.end(),
                  [](const RxEvent& a, const RxEvent& b) { return a.stamp != b.stamp ? a.stamp < b.stamp : a.kind < b.kind; });
        return std::move(events_);
    }

private:
    // Adds one prescription, drawing its pharmacy and how it was sent.
    void Add(EntityRng& rng, uint64_t kind, int64_t rx_def_num, Timestamp stamp) {
        const int64_t count = patient_.practice.pharmacy_count;
        const bool home = rng.Chance(kHomePharmacyShare);
        const int64_t other = count > 0 ? rng.Uniform(1, count) : 0;
        const int send_status = kSendStatuses[rng.Weighted(kSendStatusWeights)];
        events_.push_back({stamp, kind, rx_def_num, home ? home_pharmacy_ : other, send_status});
    }

    // Premedication before every visit of a premedicated patient.
    void DrawPremedication() {
        if (!patient_.person.premed) return;
        EntityRng rng(patient_.practice.params.seed, Stream::kPrescription, SubStream(patient_.person.pat_num, kPremed));
        // The first one at intake, then one for each recall visit.
        Date day = patient_.family.join;
        Timestamp stamp = AddMinutes(story_.intake, 5);
        while (day <= last_) {
            const int64_t rx = AllergicAt(story_, stamp, true) ? rxdef::kClindamycinPremed : rxdef::kAmoxicillinPremed;
            Add(rng, kPremed, rx, stamp);
            day = NextOfficeDay(patient_, day + static_cast<int>(rng.Uniform(kPremedMinDays, kPremedMaxDays)));
            stamp = OfficeHoursStamp(rng, day);
        }
    }

    // The yearly chance of a course of `kind` at `age`.
    double YearlyRate(uint64_t kind, int age) const {
        switch (kind) {
            case kAntibiotic:
                return age >= 18 ? kAntibioticYearlyAdult : kAntibioticYearlyChild;
            case kAnalgesic:
                return age >= 16 ? kAnalgesicYearly : 0.0;
            case kRinse:
                return age >= 18 ? kRinseYearly : 0.0;
            case kFluoride:
                return age < 6 ? 0.0 : age < 12 ? kFluorideYearlyOther : age < 18 ? kFluorideYearlyTeen : kFluorideYearlyOther;
            default:
                return 0.0;
        }
    }

    // Courses of one kind, period by period after the first visit.
    void DrawCourses(uint64_t kind) {
        EntityRng rng(patient_.practice.params.seed, Stream::kPrescription, SubStream(patient_.person.pat_num, kind));
        for (Date start = patient_.family.join + 1; start <= last_; start = start + kPeriodDays) {
            const int age = AgeAt(patient_.person.birthdate, start);
            if (!rng.Chance(YearlyRate(kind, age) * kPeriodDays / 365.0)) continue;
            const Date day = NextOfficeDay(patient_, start + static_cast<int>(rng.Uniform(0, kPeriodDays - 1)));
            const Timestamp stamp = OfficeHoursStamp(rng, day);
            const int pick_antibiotic = rng.Weighted(AllergicAt(story_, stamp, true) ? std::span<const double>(kAntibioticWeightsAllergic)
                                                                                     : std::span<const double>(kAntibioticWeights));
            const int pick_analgesic = rng.Weighted(kAnalgesicWeights);
            switch (kind) {
                case kAntibiotic:
                    Add(rng, kind, kAntibiotics[pick_antibiotic], stamp);
                    break;
                case kAnalgesic:
                    if (!AllergicAt(story_, stamp, false)) Add(rng, kind, kAnalgesics[pick_analgesic], stamp);
                    break;
                case kRinse: {
                    const bool allergic = std::any_of(story_.allergies.begin(), story_.allergies.end(), [&](const Allergy& a) {
                        return a.allergy_def_num == allergydef::kChlorhexidine && a.entered <= stamp;
                    });
                    if (!allergic) Add(rng, kind, rxdef::kChlorhexidineRinse, stamp);
                    break;
                }
                case kFluoride:
                    Add(rng, kind, rxdef::kFluorideCream, stamp);
                    break;
                default:
                    break;
            }
        }
    }

    const PatientContext& patient_;
    const MedicalStory& story_;
    int64_t home_pharmacy_ = 0;
    Date last_;
    std::vector<RxEvent> events_;
};

// The login of the prescribing dentist (userod.ProvNum), or 0 when the dentist has none.
int64_t UserOfProvider(const Practice& practice, int64_t prov_num) {
    for (const UserInfo& user : practice.users)
        if (user.prov_num == prov_num) return user.user_num;
    return 0;
}

}  // namespace

bool WantsPrescriptions(const RowSink& sink) { return WantsAny(sink, kProducer); }

void EmitPrescriptions(const PatientContext& patient, const MedicalStory& story, RowSink& out) {
    ProducerSink sink(out, kProducer);
    if (!sink.WantsAny()) return;
    const std::vector<RxEvent> events = RxDrawer(patient, story).Draw();
    if (events.empty()) return;
    namespace c = col::rxpat;
    const int64_t user = UserOfProvider(patient.practice, patient.family.dentist);
    Row row(TableId::rxpat);
    int64_t local = 0;
    for (const RxEvent& e : events) {
        const RxSpec& t = TemplateOf(e.rx_def_num);
        row.Reset();
        row.Set(c::RxNum, PatientKey(patient.person.pat_num, ++local))
            .Set(c::PatNum, patient.person.pat_num)
            .SetEntered(e.stamp)
            .Set(c::RxDate, DateOf(e.stamp))
            .Set(c::Drug, t.drug)
            .Set(c::Sig, t.sig)
            .Set(c::Disp, t.disp)
            .Set(c::Refills, t.refills)
            .Set(c::ProvNum, patient.family.dentist)
            .Set(c::Notes, t.notes)
            .Set(c::PharmacyNum, e.pharmacy)
            .Set(c::IsControlled, false)
            .Set(c::DateTStamp, e.stamp)
            .Set(c::SendStatus, e.send_status)
            .Set(c::RxCui, t.rx_cui)
            .Set(c::DosageCode, "")
            .Set(c::ErxGuid, "")
            .Set(c::IsErxOld, false)
            .Set(c::ErxPharmacyInfo, "")
            .Set(c::IsProcRequired, false)
            .Set(c::ProcNum, int64_t{0})
            .Set(c::DaysOfSupply, 0.0)
            .Set(c::PatientInstruction, t.instruction)
            .Set(c::ClinicNum, int64_t{0})
            .Set(c::UserNum, user)
            .Set(c::RxType, false);
        sink.Write(row);
    }
}

}  // namespace dentsynth::core::medical
