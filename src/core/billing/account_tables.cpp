// Writing a family's account (BuildFamilyAccount) as rows: adjustment, payment, paysplit,
// statement, statementprod, the document row of each statement's saved PDF, and the commlog rows
// of statements sent and past-due balance calls. The account holds
// only what happened by the cut (each row is entered at its event's moment), and none of these rows
// is edited after it is written, so a later as_of shows every earlier row unchanged. Each row belongs to one patient's part of a partitioned
// call: an adjustment to the member it charges, the rest to the guarantor.
#include <string>

#include "core/billing/family_account.hpp"
#include "core/money_text.hpp"
#include "core/office/commlogs.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/producers.hpp"
#include "core/rng.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

const char* const kBanks[] = {"First Community Bank", "Harbor Savings", "Summit Credit Union", "Prairie State Bank",
                              "Lakeside Federal",     "Pioneer Trust",  "Valley National",     "Riverside Bank"};

// OpenDental charges 2.9% + $0.30 per card payment through its integrated processor.
int64_t MerchantFeeCents(int64_t amount) { return amount > 0 ? amount * 29 / 1000 + 30 : 0; }

std::string StatementEmailBody(const FamilyStory& family, const AccountStatement& s) {
    return "Dear " + family.last_name + " family, your statement dated " + ToIsoString(DateOf(s.sent)) +
           " is ready. Amount due: " + DollarText(s.due) + ". Pay online or call our office with any questions.";
}

class AccountWriter {
public:
    AccountWriter(const Practice& practice, const FamilyStory& family, const FamilyAccount& account, RowSink& sink)
        : practice_(practice), family_(family), account_(account), sink_(sink) {}

    void Write(int64_t pat_num) {
        if (sink_.Wants(TableId::adjustment))
            for (const AccountAdjustment& a : account_.adjustments)
                if (a.pat_num == pat_num) WriteAdjustment(a);
        if (pat_num != family_.shape.head) return;
        for (const AccountPayment& p : account_.payments) WritePayment(p);
        for (size_t n = 0; n < account_.statements.size(); ++n) {
            WriteStatement(account_.statements[n]);
            WriteStatementCalls(account_.statements[n], static_cast<int64_t>(n) + 1);
        }
    }

private:
    void WriteAdjustment(const AccountAdjustment& a) {
        namespace c = col::adjustment;
        Row& r = adjustment_;
        r.Reset();
        r.Set(c::AdjNum, a.adj_num)
            .Set(c::AdjDate, a.adj_date)
            .SetCents(c::AdjAmt, a.amount)
            .Set(c::PatNum, a.pat_num)
            .Set(c::AdjType, a.type)
            .Set(c::ProvNum, a.prov_num)
            .Set(c::AdjNote, a.note)
            .Set(c::ProcDate, a.proc_date)
            .Set(c::ProcNum, a.proc_num)
            .Set(c::DateEntry, DateOf(a.entered))
            .Set(c::ClinicNum, int64_t{0})
            .Set(c::StatementNum, a.statement_num)
            .Set(c::SecUserNumEntry, a.user)
            .Set(c::SecDateTEdit, a.entered)
            .Set(c::TaxTransID, int64_t{0})
            .SetEntered(a.entered);
        sink_.Write(r);
    }

    void WritePayment(const AccountPayment& p) {
        const Date day = DateOf(p.entered);
        if (sink_.Wants(TableId::payment)) {
            namespace c = col::payment;
            EntityRng rng(practice_.params.seed, Stream::kAccount, static_cast<uint64_t>(p.pay_num) << 3 | 3);
            Row& r = payment_;
            r.Reset();
            r.Set(c::PayNum, p.pay_num)
                .Set(c::PayType, p.pay_type)
                .Set(c::PayDate, day)
                .SetCents(c::PayAmt, p.amount)
                .Set(c::PayNote, p.note)
                .Set(c::IsSplit, p.splits.size() > 1)
                .Set(c::PatNum, p.pat_num)
                .Set(c::ClinicNum, int64_t{0})
                .Set(c::DateEntry, day)
                .Set(c::DepositNum, int64_t{0})
                .Set(c::Receipt, "")
                .Set(c::IsRecurringCC, false)
                .Set(c::SecUserNumEntry, p.user)
                .Set(c::SecDateTEdit, p.entered)
                .Set(c::PaymentSource, false)
                .Set(c::ProcessStatus, false)
                .Set(c::PaymentStatus, false)
                .Set(c::IsCcCompleted, p.online)
                .SetCents(c::MerchantFee, p.online ? MerchantFeeCents(p.amount) : 0);
            r.SetEntered(p.entered);
            // No check number, bank or processor id where the payment had none (the downstream
            // tests their lengths only when set); no recurring charge date on one-off payments.
            r.SetNull(c::RecurringChargeDate);
            if (p.by_check) {
                std::string number;
                rng.Digits(4, number);
                r.Set(c::CheckNum, std::to_string(1000 + std::stoi(number) % 9000)).Set(c::BankBranch, kBanks[rng.Uniform(0, 7)]);
            } else {
                r.SetNull(c::CheckNum).SetNull(c::BankBranch);
            }
            if (p.online) {
                std::string id = "pi_";
                rng.Digits(16, id);
                r.Set(c::ExternalId, id);
            } else {
                r.SetNull(c::ExternalId);
            }
            sink_.Write(r);
        }
        if (!sink_.Wants(TableId::paysplit)) return;
        namespace c = col::paysplit;
        for (const AccountSplit& s : p.splits) {
            Row& r = split_;
            r.Reset();
            r.Set(c::SplitNum, s.split_num)
                .SetCents(c::SplitAmt, s.amount)
                .Set(c::PatNum, s.pat_num)
                .Set(c::ProcDate, s.proc_date != kZeroDate ? s.proc_date : day)
                .Set(c::PayNum, p.pay_num)
                .Set(c::IsDiscount, false)
                .Set(c::DiscountType, false)
                .Set(c::ProvNum, s.prov_num)
                .Set(c::PayPlanNum, int64_t{0})
                .Set(c::DatePay, day)
                .Set(c::ProcNum, s.proc_num)
                .Set(c::DateEntry, day)
                .Set(c::UnearnedType, s.unearned_type)
                .Set(c::ClinicNum, int64_t{0})
                .Set(c::SecUserNumEntry, p.user)
                .Set(c::SecDateTEdit, p.entered)
                .Set(c::FSplitNum, int64_t{0})
                .Set(c::AdjNum, s.adj_num)
                .Set(c::PayPlanChargeNum, int64_t{0})
                .Set(c::PayPlanDebitType, false)
                .Set(c::SecurityHash, "")
                .SetEntered(p.entered);
            sink_.Write(r);
        }
    }

    void WriteStatement(const AccountStatement& s) {
        const Date day = DateOf(s.sent);
        const bool email = s.mode == 2;
        if (sink_.Wants(TableId::statement)) {
            namespace c = col::statement;
            Row& r = statement_;
            r.Reset();
            r.Set(c::StatementNum, s.statement_num)
                .Set(c::PatNum, family_.shape.head)
                .Set(c::DateSent, day)
                .SetEntered(s.sent)
                .Set(c::DateRangeFrom, s.range_from)
                .Set(c::DateRangeTo, s.range_to)
                .Set(c::Note, "Thank you for choosing our practice.")
                .Set(c::NoteBold, s.past_due ? "Your account is past due. Please pay the balance now to avoid further charges." : "")
                .Set(c::Mode_, s.mode)
                .Set(c::HidePayment, false)
                .Set(c::SinglePatient, family_.shape.size == 1)
                .Set(c::Intermingled, true)
                .Set(c::IsSent, true)
                .Set(c::DocNum, s.doc_num)
                .Set(c::DateTStamp, s.sent)
                .Set(c::IsReceipt, false)
                .Set(c::IsInvoice, false)
                .Set(c::IsInvoiceCopy, false)
                .Set(c::EmailSubject, email ? "Your statement is ready" : "")
                .Set(c::EmailBody, email ? StatementEmailBody(family_, s) : "")
                .Set(c::SuperFamily, int64_t{0})
                .Set(c::IsBalValid, true)
                .SetCents(c::InsEst, s.ins_est)
                .SetCents(c::BalTotal, s.balance)
                .Set(c::StatementType, "NotSet")
                .Set(c::ShortGUID, "")
                .Set(c::StatementShortURL, "")
                .Set(c::StatementURL, "")
                .Set(c::SmsSendStatus, 0)
                .Set(c::LimitedCustomFamily, 0)
                .Set(c::ShowTransSinceBalZero, false);
            sink_.Write(r);
        }
        if (sink_.Wants(TableId::statementprod)) {
            namespace c = col::statementprod;
            for (const StatementItem& item : s.items) {
                Row& r = item_;
                r.Reset();
                r.Set(c::StatementProdNum, item.statement_prod_num)
                    .Set(c::StatementNum, s.statement_num)
                    .Set(c::FKey, item.fkey)
                    .Set(c::ProdType, item.prod_type)
                    .Set(c::LateChargeAdjNum, item.late_charge_adj_num)
                    .Set(c::DocNum, s.doc_num);
                sink_.Write(r);
            }
        }
        if (sink_.Wants(TableId::document)) {
            namespace c = col::document;
            const Timestamp saved = s.sent;  // the PDF is saved as the statement goes out
            Row& r = document_;
            r.Reset();
            r.Set(c::DocNum, s.doc_num)
                .Set(c::Description, "Statement " + ToIsoString(day))
                .Set(c::DateCreated, saved)
                .Set(c::DocCategory, def::kImgStatements)
                .Set(c::PatNum, family_.shape.head)
                .Set(c::FileName, "Statement_" + std::to_string(s.statement_num) + ".pdf")
                .Set(c::ImgType, 0)
                .Set(c::IsFlipped, false)
                .Set(c::DegreesRotated, 0.0)
                .Set(c::ToothNumbers, "")
                .Set(c::Note, "")
                .Set(c::SigIsTopaz, false)
                .Set(c::Signature, "")
                .Set(c::WindowingMin, 0)
                .Set(c::WindowingMax, 0)
                .Set(c::MountItemNum, int64_t{0})
                .Set(c::DateTStamp, saved)
                .Set(c::ProvNum, family_.dentist)
                .Set(c::IsCropOld, false)
                .Set(c::ImageCaptureType, false)
                .Set(c::PrintHeading, false)
                .Set(c::ChartLetterStatus, false)
                .Set(c::UserNum, s.user);
            sink_.Write(r);
        }
    }

    // The communication log around a statement: the statement going out, and for a past-due account
    // billing's call a few working days later. Keys: CommlogNum = PatientKey(head, 40000 + n) and
    // 45000 + n for the family's n-th statement.
    void WriteStatementCalls(const AccountStatement& s, int64_t n) {
        if (!sink_.Wants(TableId::commlog)) return;
        const int64_t head = family_.shape.head;
        const int mode = s.mode == 2 ? commlog::kModeEmail : commlog::kModeMail;
        WriteCommlog(PatientKey(head, 40000 + n), AddMinutes(s.sent, 3), mode, s.user,
                     "Statement sent (" +
                         std::string(s.mode == 2   ? "email"
                                     : s.mode == 3 ? "electronic, mailed by the statement service"
                                                   : "mail") +
                         "), amount due " + DollarText(s.due));
        if (!s.past_due) return;
        EntityRng rng(practice_.params.seed, Stream::kCommlog, static_cast<uint64_t>(PatientKey(head, 45000 + n)));
        Date day = DateOf(s.sent) + static_cast<int>(rng.Uniform(3, 6));
        while (DayOfWeek(day) == 0 || DayOfWeek(day) == 6) day = day + 1;
        static const char* const kOutcomes[] = {"left a message", "spoke with the guarantor, payment promised", "no answer",
                                                "guarantor asked for a payment plan"};
        WriteCommlog(PatientKey(head, 45000 + n), At(day, static_cast<int>(rng.Uniform(10, 15)), static_cast<int>(rng.Uniform(0, 59))),
                     commlog::kModePhone, s.user, "Past-due balance call: " + std::string(kOutcomes[rng.Uniform(0, 3)]));
    }

    void WriteCommlog(int64_t num, Timestamp when, int mode, int64_t user, const std::string& note) {
        if (!practice_.params.Happened(CommlogSaved(when, 0))) return;
        FillCommlog(commlog_, num, family_.shape.head, when, def::kCommFinancial, mode, commlog::kSent, user, commlog::kSourceUser, 0,
                    note);
        sink_.Write(commlog_);
    }

    const Practice& practice_;
    const FamilyStory& family_;
    const FamilyAccount& account_;
    RowSink& sink_;
    Row commlog_{TableId::commlog};
    Row adjustment_{TableId::adjustment};
    Row payment_{TableId::payment};
    Row split_{TableId::paysplit};
    Row statement_{TableId::statement};
    Row item_{TableId::statementprod};
    Row document_{TableId::document};
};

}  // namespace

bool WantsAccountTables(const RowSink& sink) { return WantsAny(sink, kProducer); }

void EmitAccountRows(const Practice& practice, const FamilyStory& family, const FamilyAccount& account, int64_t pat_num, RowSink& out) {
    ProducerSink sink(out, kProducer);
    if (!sink.WantsAny()) return;
    AccountWriter(practice, family, account, sink).Write(pat_num);
}

}  // namespace dentsynth::core
