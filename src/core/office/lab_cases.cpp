// Dental laboratory cases (labcase): one per crown (D2740) the patient has booked. The case is
// created when the crown appointment is booked, sent to the lab the next working day, comes back
// a few days before the appointment and is checked the day before it. When the appointment is
// missed or cancelled and rebooked, the case follows the new appointment (an edit).
// Vocabulary: the case's "chain" is every appointment that carried the crown, in booking order;
// the first one sets the lab's schedule (the planned appointment holding the crown, status 6, is
// PlannedAptNum, not part of the chain). LabCaseNum is the crown's ProcNum (both are
// PatientKey(pat, procedure local), unique per patient and procedure).
// Rates and their sources: docs/BUSINESS_LOGIC.md ("Clinical records").
#include <algorithm>
#include <string>
#include <vector>

#include "core/office/lab_cases.hpp"
#include "core/patients/roster.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

constexpr int kSendHour = 15;  // the lab's courier picks up in the afternoon
constexpr int kMinLabDays = 2;  // the lab needs at least two days
constexpr int kReturnDaysMin = 2;  // the crown comes back 2-10 days before the appointment
constexpr int kReturnDaysMax = 10;
// Domestic lab fees for a full-contour zirconia or PFM crown run about $120-$350 (lab price lists).
constexpr int64_t kLabFeeMinCents = 12000;
constexpr int64_t kLabFeeMaxCents = 32000;
// Most offices send nearly all crowns to one lab and a few to a second one.
constexpr double kLabWeights[] = {0.6, 0.25, 0.1, 0.05, 0.05};

constexpr const char* kMaterials[] = {"Full-contour zirconia crown", "Layered zirconia crown", "PFM crown, high noble",
                                      "Lithium disilicate crown", "Full gold crown"};
constexpr double kMaterialWeights[] = {0.45, 0.15, 0.2, 0.15, 0.05};
constexpr const char* kShades[] = {"A1", "A2", "A3", "A3.5", "B1", "B2", "C2", "D2"};
constexpr const char* kExtras[] = {
    "", "", "Light occlusal contact.", "Please call with any questions on the margin.", "Match adjacent crown.", "Rush if possible."};

// The weekday after `day` (Monday after a Friday or a weekend).
Date NextWeekday(Date day) {
    Date next = day + 1;
    while (DayOfWeek(next) == 0 || DayOfWeek(next) == 6) next = next + 1;
    return next;
}

// The weekday before `day`.
Date PreviousWeekday(Date day) {
    Date previous = day - 1;
    while (DayOfWeek(previous) == 0 || DayOfWeek(previous) == 6) previous = previous - 1;
    return previous;
}

template <typename T, size_t N>
const T& PickFrom(EntityRng& rng, const T (&items)[N]) {
    return items[static_cast<size_t>(rng.Uniform(0, static_cast<int64_t>(N) - 1))];
}

}  // namespace

void EmitLabCases(const PatientContext& patient, const PatientLife& life, RowSink& out) {
    ProducerSink sink(out, kProducer);
    if (!sink.WantsAny()) return;
    namespace c = col::labcase;
    const Practice& practice = patient.practice;
    const int64_t lab_count = std::max<int64_t>(1, practice.laboratory_count);
    EntityRng lab_rng(practice.params.seed, Stream::kPatientLab, static_cast<uint64_t>(life.pat_num));
    const int64_t laboratory =
        1 + lab_rng.Weighted(std::span<const double>(kLabWeights, static_cast<size_t>(std::min<int64_t>(lab_count, 5))));
    Row row(TableId::labcase);
    std::vector<const AppointmentStory*> chain;
    for (const ProcedureStory& p : life.procedures) {
        if (p.code->code != "D2740" || p.initial_status != kProcTreatPlanned) continue;
        chain.clear();
        for (const AppointmentStory& apt : life.appointments)
            if (apt.outcome != Outcome::kPlanned &&
                std::find(apt.proc_nums.begin(), apt.proc_nums.end(), p.proc_num) != apt.proc_nums.end())
                chain.push_back(&apt);
        if (chain.empty() || !patient.Happened(chain.front()->created)) continue;  // not booked (yet)
        const AppointmentStory& first = *chain.front();
        EntityRng rng(practice.params.seed, Stream::kLabCase, static_cast<uint64_t>(p.proc_num));
        // The lab's schedule, set by the first appointment.
        const Timestamp created = first.created;
        const Date apt_day = DateOf(first.slot.start);
        const Timestamp sent = At(NextWeekday(DateOf(created)), kSendHour, static_cast<int>(rng.Uniform(0, 45)));
        const Date back_day = std::clamp(apt_day - static_cast<int>(rng.Uniform(kReturnDaysMin, kReturnDaysMax)),
                                         DateOf(sent) + kMinLabDays, std::max(DateOf(sent) + kMinLabDays, apt_day - 1));
        const Timestamp received = At(back_day, static_cast<int>(rng.Uniform(10, 13)), static_cast<int>(rng.Uniform(0, 59)));
        const Timestamp checked =
            std::max(AddMinutes(received, 60), At(PreviousWeekday(apt_day), 16, static_cast<int>(rng.Uniform(0, 50))));
        const Timestamp due = std::max(created, At(PreviousWeekday(apt_day), 12, 0));
        const int64_t fee = rng.Uniform(kLabFeeMinCents / 500, kLabFeeMaxCents / 500) * 500;
        std::string instructions =
            std::string(kMaterials[rng.Weighted(kMaterialWeights)]) + " #" + p.tooth + ", shade " + PickFrom(rng, kShades) + ".";
        const std::string extra = PickFrom(rng, kExtras);
        if (!extra.empty()) instructions += " " + extra;
        std::string invoice;
        rng.Digits(6, invoice);
        // Where the case stands at as_of: the latest appointment booked for the crown, and the
        // lab's progress so far.
        const AppointmentStory* current = &first;
        Timestamp stamp = created;
        for (const AppointmentStory* apt : chain)
            if (patient.Happened(apt->created)) {
                current = apt;
                stamp = std::max(stamp, apt->created);
            }
        const bool was_sent = patient.Happened(sent);
        const bool was_received = patient.Happened(received);
        const bool was_checked = patient.Happened(checked);
        if (was_sent) stamp = std::max(stamp, sent);
        if (was_received) stamp = std::max(stamp, received);
        if (was_checked) stamp = std::max(stamp, checked);
        row.Reset();
        row.Set(c::LabCaseNum, p.proc_num)
            .Set(c::PatNum, life.pat_num)
            .Set(c::LaboratoryNum, laboratory)
            .Set(c::AptNum, current->apt_num)
            .Set(c::PlannedAptNum, patient.Happened(p.planned_at) ? p.planned_apt_num : int64_t{0})
            .Set(c::DateTimeDue, due)
            .Set(c::DateTimeCreated, created)
            .Set(c::DateTimeSent, was_sent ? sent : kZeroTimestamp)
            .Set(c::DateTimeRecd, was_received ? received : kZeroTimestamp)
            .Set(c::DateTimeChecked, was_checked ? checked : kZeroTimestamp)
            .Set(c::ProvNum, current->prov_num)
            .Set(c::Instructions, instructions)
            .SetCents(c::LabFee, fee)
            .Set(c::DateTStamp, stamp)
            .Set(c::InvoiceNum, was_received ? "INV-" + invoice : std::string());
        sink.Write(row);
    }
}

}  // namespace dentsynth::core
