// The patient side of a family's billing: the account a guarantor keeps for the whole family.
// Completed procedures are charges; insurance pays and writes off what its claims settle
// (insurance_claims.hpp); the office gives discounts and writes off small leftovers (adjustment);
// the family pays at checkout, after monthly statements, in instalments, late or never (payment
// and its splits, paysplit); deposits for major work are held as unearned income and moved onto
// the procedure by a transfer that nets to zero, or refunded; statements list what is owed
// (statement, statementprod). At the cut the account gives each member's and the family's balances
// with OpenDental's aging (patient.Bal_0_30 .. BalTotal, InsEst, EstBalance), aged by the nightly
// run at the turn of each day.
// Vocabulary:
//  - a charge is a completed procedure (or a positive adjustment such as a finance charge);
//  - a charge's "due" is what the patient owes on it now: its amount, plus its adjustments, less
//    insurance paid and written off, less what the family paid on it, less what insurance is still
//    expected to pay (the claims' estimates until they are received);
//  - "posted" money moves a balance: insurance receipts, adjustments, payment splits.
// The account is simulated event by event in time order and stops at the cut; every decision reads
// only what had happened by its moment (and the family's and each event's own engines, stream
// kAccount), so a later as_of continues the same account. Money is in integer cents.
// Per procedure: fee = insurance paid + write-off + patient paid - adjustments + owed, owed >= 0.
// See docs/BUSINESS_LOGIC.md ("Patient billing").
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/insurance/insurance_claims.hpp"
#include "core/patients/family.hpp"
#include "core/practice/practice.hpp"
#include "core/sink.hpp"
#include "core/visits/life.hpp"

namespace dentsynth::core {

// One member's part of the family's story.
struct AccountMember {
    const PersonStory* person;
    const PatientLife* life;
    const InsuranceOutcome* insurance;
};

struct AccountAdjustment {
    int64_t adj_num;
    int64_t pat_num;
    int64_t type;  // adjustment type definition (category 1)
    int64_t amount;  // signed cents: negative reduces what is owed
    Date adj_date;
    Timestamp entered;
    int64_t proc_num;  // 0 when not attached to a procedure
    Date proc_date;  // the procedure's date, kZeroDate when not attached
    int64_t prov_num;  // never 0
    int64_t statement_num;  // the statement that assessed a finance charge, else 0
    int64_t user;
    std::string note;
};

struct AccountSplit {
    int64_t split_num;
    int64_t pat_num;  // whose charge (or whose deposit)
    int64_t amount;  // signed cents
    int64_t proc_num;  // the procedure paid, else 0
    int64_t adj_num;  // the positive adjustment paid, else 0
    Date proc_date = kZeroDate;  // the charge's date; kZeroDate for unearned money (written as the payment's day)
    int64_t prov_num;
    int64_t unearned_type;  // category-29 definition for deposits and their transfers, else 0
};

struct AccountPayment {
    int64_t pay_num;
    int64_t pat_num;  // the guarantor; for an online card payment the member whose charges it pays
    int64_t pay_type;  // payment type definition (category 10); 0 for a transfer
    Timestamp entered;
    int64_t amount;  // sum of the splits
    bool by_check;  // a paper check: check number and bank
    bool online;  // paid through the patient portal: an external transaction id
    int64_t user;
    std::string note;
    std::vector<AccountSplit> splits;
};

struct StatementItem {
    int64_t statement_prod_num;
    int64_t fkey;  // ProcNum or AdjNum
    int prod_type;  // 0 procedure, 1 adjustment
    int64_t late_charge_adj_num;
};

struct AccountStatement {
    int64_t statement_num;
    int64_t doc_num;  // the saved PDF (document row)
    Timestamp sent;
    Date range_from;
    Date range_to;
    int mode;  // 0 mail, 2 email, 3 electronic (OpenDental StatementMode)
    int64_t balance;  // family balance when sent (BalTotal)
    int64_t ins_est;  // insurance still expected when sent (InsEst)
    int64_t due;  // what the family was asked to pay
    bool past_due;  // some of it was old enough for a finance charge
    int64_t user;
    std::vector<StatementItem> items;
};

// A member's balances at the cut (aging columns only on the guarantor, as OpenDental keeps them).
struct MemberBalance {
    int64_t own_balance = 0;  // the member's charges less credits
    int64_t own_ins_est = 0;  // InsPayEst of the member's claims not yet received
    int64_t bal_0_30 = 0, bal_31_60 = 0, bal_61_90 = 0, bal_over_90 = 0;
    int64_t bal_total = 0;  // family balance (guarantor only)
    int64_t ins_est = 0;  // family InsEst (guarantor only)
    Timestamp changed = kZeroTimestamp;  // the last moment any of these values changed
    int64_t EstBalance() const { return own_balance - own_ins_est; }
};

struct FamilyAccount {
    std::vector<AccountAdjustment> adjustments;
    std::vector<AccountPayment> payments;
    std::vector<AccountStatement> statements;
    std::map<int64_t, MemberBalance> balances;  // by PatNum
};

// The family's account through the cut (practice.params.as_of). `members` are the family's members
// who have joined, head first.
FamilyAccount BuildFamilyAccount(const Practice& practice, const FamilyStory& family, const std::vector<AccountMember>& members);

// Whether any table the account's rows go to (account_tables.cpp's line of schema/producers.tsv) is
// wanted; the patient's balances need the account too.
bool WantsAccountTables(const RowSink& sink);

// Writes the account's rows owned by `pat_num`: adjustments on the member's charges; for the
// guarantor also the payments with their splits, the statements with their items and PDFs.
void EmitAccountRows(const Practice& practice, const FamilyStory& family, const FamilyAccount& account, int64_t pat_num, RowSink& sink);

}  // namespace dentsynth::core
