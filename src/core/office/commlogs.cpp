// The communication log of one patient (commlog): what the office said to the patient and heard
// back, written when it happened. Automated messages (appointment reminders by text or email, Web
// Sched recall notices) carry CommSource ApptReminder (3) or WebSched (1); everything else is logged
// by a person (CommSource User, 0): the front desk for calls about visits and recall, billing for
// insurance and money, the office manager for unaccepted treatment, providers and assistants for
// post-op calls and clinical notes, and anyone at all for the odd general note.
// Vocabulary (OpenDental): Mode_ is CommItemMode (0 none, 1 email, 2 mail, 3 phone, 4 in person,
// 5 text); SentOrReceived 0 neither, 1 sent, 2 received; CommType a category-27 DefNum.
// Rates and their sources: docs/BUSINESS_LOGIC.md ("front-office records").
#include <algorithm>
#include <string>
#include <vector>

#include "core/office/commlogs.hpp"
#include "core/patients/roster.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/practice/office_records.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"
#include "core/visits/visit_tables.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

using namespace commlog;  // Mode_, SentOrReceived and CommSource codes

// ContactMethod values of person.prefer_confirm / prefer_recall.
constexpr int kContactEmail = 5;
constexpr int kContactText = 8;

// Rates (docs/BUSINESS_LOGIC.md ("front-office records")).
constexpr double kConfirmReplyChance = 0.70;  // texted patients who answer "C"
constexpr double kNoShowCallChance = 0.90;  // the front desk calls after a no-show
constexpr double kEligibilityCallChance = 0.35;  // new insured patients whose benefits are checked by phone
constexpr double kTermNoticeChance = 0.60;  // ended coverage noted on the chart
constexpr double kFinancialTalkChance = 0.50;  // large restorative visits with a money talk
constexpr int64_t kFinancialTalkCents = 50000;  // ... of at least $500
constexpr double kTreatmentFollowUpChance = 0.60;
constexpr double kPostOpCallChance = 0.80;
constexpr double kHygieneNoteChance = 0.12;
constexpr double kGeneralNoteChance = 0.07;
constexpr int kRecallLeadDays = 21;  // first recall notice three weeks before due
constexpr int kRecallOverdueDays = 30;  // a call when still unbooked a month past due

// Who logs what: logins grouped by the employee role behind them.
struct Logins {
    std::vector<int64_t> front_desk, billing, assistants, managers, everyone;
    int64_t automation = 0;
};

Logins LoginsOf(const Practice& practice) {
    Logins l;
    for (const UserInfo& user : practice.users) {
        l.everyone.push_back(user.user_num);
        for (const EmployeeInfo& e : practice.employees) {
            if (e.employee_num != user.employee_num || user.employee_num == 0) continue;
            if (e.role == "front desk")
                l.front_desk.push_back(user.user_num);
            else if (e.role == "billing")
                l.billing.push_back(user.user_num);
            else if (e.role == "assistant")
                l.assistants.push_back(user.user_num);
            else
                l.managers.push_back(user.user_num);
        }
    }
    // OpenDental's eConnector logs automated messages with no user (0); the downstream's
    // commlog->userod test does not exempt 0, so they go under the administrator's login.
    l.automation = practice.users.empty() ? 0 : practice.users.front().user_num;
    if (l.front_desk.empty()) l.front_desk.push_back(l.automation);
    if (l.billing.empty()) l.billing = l.front_desk;
    if (l.managers.empty()) l.managers = l.front_desk;
    if (l.assistants.empty()) l.assistants = l.front_desk;
    return l;
}

int64_t PickLogin(const std::vector<int64_t>& pool, EntityRng& rng) {
    return pool[static_cast<size_t>(rng.Uniform(0, static_cast<int64_t>(pool.size()) - 1))];
}

std::string Clock(Timestamp t) {
    const int64_t minutes = (t.micros / kMicrosPerMinute) % (24 * 60);
    const int hour = static_cast<int>(minutes / 60);
    const int minute = static_cast<int>(minutes % 60);
    std::string text = std::to_string(hour % 12 == 0 ? 12 : hour % 12) + ":" + (minute < 10 ? "0" : "") + std::to_string(minute);
    return text + (hour < 12 ? " AM" : " PM");
}

std::string DayText(Date d) {
    const CivilDate c = ToCivil(d);
    return std::to_string(c.month) + "/" + std::to_string(c.day) + "/" + std::to_string(c.year);
}

std::string VisitText(const AppointmentStory& apt) { return DayText(DateOf(apt.slot.start)) + " at " + Clock(apt.slot.start); }

bool HasCode(const PatientLife& life, const AppointmentStory& apt, std::initializer_list<const char*> codes) {
    for (const int64_t num : apt.proc_nums)
        for (const ProcedureStory& p : life.procedures)
            if (p.proc_num == num)
                for (const char* code : codes)
                    if (p.code->code == code) return true;
    return false;
}

int64_t FeesOf(const PatientLife& life, const AppointmentStory& apt) {
    int64_t cents = 0;
    for (const int64_t num : apt.proc_nums)
        for (const ProcedureStory& p : life.procedures)
            if (p.proc_num == num) cents += p.fee_cents;
    return cents;
}

class CommlogWriter {
public:
    CommlogWriter(const PatientContext& patient, const PatientLife& life, RowSink& sink)
        : patient_(patient), life_(life), sink_(sink), logins_(LoginsOf(patient.practice)), row_(TableId::commlog) {}

    void WriteAll() {
        NewPatientCall();
        InsuranceCalls();
        for (size_t i = 0; i < life_.appointments.size(); ++i) AppointmentCalls(i);
        RecallNotices();
        TreatmentFollowUps();
    }

private:
    EntityRng RngOf(int64_t local) const {
        return EntityRng(patient_.practice.params.seed, Stream::kCommlog, static_cast<uint64_t>(PatientKey(life_.pat_num, local)));
    }

    // Whether the family is still with the practice (and the patient alive) on `day`.
    bool Active(Date day) const {
        if (patient_.family.leave != kZeroDate && day >= patient_.family.leave) return false;
        return patient_.person.deceased == kZeroDate || day < patient_.person.deceased;
    }

    void Write(int64_t local, Timestamp when, int64_t type, int mode, int direction, int64_t user, int source, int minutes,
               const std::string& note) {
        if (!patient_.Happened(CommlogSaved(when, minutes)) || when < patient_.entry) return;
        FillCommlog(row_, PatientKey(life_.pat_num, local), life_.pat_num, when, type, mode, direction, user, source, minutes, note);
        sink_.Write(row_);
    }

    // The call that brought a new family in, logged on the head's chart while the front desk
    // enters the family and books the first visits.
    void NewPatientCall() {
        const FamilyStory& family = patient_.family;
        if (family.established || life_.pat_num != family.shape.head) return;
        EntityRng rng = RngOf(1);
        const int64_t members = family.shape.size;
        const std::string note =
            members > 1 ? "New patient call: family of " + std::to_string(members) + " scheduling first visits. Forms link sent."
                        : std::string("New patient call: scheduled first visit. Forms link sent.");
        Write(1, AddSeconds(patient_.entry, rng.Uniform(60, 240)), def::kCommApptRelated, kModePhone, kReceived, family.entry_user,
              kSourceUser, static_cast<int>(rng.Uniform(4, 10)), note);
    }

    // Benefits checked with the carrier after a new insured patient is entered, and coverage
    // that ends noted on the chart.
    void InsuranceCalls() {
        const FamilyStory& family = patient_.family;
        for (size_t s = 0; s < family.subscriptions.size() && s < 2; ++s) {
            const Subscription& sub = family.subscriptions[s];
            EntityRng rng = RngOf(2 + static_cast<int64_t>(s) * 2);
            const std::string carrier = CarrierName(sub.plan_num);
            const Date day = std::max(DateOf(patient_.entry) + 1, sub.effective);
            if (rng.Chance(kEligibilityCallChance) && Active(day))
                Write(2 + static_cast<int64_t>(s) * 2, At(day, 10, static_cast<int>(rng.Uniform(0, 59))), def::kCommInsuranceVerify,
                      kModePhone, kSent, PickLogin(logins_.billing, rng), kSourceUser, static_cast<int>(rng.Uniform(6, 20)),
                      "Called " + carrier + " to verify eligibility and benefits: active, frequencies and deductible noted.");
            if (sub.term != kZeroDate && rng.Chance(kTermNoticeChance) && Active(sub.term))
                Write(3 + static_cast<int64_t>(s) * 2, At(sub.term, 9, 45 + static_cast<int>(rng.Uniform(0, 14))), def::kCommInsurance,
                      kModePhone, kSent, PickLogin(logins_.billing, rng), kSourceUser, static_cast<int>(rng.Uniform(2, 6)),
                      carrier + " coverage ended. Asked the family for new insurance information.");
        }
    }

    std::string CarrierName(int64_t plan_num) const {
        const CarrierInfo* carrier = CarrierOfPlan(patient_.practice, plan_num);
        return carrier ? carrier->name : "the carrier";
    }

    void AppointmentCalls(size_t index) {
        const AppointmentStory& apt = life_.appointments[index];
        if (apt.outcome == Outcome::kPlanned) return;
        const AppointmentTimes t = TimesOf(apt, life_.pat_num);
        const int64_t base = 10 + 4 * static_cast<int64_t>(index);
        const PersonStory& person = patient_.person;
        if (t.confirmed != kZeroTimestamp) {
            EntityRng rng = RngOf(base);
            const bool confirmed = apt.outcome == Outcome::kKept && apt.confirmed == def::kConfirmConfirmed;
            if (person.prefer_confirm == kContactText) {
                Write(base, t.confirmed, def::kCommText, kModeText, kSent, logins_.automation, kSourceApptReminder, 0,
                      "Automated reminder text sent for appointment on " + VisitText(apt) + ".");
                if (confirmed && rng.Chance(kConfirmReplyChance))
                    Write(base + 1, AddMinutes(t.confirmed, rng.Uniform(3, 180)), def::kCommText, kModeText, kReceived, logins_.automation,
                          kSourceApptReminder, 0, "Patient replied C: appointment confirmed.");
            } else if (person.prefer_confirm == kContactEmail) {
                Write(base, t.confirmed, def::kCommEmail, kModeEmail, kSent, logins_.automation, kSourceApptReminder, 0,
                      "Automated reminder email sent for appointment on " + VisitText(apt) + ".");
                if (confirmed && rng.Chance(kConfirmReplyChance))
                    Write(base + 1, AddMinutes(t.confirmed, rng.Uniform(20, 300)), def::kCommEmail, kModeEmail, kReceived,
                          logins_.automation, kSourceApptReminder, 0, "Patient confirmed by email link.");
            } else {
                Write(base, t.confirmed, def::kCommApptRelated, kModePhone, kSent, PickLogin(logins_.front_desk, rng), kSourceUser,
                      static_cast<int>(rng.Uniform(1, 4)),
                      confirmed ? "Called to confirm appointment on " + VisitText(apt) + ": confirmed."
                                : "Called to confirm appointment on " + VisitText(apt) + ": left message.");
            }
        }
        EntityRng rng = RngOf(base + 2);
        if (apt.outcome == Outcome::kMissed && rng.Chance(kNoShowCallChance)) {
            Write(base + 2, AddMinutes(t.resolved, rng.Uniform(10, 90)), def::kCommApptRelated, kModePhone, kSent,
                  PickLogin(logins_.front_desk, rng), kSourceUser, static_cast<int>(rng.Uniform(1, 4)),
                  "No-show for " + VisitText(apt) + ". Left message to reschedule.");
        } else if (apt.outcome == Outcome::kUnscheduled) {
            // The patient's call is what moved the appointment: logged a few minutes before it was moved.
            const Timestamp called = std::max(AddMinutes(t.resolved, -rng.Uniform(1, 30)), apt.created);
            Write(base + 2, called, def::kCommApptRelated, kModePhone, kReceived, PickLogin(logins_.front_desk, rng), kSourceUser,
                  static_cast<int>(rng.Uniform(2, 5)), "Patient called to cancel " + VisitText(apt) + ". Moved to the unscheduled list.");
        }
        if (apt.outcome != Outcome::kKept) return;
        VisitNotes(index, apt, t);
    }

    // Notes around a kept visit: the money talk before big work, post-op calls, the hygienist's
    // home-care note, and the occasional general note by whoever dealt with the patient.
    void VisitNotes(size_t index, const AppointmentStory& apt, const AppointmentTimes& t) {
        const int64_t base = 10 + 4 * static_cast<int64_t>(index);
        const int64_t clinical = 50000 + 2 * static_cast<int64_t>(index);
        const Practice& practice = patient_.practice;
        if (apt.kind == VisitKind::kRestorative && FeesOf(life_, apt) >= kFinancialTalkCents) {
            EntityRng rng = RngOf(base + 3);
            if (rng.Chance(kFinancialTalkChance))
                Write(base + 3, AddMinutes(t.arrived, -static_cast<int64_t>(rng.Uniform(0, 5))), def::kCommFinancial, kModeInPerson,
                      kNeither, PickLogin(logins_.billing, rng), kSourceUser, static_cast<int>(rng.Uniform(5, 12)),
                      "Reviewed the estimate for today's treatment and the patient's portion; payment due at checkout.");
        }
        EntityRng rng = RngOf(clinical);
        const bool extraction = HasCode(life_, apt, {"D7140", "D7210"});
        const bool big = HasCode(life_, apt, {"D2740", "D3330", "D4341"});
        if ((apt.kind == VisitKind::kEmergency || extraction || big) && rng.Chance(kPostOpCallChance)) {
            const int64_t user = rng.Chance(0.5) ? ProviderUserNum(practice, apt.prov_num, PickLogin(logins_.assistants, rng))
                                                 : PickLogin(logins_.assistants, rng);
            const char* note = extraction ? "Post-op call after extraction: no excess bleeding, pain controlled. Reviewed aftercare."
                               : apt.kind == VisitKind::kEmergency ? "Follow-up call after emergency visit: pain improved."
                                                                   : "Post-op call: mild sensitivity only, patient doing well.";
            Write(clinical, At(DateOf(apt.slot.start) + 1, 16, static_cast<int>(rng.Uniform(0, 59))), def::kCommClinicalFollowUp,
                  kModePhone, kSent, user, kSourceUser, static_cast<int>(rng.Uniform(2, 6)), note);
        } else if (apt.slot.hygiene && apt.prov_hyg != 0 && rng.Chance(kHygieneNoteChance)) {
            Write(clinical, AddMinutes(t.dismissed, 2), def::kCommClinical, kModeInPerson, kNeither,
                  ProviderUserNum(practice, apt.prov_hyg, PickLogin(logins_.assistants, rng)), kSourceUser, 3,
                  "Reviewed home care with the patient: flossing technique, electric brush recommended.");
        }
        EntityRng general = RngOf(clinical + 1);
        if (general.Chance(kGeneralNoteChance)) {
            static constexpr const char* kNotes[] = {"Patient updated contact information at check-in.",
                                                     "Patient asked about whitening options; brochure given.",
                                                     "Patient asked for a copy of recent x-rays to be sent to their physician.",
                                                     "Patient requested morning appointments going forward.",
                                                     "Patient asked about the office's payment options.",
                                                     "Patient mentioned dental anxiety; noted for future visits."};
            const char* note = kNotes[general.Uniform(0, static_cast<int64_t>(std::size(kNotes)) - 1)];
            Write(clinical + 1, AddMinutes(t.dismissed, general.Uniform(1, 10)), def::kCommGeneral, kModeInPerson, kNeither,
                  PickLogin(logins_.everyone, general), kSourceUser, 2, note);
        }
    }

    // Recall notices: three weeks before a hygiene visit falls due when nothing is booked yet (by
    // the patient's preferred channel), then a phone call once it is a month overdue.
    void RecallNotices() {
        const std::vector<Date>& visits = life_.hygiene_visits;
        for (size_t h = 0; h < visits.size(); ++h) {
            const Date last = visits[h];
            const bool perio = life_.perio && life_.perio_since != kZeroDate && life_.perio_since <= last;
            const Date due = AddMonths(last, perio ? 3 : 6);
            const int64_t base = 20000 + 2 * static_cast<int64_t>(h);
            EntityRng rng = RngOf(base);
            const Timestamp notice = At(due - kRecallLeadDays, 9, static_cast<int>(rng.Uniform(0, 59)));
            const Timestamp call = At(due + kRecallOverdueDays, 14, static_cast<int>(rng.Uniform(0, 59)));
            if (BookedAfter(last, notice) || !Active(DateOf(notice))) continue;
            const int recall = patient_.person.prefer_recall;
            if (recall == kContactText)
                Write(base, notice, def::kCommRecall, kModeText, kSent, logins_.automation, kSourceWebSched, 0,
                      "Recall reminder text sent: cleaning due " + DayText(due) + ", with a link to book online.");
            else if (recall == kContactEmail)
                Write(base, notice, def::kCommRecall, kModeEmail, kSent, logins_.automation, kSourceWebSched, 0,
                      "Recall reminder email sent: cleaning due " + DayText(due) + ", with a link to book online.");
            else
                Write(base, notice, def::kCommRecall, kModePhone, kSent, PickLogin(logins_.front_desk, rng), kSourceUser,
                      static_cast<int>(rng.Uniform(1, 4)), "Called about recall due " + DayText(due) + ": left message.");
            if (BookedAfter(last, call) || !Active(DateOf(call))) continue;
            Write(base + 1, call, def::kCommRecall, kModePhone, kSent, PickLogin(logins_.front_desk, rng), kSourceUser,
                  static_cast<int>(rng.Uniform(1, 4)), "Overdue recall call (due " + DayText(due) + "): left message to schedule.");
        }
    }

    // Whether a hygiene visit after `last` was booked by `when`.
    bool BookedAfter(Date last, Timestamp when) const {
        for (const AppointmentStory& apt : life_.appointments)
            if (apt.slot.hygiene && apt.created <= when && DateOf(apt.slot.start) > last && apt.outcome != Outcome::kPlanned) return true;
        return false;
    }

    // A call two weeks after an exam whose findings the patient did not schedule.
    void TreatmentFollowUps() {
        const std::vector<ProcedureStory>& procs = life_.procedures;
        for (size_t i = 0; i < procs.size(); ++i) {
            const ProcedureStory& first = procs[i];
            if (first.initial_status != kProcTreatPlanned ||
                (i > 0 && procs[i - 1].initial_status == kProcTreatPlanned && procs[i - 1].entry == first.entry))
                continue;  // not the first procedure of a plan
            const int64_t local = 30000 + (first.proc_num - PatientKey(life_.pat_num, 0));
            EntityRng rng = RngOf(local);
            const Date day = DateOf(first.entry) + static_cast<int>(rng.Uniform(10, 21));
            // Accepted at the exam, or scheduled since (an opening offered from the short-call
            // list) before the call would be made.
            std::string items;
            bool accepted = false;
            for (size_t j = i; j < procs.size() && procs[j].entry == first.entry && procs[j].initial_status == kProcTreatPlanned; ++j) {
                accepted = accepted || procs[j].planned_apt_num != 0 || InAppointment(procs[j].proc_num, At(day, 11, 0));
                items += (items.empty() ? "" : ", ") + procs[j].code->abbreviation + (procs[j].tooth.empty() ? "" : " #" + procs[j].tooth);
            }
            if (accepted) continue;
            if (!rng.Chance(kTreatmentFollowUpChance) || !Active(day)) continue;
            const bool reached = rng.Chance(0.5);
            Write(local, At(day, 11, static_cast<int>(rng.Uniform(0, 59))), def::kCommTreatmentPlan, kModePhone, kSent,
                  PickLogin(rng.Chance(0.5) ? logins_.managers : logins_.front_desk, rng), kSourceUser, static_cast<int>(rng.Uniform(2, 8)),
                  "Treatment plan follow-up (" + items + "): " + (reached ? "patient will call back to schedule." : "left message."));
        }
    }

    // Whether procedure `proc_num` was on an appointment booked by `by`.
    bool InAppointment(int64_t proc_num, Timestamp by) const {
        for (const AppointmentStory& apt : life_.appointments)
            if (apt.created <= by && std::find(apt.proc_nums.begin(), apt.proc_nums.end(), proc_num) != apt.proc_nums.end()) return true;
        return false;
    }

    const PatientContext& patient_;
    const PatientLife& life_;
    RowSink& sink_;
    Logins logins_;
    Row row_;
};

}  // namespace

void FillCommlog(Row& row, int64_t commlog_num, int64_t pat_num, Timestamp when, int64_t type, int mode, int direction, int64_t user,
                 int source, int minutes, const std::string& note) {
    namespace c = col::commlog;
    const Timestamp end = minutes > 0 ? AddMinutes(when, minutes) : kZeroTimestamp;
    const Timestamp saved = CommlogSaved(when, minutes);
    row.Reset();
    row.Set(c::CommlogNum, commlog_num)
        .Set(c::PatNum, pat_num)
        .Set(c::CommDateTime, when)
        .Set(c::CommType, type)
        .Set(c::Note, note)
        .Set(c::Mode_, mode)
        .Set(c::SentOrReceived, direction)
        .Set(c::UserNum, user)
        .Set(c::Signature, "")
        .Set(c::SigIsTopaz, false)
        .Set(c::DateTStamp, saved)
        .Set(c::DateTimeEnd, end)
        .Set(c::CommSource, source)
        .Set(c::ProgramNum, int64_t{0})
        .Set(c::DateTEntry, saved)
        .Set(c::ReferralNum, int64_t{0})
        .Set(c::CommReferralBehavior, false);
}

void EmitCommlogs(const PatientContext& patient, const PatientLife& life, RowSink& out) {
    ProducerSink sink(out, kProducer);
    if (!sink.WantsAny()) return;
    CommlogWriter(patient, life, sink).WriteAll();
}

}  // namespace dentsynth::core
