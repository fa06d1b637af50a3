// Writing the patient's own rows (patient, patientnote, inssub, patplan) as they stand at the cut:
// see patient_tables.hpp.
#include "core/patients/patient_tables.hpp"

#include <algorithm>
#include <string>

#include "core/patients/roster.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

// PatStatus values (codes.md).
constexpr int kStatusPatient = 0;
constexpr int kStatusInactive = 2;
constexpr int kStatusArchived = 3;
constexpr int kArchiveAfterDays = 730;  // offices archive charts two years after a family leaves
constexpr int kStatusDeceased = 5;

// The moments the front desk records the date-only events of the family and person stories; a
// row shows an event once its moment has happened, and carries that moment as its edit stamp.
Timestamp FirstVisitRecorded(Date first_visit) { return At(first_visit, 17, 30); }  // after the day's last patient
Timestamp LeaveRecorded(Date leave) { return At(leave, 10, 15); }
Timestamp ArchiveRecorded(Date leave) { return At(leave + kArchiveAfterDays, 10, 20); }
Timestamp DeathRecorded(Date deceased) { return At(deceased, 11, 0); }

}  // namespace

class PatientTableWriter::Impl {
public:
    explicit Impl(RowSink& sink)
        : sink_(sink, kProducer), patient_(TableId::patient), note_(TableId::patientnote), sub_(TableId::inssub), plan_(TableId::patplan) {}

    void Write(const PatientContext& patient, const PatientLife& life, const MemberBalance& balance) {
        const FamilyStory& family = patient.family;
        const PersonStory& person = patient.person;
        const Timestamp entry = patient.entry;
        params_ = &patient.practice.params;
        first_visit_ =
            life.first_visit != kZeroDate && params_->Happened(FirstVisitRecorded(life.first_visit)) ? life.first_visit : kZeroDate;
        const std::vector<Coverage> coverage = CoverageOf(family, person);
        // A coverage whose subscription has ended is dropped: OpenDental deletes its patplan row,
        // renumbers the ordinals left and sets HasIns from what remains, so HasIns is 'I' exactly
        // when the patient has a patplan row.
        bool covered = false;
        for (const Coverage& c : coverage) covered = covered || !Ended(c.subscription->term);
        // Every change of a balance column (aging runs nightly) edits the row.
        Timestamp stamp = std::max(LastEdit(family, person, entry), balance.changed);
        // Losing a coverage edits the row with the subscription and the patplan (HasIns when it was the last).
        for (const Coverage& c : coverage)
            if (Ended(c.subscription->term)) stamp = std::max(stamp, CoverageEndRecorded(c.subscription->term));
        WritePatient(family, person, entry, stamp, covered, balance);
        WriteNote(family, person, entry);
        for (const Subscription& s : family.subscriptions)
            if (s.subscriber == person.pat_num) WriteSubscription(family, s, entry);
        WritePatPlans(person, coverage, entry);
    }

private:
    // Has the date-only event on `day`, recorded at `recorded(day)`, been recorded by the cut?
    bool Recorded(Date day, Timestamp (*recorded)(Date)) const { return day != kZeroDate && params_->Happened(recorded(day)); }
    bool Left(const FamilyStory& family) const { return Recorded(family.leave, LeaveRecorded); }
    bool Archived(const FamilyStory& family) const { return Recorded(family.leave, ArchiveRecorded); }
    bool Died(const PersonStory& person) const { return Recorded(person.deceased, DeathRecorded); }
    bool Ended(Date term) const { return Recorded(term, CoverageEndRecorded); }

    // The latest change to the patient row that has happened by the cut.
    Timestamp LastEdit(const FamilyStory& family, const PersonStory& person, Timestamp entry) const {
        Timestamp stamp = entry;
        if (first_visit_ != kZeroDate) stamp = std::max(stamp, FirstVisitRecorded(first_visit_));
        if (Left(family)) stamp = std::max(stamp, LeaveRecorded(family.leave));
        if (Archived(family)) stamp = std::max(stamp, ArchiveRecorded(family.leave));
        if (Died(person)) stamp = std::max(stamp, DeathRecorded(person.deceased));
        return stamp;
    }

    void WritePatient(const FamilyStory& family, const PersonStory& person, Timestamp entry, Timestamp stamp, bool covered,
                      const MemberBalance& balance) {
        if (!sink_.Wants(TableId::patient)) return;
        namespace c = col::patient;
        int status = kStatusPatient;
        if (Left(family)) status = kStatusInactive;
        if (Archived(family)) status = kStatusArchived;
        if (Died(person)) status = kStatusDeceased;
        const bool adult = person.role != FamilyRole::kChild;
        Row& r = patient_;
        r.Reset();
        r.Set(c::PatNum, person.pat_num)
            .Set(c::LName, family.last_name)
            .Set(c::FName, person.first_name)
            .Set(c::MiddleI, person.middle_initial)
            .Set(c::Preferred, person.preferred)
            .Set(c::PatStatus, status)
            .Set(c::Gender, person.female ? 1 : 0)
            .Set(c::Position, person.position)
            .Set(c::Birthdate, person.birthdate)
            .Set(c::Address, family.address)
            .Set(c::City, family.city->city)
            .Set(c::State, family.city->state)
            .Set(c::Zip, family.city->zip)
            .Set(c::HmPhone, family.home_phone)
            .Set(c::WirelessPhone, person.wireless_phone)
            .Set(c::Guarantor, family.shape.head)
            .Set(c::Email, person.email)
            .Set(c::PriProv, family.dentist)
            .Set(c::SecProv, family.hygienist)
            .Set(c::FeeSched, family.fee_sched)
            .Set(c::BillingType, family.billing_type)
            .Set(c::ImageFolder, family.last_name + person.first_name + std::to_string(person.pat_num))
            .Set(c::EmployerNum, adult && person.role == FamilyRole::kHead ? family.employer_num : int64_t{0})
            .Set(c::DateFirstVisit, first_visit_)
            .Set(c::ClinicNum, int64_t{0})
            .Set(c::HasIns, covered ? "I" : "")
            .Set(c::Premed, person.premed)
            .Set(c::PreferConfirmMethod, person.prefer_confirm)
            .Set(c::PreferContactMethod, person.prefer_contact)
            .Set(c::PreferRecallMethod, person.prefer_recall)
            .Set(c::DateTStamp, stamp)
            .Set(c::TxtMsgOk, person.txt_msg_ok)
            .Set(c::DateTimeDeceased, Died(person) ? DeathRecorded(person.deceased) : kZeroTimestamp)
            .SetCents(c::EstBalance, balance.EstBalance())
            .SetCents(c::Bal_0_30, balance.bal_0_30)
            .SetCents(c::Bal_31_60, balance.bal_31_60)
            .SetCents(c::Bal_61_90, balance.bal_61_90)
            .SetCents(c::BalOver90, balance.bal_over_90)
            .SetCents(c::InsEst, balance.ins_est)
            .SetCents(c::BalTotal, balance.bal_total)
            .Set(c::BillingCycleDay, person.billing_cycle_day)
            .Set(c::SecUserNumEntry, family.entry_user)
            .Set(c::SecDateEntry, DateOf(entry));
        sink_.Write(r);
    }

    void WriteNote(const FamilyStory& family, const PersonStory& person, Timestamp entry) {
        if (!sink_.Wants(TableId::patientnote)) return;
        namespace c = col::patientnote;
        Row& r = note_;
        r.Reset();
        r.Set(c::PatNum, person.pat_num)
            .Set(c::Medical, person.premed ? "Premedicate before dental treatment." : "")
            .Set(c::ICEName, person.role == FamilyRole::kChild ? "" : family.last_name + " household")
            .Set(c::ICEPhone, person.role == FamilyRole::kChild ? "" : family.home_phone)
            .Set(c::OrthoMonthsTreatOverride, -1)
            .Set(c::SecDateTEntry, entry)
            .Set(c::SecDateTEdit, entry);
        sink_.Write(r);
    }

    void WriteSubscription(const FamilyStory& family, const Subscription& s, Timestamp entry) {
        if (!sink_.Wants(TableId::inssub)) return;
        namespace c = col::inssub;
        const bool ended = Ended(s.term);
        Row& r = sub_;
        r.Reset();
        r.Set(c::InsSubNum, s.ins_sub_num)
            .Set(c::PlanNum, s.plan_num)
            .Set(c::Subscriber, s.subscriber)
            .Set(c::DateEffective, s.effective)
            .Set(c::DateTerm, ended ? s.term : kZeroDate)
            .Set(c::ReleaseInfo, true)
            .Set(c::AssignBen, true)
            .Set(c::SubscriberID, s.subscriber_id)
            .Set(c::SecUserNumEntry, family.entry_user)
            .Set(c::SecDateEntry, DateOf(entry))
            .Set(c::SecDateTEdit, ended ? std::max(entry, CoverageEndRecorded(s.term)) : entry)
            .SetEntered(entry);
        sink_.Write(r);
    }

    // The patient's patplan rows still in force: a dropped coverage's row is gone (written as
    // deleted, so that it keeps its key), and a plan after it moves up one ordinal (its row edited
    // when the one before it was dropped). Keys stay those of the coverage's place in CoverageOf,
    // so a row keeps its key when its ordinal changes.
    void WritePatPlans(const PersonStory& person, const std::vector<Coverage>& coverage, Timestamp entry) {
        if (!sink_.Wants(TableId::patplan)) return;
        namespace c = col::patplan;
        int ordinal = 0;
        Timestamp edited = entry;
        for (const Coverage& cov : coverage) {
            const Subscription& sub = *cov.subscription;
            const bool dropped = Ended(sub.term);
            if (dropped)
                edited = std::max(edited, CoverageEndRecorded(sub.term));  // the plans after it are renumbered
            else
                ++ordinal;
            Row& r = plan_;
            r.Reset();
            r.Set(c::PatPlanNum, PatientKey(person.pat_num, 10 + cov.ordinal))
                .Set(c::PatNum, person.pat_num)
                .Set(c::Ordinal, dropped ? cov.ordinal : ordinal)
                .Set(c::Relationship, cov.relationship)
                .Set(c::InsSubNum, sub.ins_sub_num)
                .Set(c::SecDateTEntry, entry)
                .Set(c::SecDateTEdit, dropped || ordinal == cov.ordinal ? entry : edited);
            // A dropped row is gone, but its key stays taken: the eligibility history names it.
            if (dropped) r.SetDeleted();
            sink_.Write(r);
        }
    }

    ProducerSink sink_;
    const GenerationParams* params_ = nullptr;  // of the patient being written: holds the cut
    Row patient_;
    Row note_;
    Row sub_;
    Row plan_;
    Date first_visit_ = kZeroDate;  // of the patient being written, as recorded by the cut
};

PatientTableWriter::PatientTableWriter(RowSink& sink) : impl_(std::make_unique<Impl>(sink)) {}
PatientTableWriter::~PatientTableWriter() = default;

void PatientTableWriter::Write(const PatientContext& patient, const PatientLife& life, const MemberBalance& balance) {
    impl_->Write(patient, life, balance);
}

}  // namespace dentsynth::core
