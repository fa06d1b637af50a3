// Writing one patient's insurance story (BuildInsuranceClaims) as it stands at as_of: claim, claimproc,
// claimpayment, claimtracking, claimsnapshot, eobattach, insbluebook and insbluebooklog rows. A row
// exists once its event has happened (a claim once created, a snapshot and a "sent" tracking row
// once sent, a check, its EOB and the blue-book rows once posted); a claim and its lines show the
// receipt (status R / 1, paid amounts, the check) only after it. See insurance_claims.hpp.
#include "core/insurance/insurance_claims.hpp"

#include <algorithm>
#include <string>

#include "core/patients/roster.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/producers.hpp"
#include "core/rng.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

// claimproc.Status values (codes.md).
constexpr int kClaimProcNotReceived = 0;
constexpr int kClaimProcReceived = 1;
constexpr int kClaimProcSupplemental = 4;
// Tracking rows of resubmissions are keyed PatientKey(pat, this + claim local).
constexpr int64_t kResubmittedTrackingLocalBase = 70000;
// OpenDental's "no override" value for the *Override money columns.
constexpr int64_t kNoOverrideCents = -100;

const char* const kMissingInformationRemark = "Denied: missing information, resubmit with narrative";
const char* const kDenialRemarks[] = {"Denied: frequency limitation", "Denied: missing information, resubmit with narrative",
                                      "Denied: patient not eligible on date of service", "Denied: service not covered under plan"};

const CarrierInfo* CarrierOf(const Practice& practice, int64_t carrier_num) {
    for (const CarrierInfo& c : practice.carriers)
        if (c.carrier_num == carrier_num) return &c;
    return nullptr;
}

class ClaimWriter {
public:
    ClaimWriter(const PatientContext& patient, const PatientLife& life, const InsuranceOutcome& story, RowSink& sink)
        : patient_(patient), life_(life), sink_(sink), story_(story) {}

    void Write() {
        for (const ClaimStory& c : story_.claims) {
            if (!patient_.Happened(c.created)) continue;
            WriteClaim(c);
            WriteLines(c);
            WriteTracking(c);
        }
        for (const CheckStory& check : story_.checks)
            if (!check.pooled && patient_.Happened(check.posted)) WriteCheck(check);
    }

private:
    // The last change to a claim or its lines that has happened: created, sent, received.
    Timestamp LastEdit(const ClaimStory& c) const {
        if (c.HasSupplemental() && patient_.Happened(c.supplemental_received)) return c.supplemental_received;
        if (patient_.Happened(c.received)) return c.received;
        if (patient_.Happened(c.sent)) return c.sent;
        return c.created;
    }

    void WriteClaim(const ClaimStory& c) {
        if (!sink_.Wants(TableId::claim)) return;
        namespace k = col::claim;
        const bool sent = patient_.Happened(c.sent);
        const bool received = patient_.Happened(c.received);
        int64_t fee = 0, estimate = 0, paid = 0, deductible = 0, write_off = 0;
        int radiographs = 0;
        bool prosthesis = false;
        for (const ClaimLine& line : c.lines) {
            fee += line.fee;
            estimate += line.estimate;
            deductible += line.deductible;
            if (received) {
                paid += line.paid;
                write_off += line.write_off;
            }
            if (c.HasSupplemental() && patient_.Happened(c.supplemental_received)) {
                paid += line.supplemental;
                write_off += line.supplemental_write_off;
            }
            const ProcedureCodeInfo& code = *life_.procedures[line.proc_index].code;
            radiographs += code.is_radiology ? 1 : 0;
            prosthesis = prosthesis || code.is_prosthesis;
        }
        Row& r = claim_;
        r.Reset();
        r.Set(k::ClaimNum, c.claim_num)
            .Set(k::PatNum, life_.pat_num)
            .Set(k::DateService, c.service)
            .Set(k::DateSent, sent ? DateOf(c.sent) : kZeroDate)
            .Set(k::DateSentOrig, sent ? DateOf(c.sent) : kZeroDate)
            .Set(k::ClaimStatus, received ? "R"
                                 : sent   ? "S"
                                          : "U")
            .Set(k::DateReceived, received ? DateOf(c.received) : kZeroDate)
            .Set(k::PlanNum, c.plan->plan_num)
            .Set(k::InsSubNum, c.subscription->ins_sub_num)
            .Set(k::PatRelat, c.pat_relat)
            .Set(k::PlanNum2, c.other_subscription ? c.other_subscription->plan_num : int64_t{0})
            .Set(k::InsSubNum2, c.other_subscription ? c.other_subscription->ins_sub_num : int64_t{0})
            .Set(k::PatRelat2, c.other_subscription ? c.other_pat_relat : 0)
            .Set(k::ProvTreat, c.prov_treat)
            .Set(k::ProvBill, c.prov_treat)
            .SetCents(k::ClaimFee, fee)
            .SetCents(k::InsPayEst, estimate)
            .SetCents(k::InsPayAmt, paid)
            .SetCents(k::DedApplied, deductible)
            .SetCents(k::WriteOff, write_off)
            .Set(k::IsProsthesis, prosthesis ? "I" : "N")
            .Set(k::ClaimType, c.ordinal == 1 ? "P" : "S")
            .Set(k::PlaceService, 0)
            .Set(k::EmployRelated, 0)
            .Set(k::IsOrtho, false)
            .Set(k::Radiographs, radiographs)
            .Set(k::ClinicNum, int64_t{0})
            .Set(k::AccidentRelated, "")
            .Set(k::ClaimIdentifier, std::to_string(life_.pat_num) + "/" + std::to_string(c.local))
            .Set(k::ReasonUnderPaid, received && c.denied      ? "Denied, see EOB"
                                     : received && c.underpaid ? "Paid below estimate, appealed"
                                                               : "")
            .Set(k::SecUserNumEntry, c.user)
            .Set(k::SecDateEntry, DateOf(c.created))
            .Set(k::SecDateTEdit, LastEdit(c));
        r.SetEntered(c.created);
        sink_.Write(r);
    }

    void WriteLines(const ClaimStory& c) {
        const bool sent = patient_.Happened(c.sent);
        const bool received = patient_.Happened(c.received);
        EntityRng rng(patient_.practice.params.seed, Stream::kInsClaim, static_cast<uint64_t>(c.claim_num) | (uint64_t{1} << 62));
        const char* remark = c.resubmitted ? kMissingInformationRemark : kDenialRemarks[rng.Uniform(0, 3)];
        const bool supplemented = c.HasSupplemental() && patient_.Happened(c.supplemental_received);
        const CarrierInfo* carrier = CarrierOf(patient_.practice, c.plan->carrier_num);
        int line_number = 0;
        for (const ClaimLine& line : c.lines) {
            ++line_number;
            const ProcedureStory& p = life_.procedures[line.proc_index];
            if (sink_.Wants(TableId::claimproc)) {
                namespace k = col::claimproc;
                Row& r = claimproc_;
                r.Reset();
                r.Set(k::ClaimProcNum, line.claim_proc_num)
                    .Set(k::ProcNum, p.proc_num)
                    .Set(k::ClaimNum, c.claim_num)
                    .Set(k::PatNum, life_.pat_num)
                    .Set(k::ProvNum, p.prov_num)
                    .SetCents(k::FeeBilled, line.fee)
                    .SetCents(k::InsPayEst, line.estimate)
                    .SetCents(k::DedApplied, line.deductible)
                    .Set(k::Status, received ? kClaimProcReceived : kClaimProcNotReceived)
                    .SetCents(k::InsPayAmt, received ? line.paid : 0)
                    .Set(k::Remarks, received && c.denied                     ? remark
                                     : received && line.limitation != nullptr ? line.limitation
                                     : received && c.underpaid                ? "Paid below estimate; appeal sent"
                                                                              : "")
                    .Set(k::EstimateNote, line.limitation != nullptr ? line.limitation : "")
                    .Set(k::ClaimPaymentNum, received ? c.claim_payment_num : int64_t{0})
                    .Set(k::PlanNum, c.plan->plan_num)
                    .Set(k::DateCP, received ? DateOf(c.received) : kZeroDate)
                    .SetCents(k::WriteOff, WriteOffShown(line, received, supplemented))
                    .Set(k::CodeSent, p.code->code)
                    .SetCents(k::AllowedOverride, kNoOverrideCents)
                    .Set(k::Percentage, line.percent)
                    .Set(k::PercentOverride, -1)
                    .SetCents(k::CopayAmt, 0)
                    .Set(k::NoBillIns, false)
                    .SetCents(k::PaidOtherIns, line.paid_other)
                    .SetCents(k::BaseEst, line.estimate)
                    .SetCents(k::CopayOverride, kNoOverrideCents)
                    .Set(k::ProcDate, c.service)
                    .Set(k::DateEntry, DateOf(c.created))
                    .Set(k::LineNumber, line_number)
                    .SetCents(k::DedEst, line.deductible)
                    .SetCents(k::DedEstOverride, kNoOverrideCents)
                    .SetCents(k::InsEstTotal, line.estimate)
                    .SetCents(k::InsEstTotalOverride, kNoOverrideCents)
                    .SetCents(k::PaidOtherInsOverride, kNoOverrideCents)
                    .SetCents(k::WriteOffEst, line.fee - line.allowed)
                    .SetCents(k::WriteOffEstOverride, kNoOverrideCents)
                    .Set(k::ClinicNum, int64_t{0})
                    .Set(k::InsSubNum, c.subscription->ins_sub_num)
                    .Set(k::SecUserNumEntry, c.user)
                    .Set(k::SecDateEntry, DateOf(c.created))
                    .Set(k::SecDateTEdit, LastEdit(c))
                    .Set(k::DateInsFinalized, received ? DateOf(c.received) : kZeroDate)
                    .Set(k::IsTransfer, false)
                    .Set(k::IsOverpay, false);
                r.SetEntered(c.created);
                sink_.Write(r);
                if (supplemented && line.supplemental > 0) WriteSupplemental(c, line, p, line_number);
            }
            if (sent && sink_.Wants(TableId::claimsnapshot)) {
                namespace k = col::claimsnapshot;
                Row& r = snapshot_;
                r.Reset();
                // SnapshotTrigger false: OpenDental's ClaimCreate trigger (taken as the claim goes out).
                r.Set(k::ClaimSnapshotNum, line.claim_proc_num)
                    .Set(k::ProcNum, p.proc_num)
                    .Set(k::ClaimType, c.ordinal == 1 ? "P" : "S")
                    .SetCents(k::Writeoff, line.fee - line.allowed)
                    .SetCents(k::InsPayEst, line.estimate)
                    .SetCents(k::Fee, line.fee)
                    .Set(k::DateTEntry, c.sent)
                    .Set(k::ClaimProcNum, line.claim_proc_num)
                    .Set(k::SnapshotTrigger, false);
                sink_.Write(r);
            }
            // The blue book learns what out-of-network carriers actually pay (not from underpaid claims).
            if (!received || c.denied || c.underpaid || c.plan->is_ppo || line.paid <= 0) continue;
            if (sink_.Wants(TableId::insbluebook)) {
                namespace k = col::insbluebook;
                Row& r = bluebook_;
                r.Reset();
                r.Set(k::InsBlueBookNum, line.claim_proc_num)
                    .Set(k::ProcCodeNum, p.code->code_num)
                    .Set(k::CarrierNum, carrier ? carrier->carrier_num : c.plan->carrier_num)
                    .Set(k::PlanNum, c.plan->plan_num)
                    .Set(k::GroupNum, "")
                    .SetCents(k::InsPayAmt, line.paid)
                    .SetCents(k::AllowedOverride, kNoOverrideCents)
                    .Set(k::DateTEntry, c.received)
                    .Set(k::ProcNum, p.proc_num)
                    .Set(k::ProcDate, c.service)
                    .Set(k::ClaimType, c.ordinal == 1 ? "P" : "S")
                    .Set(k::ClaimNum, c.claim_num);
                sink_.Write(r);
            }
            if (sink_.Wants(TableId::insbluebooklog)) {
                namespace k = col::insbluebooklog;
                // The allowed fee the payment implies: paid / percent, plus the deductible taken, at most the fee.
                const int64_t implied = line.percent > 0 ? line.paid * 100 / line.percent + line.deductible : line.fee;
                const int64_t allowed = std::min(line.fee, implied);
                Row& r = bluebook_log_;
                r.Reset();
                r.Set(k::InsBlueBookLogNum, line.claim_proc_num)
                    .Set(k::ClaimProcNum, line.claim_proc_num)
                    .SetCents(k::AllowedFee, allowed)
                    .Set(k::DateTEntry, c.received)
                    .Set(k::Description, "Allowed fee from insurance payment of " + std::to_string(line.percent) + "% claim line");
                sink_.Write(r);
            }
        }
    }

    // The write-off a received line shows: the PPO write-off taken at receipt, and the one that comes
    // with a corrected claim's payment once that is posted. OpenDental keeps a supplemental payment
    // (Status 4) to the money paid (FeeBilled, WriteOff and DedApplied 0), so the write-off of a
    // denied claim paid after all is entered on the line the denial received.
    static int64_t WriteOffShown(const ClaimLine& line, bool received, bool supplemented) {
        return (received ? line.write_off : 0) + (supplemented ? line.supplemental_write_off : 0);
    }

    // The carrier's later payment (on appeal, or of a corrected claim sent again): a claimproc of its
    // own (Status 4, supplemental) on the claim, on the check of its posting moment, for the money
    // paid only.
    void WriteSupplemental(const ClaimStory& c, const ClaimLine& line, const ProcedureStory& p, int line_number) {
        namespace k = col::claimproc;
        const Date day = DateOf(c.supplemental_received);
        Row& r = claimproc_;
        r.Reset();
        r.Set(k::ClaimProcNum, line.supplemental_claim_proc_num)
            .Set(k::ProcNum, p.proc_num)
            .Set(k::ClaimNum, c.claim_num)
            .Set(k::PatNum, life_.pat_num)
            .Set(k::ProvNum, p.prov_num)
            .SetCents(k::FeeBilled, 0)
            .SetCents(k::InsPayEst, 0)
            .SetCents(k::DedApplied, 0)
            .Set(k::Status, kClaimProcSupplemental)
            .SetCents(k::InsPayAmt, line.supplemental)
            .Set(k::Remarks, c.resubmitted ? "Paid on the corrected claim" : "Supplemental payment after appeal")
            .Set(k::ClaimPaymentNum, c.supplemental_payment_num)
            .Set(k::PlanNum, c.plan->plan_num)
            .Set(k::DateCP, day)
            .SetCents(k::WriteOff, 0)
            .Set(k::CodeSent, p.code->code)
            .SetCents(k::AllowedOverride, kNoOverrideCents)
            .Set(k::Percentage, line.percent)
            .Set(k::PercentOverride, -1)
            .SetCents(k::CopayAmt, 0)
            .Set(k::NoBillIns, false)
            .SetCents(k::PaidOtherIns, 0)
            .SetCents(k::BaseEst, 0)
            .SetCents(k::CopayOverride, kNoOverrideCents)
            .Set(k::ProcDate, c.service)
            .Set(k::DateEntry, day)
            .Set(k::LineNumber, line_number)
            .SetCents(k::DedEst, 0)
            .SetCents(k::DedEstOverride, kNoOverrideCents)
            .SetCents(k::InsEstTotal, 0)
            .SetCents(k::InsEstTotalOverride, kNoOverrideCents)
            .SetCents(k::PaidOtherInsOverride, kNoOverrideCents)
            .SetCents(k::WriteOffEst, 0)
            .SetCents(k::WriteOffEstOverride, kNoOverrideCents)
            .Set(k::ClinicNum, int64_t{0})
            .Set(k::InsSubNum, c.subscription->ins_sub_num)
            .Set(k::SecUserNumEntry, c.user)
            .Set(k::SecDateEntry, day)
            .Set(k::SecDateTEdit, c.supplemental_received)
            .Set(k::DateSuppReceived, day)
            .Set(k::DateInsFinalized, day)
            .Set(k::IsTransfer, false)
            .Set(k::IsOverpay, false);
        r.SetEntered(c.supplemental_received);
        sink_.Write(r);
    }

    // One tracking row per status change that has happened: sent, then received (or denied), and
    // a corrected claim sent again (PatientKey(pat, 70000 + claim local)).
    void WriteTracking(const ClaimStory& c) {
        if (!sink_.Wants(TableId::claimtracking)) return;
        namespace k = col::claimtracking;
        auto write = [&](int64_t local, Timestamp when, const char* note, int64_t def_num, int64_t error_def) {
            Row& r = tracking_;
            r.Reset();
            r.Set(k::ClaimTrackingNum, PatientKey(life_.pat_num, local))
                .Set(k::ClaimNum, c.claim_num)
                .Set(k::TrackingType, "StatusHistory")
                .Set(k::UserNum, c.user)
                .Set(k::DateTimeEntry, when)
                .Set(k::Note, note)
                .Set(k::TrackingDefNum, def_num)
                .Set(k::TrackingErrorDefNum, error_def);
            sink_.Write(r);
        };
        if (patient_.Happened(c.sent)) write(c.local * 2, c.sent, "Claim status changed to Sent", def::kClaimTrackSent, 0);
        if (patient_.Happened(c.received)) {
            if (c.denied)
                write(c.local * 2 + 1, c.received, "Claim received: denied by carrier", def::kClaimTrackDenied,
                      c.resubmitted ? def::kPayTrackMissingInfo : def::kPayTrackNotCovered);
            else if (c.underpaid)
                write(c.local * 2 + 1, c.received, "Claim received: paid below estimate, appeal sent", def::kClaimTrackAppealed,
                      def::kPayTrackReducedToAllowed);
            else
                write(c.local * 2 + 1, c.received, "Claim status changed to Received", 0, 0);
        }
        if (c.resubmitted && patient_.Happened(c.resubmitted_at))
            write(kResubmittedTrackingLocalBase + c.local, c.resubmitted_at, "Corrected claim with narrative sent again",
                  def::kClaimTrackResubmitted, 0);
    }

    void WriteCheck(const CheckStory& check) {
        const CarrierInfo* carrier = CarrierOf(patient_.practice, check.carrier_num);
        const ClaimStory& first = story_.claims[check.claims.front()];
        EntityRng rng(patient_.practice.params.seed, Stream::kInsCheck,
                      static_cast<uint64_t>(check.claim_payment_num) | (uint64_t{1} << 62));
        const Date day = DateOf(check.posted);
        // Checks are dated 2-6 days before they arrive; EFTs the day before; never before the claim went out.
        const int lead = check.pay_type == def::kInsPayEft ? 1 : static_cast<int>(rng.Uniform(2, 6));
        Date issued = day - lead;
        for (size_t i : check.claims) issued = std::max(issued, DateOf(story_.claims[i].sent));
        std::string number = check.pay_type == def::kInsPayEft ? "EFT" : "";
        rng.Digits(8, number);
        if (sink_.Wants(TableId::claimpayment)) {
            namespace k = col::claimpayment;
            Row& r = payment_;
            r.Reset();
            r.Set(k::ClaimPaymentNum, check.claim_payment_num)
                .Set(k::CheckDate, day)
                .SetCents(k::CheckAmt, check.amount)
                .Set(k::CheckNum, number)
                .Set(k::BankBranch, "")
                .Set(k::Note, "")
                .Set(k::ClinicNum, int64_t{0})
                .Set(k::DepositNum, int64_t{0})
                .Set(k::CarrierName, carrier ? carrier->name : std::string("Insurance"))
                .Set(k::DateIssued, issued)
                .Set(k::IsPartial, false)
                .Set(k::PayType, check.pay_type)
                .Set(k::SecUserNumEntry, first.user)
                .Set(k::SecDateEntry, day)
                .Set(k::SecDateTEdit, check.posted)
                .Set(k::PayGroup, int64_t{0});
            sink_.Write(r);
        }
        // The EOB is scanned a couple of minutes after the check is posted: a row of its own, there
        // once it has been scanned.
        const Timestamp scanned = AddMinutes(check.posted, 2);
        if (sink_.Wants(TableId::eobattach) && patient_.Happened(scanned)) {
            namespace k = col::eobattach;
            Row& r = eob_;
            r.Reset();
            r.Set(k::EobAttachNum, check.claim_payment_num)
                .Set(k::ClaimPaymentNum, check.claim_payment_num)
                .Set(k::DateTCreated, scanned)
                .Set(k::FileName, "EOB_" + ToIsoString(day) + "_" + std::to_string(check.claim_payment_num) + ".pdf")
                .Set(k::RawBase64, "")
                .Set(k::ClaimNumPreAuth, int64_t{0});
            sink_.Write(r);
        }
    }

    const PatientContext& patient_;
    const PatientLife& life_;
    RowSink& sink_;
    const InsuranceOutcome& story_;
    Row claim_{TableId::claim};
    Row claimproc_{TableId::claimproc};
    Row snapshot_{TableId::claimsnapshot};
    Row bluebook_{TableId::insbluebook};
    Row bluebook_log_{TableId::insbluebooklog};
    Row tracking_{TableId::claimtracking};
    Row payment_{TableId::claimpayment};
    Row eob_{TableId::eobattach};
};

}  // namespace

bool WantsInsuranceClaims(const RowSink& sink) { return WantsAny(sink, kProducer); }

void EmitInsuranceClaims(const PatientContext& patient, const PatientLife& life, const InsuranceOutcome& insurance, RowSink& out) {
    ProducerSink sink(out, kProducer);
    if (!sink.WantsAny()) return;
    ClaimWriter(patient, life, insurance, sink).Write();
}

}  // namespace dentsynth::core
