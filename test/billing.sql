-- The patient side of the money, to the cent: every procedure's fee is accounted for by insurance,
-- write-offs, the family's payments, adjustments and what is still owed; payments equal their
-- splits; deposits and their transfers net out; the patient rows' balances and aging are what the
-- ledger says; nothing moves before its charge, before start_date or after as_of; codes and keys
-- are the ones the downstream reads; and the practice's KPIs fall in the documented bands.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
SELECT plan(36);

SELECT * FROM dentsynth.generate_all(2000, as_of => '2025-06-30', target_schema => 'bl') \g /dev/null
CREATE INDEX ON bl.paysplit ("PayNum");
CREATE INDEX ON bl.paysplit ("ProcNum");
CREATE INDEX ON bl.adjustment ("ProcNum");
CREATE INDEX ON bl.claimproc ("ProcNum");
CREATE INDEX ON bl.statementprod ("StatementNum");
ANALYZE;

-- Whole cents compared as numeric.
CREATE FUNCTION pg_temp.c(x float8) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT round(x::numeric, 2)';

-- The ledger, one row per money movement: + charges (completed procedures, adjustments as signed),
-- - credits (insurance received, write-offs, payment splits). Dated by when it counts.
CREATE TEMP VIEW ledger AS
SELECT "PatNum" AS pat, "ProcDate" AS day, pg_temp.c("ProcFee") AS amount, 'fee' AS kind FROM bl.procedurelog WHERE "ProcStatus" = 2
UNION ALL SELECT "PatNum", "AdjDate", pg_temp.c("AdjAmt"), 'adjustment' FROM bl.adjustment
UNION ALL SELECT "PatNum", "DateCP", -pg_temp.c("InsPayAmt" + "WriteOff"), 'insurance' FROM bl.claimproc WHERE "Status" IN (1, 4)
UNION ALL SELECT "PatNum", "DatePay", -pg_temp.c("SplitAmt"), 'split' FROM bl.paysplit;

CREATE TEMP TABLE own AS
SELECT p."PatNum" AS pat, p."Guarantor" AS guarantor,
       coalesce((SELECT sum(amount) FROM ledger l WHERE l.pat = p."PatNum"), 0) AS balance,
       coalesce((SELECT sum(pg_temp.c(cp."InsPayEst")) FROM bl.claimproc cp WHERE cp."PatNum" = p."PatNum" AND cp."Status" = 0), 0) AS ins_est
  FROM bl.patient p;

-- OpenDental's aging, recomputed: each family's charges by date, its credits taken oldest first.
CREATE TEMP TABLE aging AS
WITH debits AS (
    SELECT o.guarantor, l.day, l.amount FROM ledger l JOIN own o ON o.pat = l.pat WHERE l.amount > 0 AND l.kind IN ('fee', 'adjustment')),
credits AS (
    SELECT o.guarantor, -sum(l.amount) AS total FROM ledger l JOIN own o ON o.pat = l.pat
     WHERE l.kind IN ('insurance', 'split') OR (l.kind = 'adjustment' AND l.amount < 0) GROUP BY 1),
running AS (
    SELECT d.guarantor, d.day, d.amount, coalesce(c.total, 0) AS credit,
           sum(d.amount) OVER (PARTITION BY d.guarantor ORDER BY d.day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto
      FROM debits d LEFT JOIN credits c USING (guarantor)),
remaining AS (
    SELECT guarantor, day, least(amount, greatest(0, upto - credit)) AS left_over FROM running)
SELECT guarantor,
       sum(left_over) FILTER (WHERE '2025-06-30'::date - day <= 30) AS b0,
       sum(left_over) FILTER (WHERE '2025-06-30'::date - day BETWEEN 31 AND 60) AS b31,
       sum(left_over) FILTER (WHERE '2025-06-30'::date - day BETWEEN 61 AND 90) AS b61,
       sum(left_over) FILTER (WHERE '2025-06-30'::date - day > 90) AS b91
  FROM remaining GROUP BY guarantor;

SELECT cmp_ok((SELECT count(*) FROM bl.adjustment), '>', 0::bigint, 'adjustments are generated');
SELECT cmp_ok((SELECT count(*) FROM bl.payment), '>', 0::bigint, 'payments are generated');
SELECT cmp_ok((SELECT count(*) FROM bl.paysplit), '>', 0::bigint, 'payment splits are generated');
SELECT cmp_ok((SELECT count(*) FROM bl.statement), '>', 0::bigint, 'statements are generated');
SELECT cmp_ok((SELECT count(*) FROM bl.statementprod), '>', 0::bigint, 'statement items are generated');

-- The identities.
SELECT is((SELECT count(*) FROM bl.procedurelog p
            WHERE p."ProcStatus" = 2
              AND pg_temp.c(p."ProcFee")
                  + coalesce((SELECT sum(pg_temp.c("AdjAmt")) FROM bl.adjustment a WHERE a."ProcNum" = p."ProcNum"), 0)
                  - coalesce((SELECT sum(pg_temp.c("InsPayAmt" + "WriteOff")) FROM bl.claimproc cp WHERE cp."ProcNum" = p."ProcNum" AND cp."Status" IN (1, 4)), 0)
                  - coalesce((SELECT sum(pg_temp.c("SplitAmt")) FROM bl.paysplit s WHERE s."ProcNum" = p."ProcNum"), 0) < 0), 0::bigint,
          'per procedure: fee + adjustments - insurance paid - write-off - patient paid leaves what is owed, never below zero');
SELECT is((SELECT sum(amount) FROM ledger), (SELECT sum(pg_temp.c("BalTotal")) FROM bl.patient),
          'practice: production + adjustments - insurance paid - write-offs - patient payments = the families'' balances (AR)');
SELECT is((SELECT count(*) FROM bl.payment p
            WHERE pg_temp.c(p."PayAmt") <> coalesce((SELECT sum(pg_temp.c(s."SplitAmt")) FROM bl.paysplit s WHERE s."PayNum" = p."PayNum"), -1)), 0::bigint,
          'per payment: the amount is the sum of its splits');
SELECT is((SELECT count(*) FROM (SELECT "PayNum" FROM bl.paysplit GROUP BY 1 HAVING count(*) > 3) x), 0::bigint, 'a payment has at most 3 splits');
SELECT is((SELECT count(*) FROM own o JOIN bl.patient p ON p."PatNum" = o.pat
            WHERE o.pat = o.guarantor AND pg_temp.c(p."BalTotal") <> (SELECT sum(balance) FROM own m WHERE m.guarantor = o.pat)), 0::bigint,
          'per family: the guarantor''s BalTotal is the family''s ledger balance');
SELECT is((SELECT count(*) FROM own o JOIN bl.patient p ON p."PatNum" = o.pat
            WHERE o.pat = o.guarantor AND pg_temp.c(p."InsEst") <> (SELECT sum(ins_est) FROM own m WHERE m.guarantor = o.pat)), 0::bigint,
          'per family: the guarantor''s InsEst is the estimate of the family''s claims not yet received');
SELECT is((SELECT count(*) FROM own o JOIN bl.patient p ON p."PatNum" = o.pat WHERE pg_temp.c(p."EstBalance") <> o.balance - o.ins_est), 0::bigint,
          'per patient: EstBalance is the patient''s own balance less its pending insurance estimate');
SELECT is((SELECT count(*) FROM bl.patient WHERE "PatNum" <> "Guarantor"
              AND ("BalTotal" <> 0 OR "InsEst" <> 0 OR "Bal_0_30" <> 0 OR "Bal_31_60" <> 0 OR "Bal_61_90" <> 0 OR "BalOver90" <> 0)), 0::bigint,
          'family balances and aging are kept on the guarantor only');
SELECT is((SELECT count(*) FROM bl.patient p LEFT JOIN aging a ON a.guarantor = p."PatNum" WHERE p."PatNum" = p."Guarantor"
              AND (pg_temp.c(p."Bal_0_30") <> coalesce(a.b0, 0) OR pg_temp.c(p."Bal_31_60") <> coalesce(a.b31, 0)
                   OR pg_temp.c(p."Bal_61_90") <> coalesce(a.b61, 0) OR pg_temp.c(p."BalOver90") <> coalesce(a.b91, 0))), 0::bigint,
          'aging: each bucket is what the family''s charges of that age still hold after credits taken oldest first');
SELECT is((SELECT count(*) FROM bl.patient WHERE "Bal_0_30" < 0 OR "Bal_31_60" < 0 OR "Bal_61_90" < 0 OR "BalOver90" < 0
              OR ("BalTotal" > 0 AND pg_temp.c("BalTotal") <> pg_temp.c("Bal_0_30" + "Bal_31_60" + "Bal_61_90" + "BalOver90"))
              OR ("BalTotal" <= 0 AND "Bal_0_30" + "Bal_31_60" + "Bal_61_90" + "BalOver90" <> 0)), 0::bigint,
          'buckets are never negative and add up to a positive balance; a credit balance has empty buckets');

-- Deposits (unearned income) and their transfers.
SELECT is((SELECT count(*) FROM bl.payment p WHERE p."PayType" = 0
              AND (p."PayAmt" <> 0 OR (SELECT count(*) FROM bl.paysplit s WHERE s."PayNum" = p."PayNum") <> 2
                   OR NOT EXISTS (SELECT FROM bl.paysplit s WHERE s."PayNum" = p."PayNum" AND s."SplitAmt" < 0 AND s."UnearnedType" IN (288, 439) AND s."ProcNum" = 0)
                   OR NOT EXISTS (SELECT FROM bl.paysplit s WHERE s."PayNum" = p."PayNum" AND s."SplitAmt" > 0 AND s."UnearnedType" = 0 AND s."ProcNum" <> 0))), 0::bigint,
          'a transfer is a zero payment moving unearned money onto a procedure with a pair of splits that net to zero');
SELECT cmp_ok((SELECT count(*) FROM bl.payment WHERE "PayType" = 0), '>', 0::bigint, 'deposits are transferred to finished work');
SELECT is((SELECT count(*) FROM bl.paysplit WHERE "UnearnedType" <> 0
              AND ("UnearnedType" NOT IN (288, 439) OR "ProcNum" <> 0 OR "AdjNum" <> 0 OR "ProvNum" = 0 OR abs("SplitAmt") > 500)), 0::bigint,
          'unearned splits are prepayment types 288/439, attached to no procedure, with a provider, at most $500');
SELECT is((SELECT count(*) FROM (SELECT "PatNum", "UnearnedType" FROM bl.paysplit WHERE "UnearnedType" <> 0 GROUP BY 1, 2 HAVING sum(pg_temp.c("SplitAmt")) < 0) x), 0::bigint,
          'no more unearned money is used or refunded than was deposited');
SELECT is((SELECT count(*) FROM bl.paysplit WHERE "SplitAmt" = 0 OR ("UnearnedType" = 0 AND "ProcNum" = 0 AND "AdjNum" = 0) OR ("ProcNum" <> 0 AND "AdjNum" <> 0)), 0::bigint,
          'every split is non-zero and pays one procedure, one adjustment or unearned income');

-- Keys, dates and codes.
SELECT is((SELECT count(*) FROM bl.paysplit s WHERE s."ProcNum" <> 0 AND NOT EXISTS (
              SELECT FROM bl.procedurelog p WHERE p."ProcNum" = s."ProcNum" AND p."PatNum" = s."PatNum" AND p."ProcStatus" = 2
                 AND p."ProcDate" <= s."DatePay" AND p."ProcDate" = s."ProcDate")), 0::bigint,
          'a split pays a completed procedure of its patient, dated on or after it, carrying its date');
SELECT is((SELECT count(*) FROM bl.paysplit s WHERE s."AdjNum" <> 0 AND NOT EXISTS (
              SELECT FROM bl.adjustment a WHERE a."AdjNum" = s."AdjNum" AND a."PatNum" = s."PatNum" AND a."AdjAmt" > 0 AND a."AdjDate" <= s."DatePay")), 0::bigint,
          'a split on an adjustment pays a charge (positive adjustment) of its patient made before it');
SELECT is((SELECT count(*) FROM bl.adjustment a WHERE a."ProcNum" <> 0 AND NOT EXISTS (
              SELECT FROM bl.procedurelog p WHERE p."ProcNum" = a."ProcNum" AND p."PatNum" = a."PatNum" AND p."ProcStatus" = 2
                 AND p."ProcDate" = a."ProcDate" AND a."AdjDate" >= p."ProcDate")), 0::bigint,
          'a procedure adjustment belongs to a completed procedure of its patient, carries its date and is not dated before it');
SELECT is((SELECT count(*) FROM bl.adjustment WHERE "ProcNum" = 0 AND "ProcDate" <> '0001-01-01'), 0::bigint,
          'an adjustment on no procedure has no procedure date');
SELECT is((SELECT count(*) FROM bl.paysplit s LEFT JOIN bl.payment p USING ("PayNum")
            WHERE p."PayNum" IS NULL OR s."DatePay" <> p."PayDate" OR s."SecDateTEdit" <> p."SecDateTEdit"), 0::bigint,
          'every split belongs to a payment and carries its date and stamp');
SELECT is((SELECT count(*) FROM (
              SELECT "PayDate" AS d FROM bl.payment UNION ALL SELECT "DatePay" FROM bl.paysplit UNION ALL SELECT "AdjDate" FROM bl.adjustment
              UNION ALL SELECT "DateSent" FROM bl.statement UNION ALL SELECT "SecDateTEdit"::date FROM bl.payment
              UNION ALL SELECT "SecDateTEdit"::date FROM bl.adjustment UNION ALL SELECT "DateTStamp"::date FROM bl.statement) x
            WHERE d < '2023-01-01' OR d > '2025-06-30'), 0::bigint,
          'no money moves and no statement goes out before start_date or after as_of');
SELECT is((SELECT count(*) FROM bl.adjustment a WHERE NOT EXISTS (SELECT FROM bl.definition d WHERE d."DefNum" = a."AdjType" AND d."Category" = 1)
              OR a."ProvNum" = 0 OR NOT EXISTS (SELECT FROM bl.provider p WHERE p."ProvNum" = a."ProvNum")
              OR NOT EXISTS (SELECT FROM bl.patient p WHERE p."PatNum" = a."PatNum")), 0::bigint,
          'adjustments use adjustment-type definitions, a real provider (never 0) and a real patient');
SELECT is((SELECT count(*) FROM bl.adjustment a JOIN bl.definition d ON d."DefNum" = a."AdjType"
            WHERE (d."ItemValue" = '-' AND a."AdjAmt" >= 0) OR (d."ItemValue" = '+' AND a."AdjAmt" <= 0)), 0::bigint,
          'each adjustment has the sign its type carries (discounts and write-offs negative, charges positive)');
SELECT is((SELECT count(*) FROM bl.payment WHERE "PayType" NOT IN (0, 69, 70, 71, 72, 391, 412, 417, 574, 634, 676, 681)
              OR ("PayType" <> 0 AND NOT EXISTS (SELECT FROM bl.definition d WHERE d."DefNum" = "PayType" AND d."Category" = 10))
              OR ("PayType" = 0 AND "PayAmt" <> 0) OR ("PayType" = 72 AND "PayAmt" >= 0) OR ("PayType" NOT IN (0, 72) AND "PayAmt" <= 0)
              OR ("PayType" = 69 AND "PayAmt" > 5000) OR ("PayType" = 574 AND "PayAmt" > 50000)), 0::bigint,
          'payment types are the accepted patient payment definitions; transfers are zero, refunds negative, the rest positive within their limits');
SELECT is((SELECT count(*) FROM bl.payment p
            WHERE NOT EXISTS (SELECT FROM bl.patient t WHERE t."PatNum" = p."PatNum"
                                 AND (t."Guarantor" = p."PatNum" OR (p."MerchantFee" > 0 AND NOT EXISTS (
                                        SELECT FROM bl.paysplit s WHERE s."PayNum" = p."PayNum" AND s."PatNum" <> p."PatNum"))))), 0::bigint,
          'payments are entered on the family''s guarantor, online card payments on the member whose charges they pay');
SELECT is((SELECT count(*) FROM bl.payment WHERE ("CheckNum" IS NULL) <> ("BankBranch" IS NULL) OR length("CheckNum") NOT BETWEEN 1 AND 25
              OR ("ExternalId" IS NOT NULL AND NOT "IsCcCompleted") OR "MerchantFee" < 0 OR "SecUserNumEntry" <= 0), 0::bigint,
          'checks carry a number and bank, online payments a processor id and fee, and every payment its user');
SELECT is((SELECT count(*) FROM bl.statementprod sp LEFT JOIN bl.statement s USING ("StatementNum")
            WHERE s."StatementNum" IS NULL OR sp."DocNum" <> s."DocNum"
               OR (sp."ProdType" = 0 AND NOT EXISTS (SELECT FROM bl.procedurelog p WHERE p."ProcNum" = sp."FKey" AND p."ProcStatus" = 2 AND p."ProcDate" <= s."DateSent"))
               OR (sp."ProdType" = 1 AND NOT EXISTS (SELECT FROM bl.adjustment a WHERE a."AdjNum" = sp."FKey" AND a."AdjDate" <= s."DateSent"))
               OR sp."ProdType" NOT IN (0, 1)
               OR (sp."LateChargeAdjNum" <> 0 AND NOT EXISTS (SELECT FROM bl.adjustment a WHERE a."AdjNum" = sp."LateChargeAdjNum" AND a."AdjType" = 815
                                                                AND a."StatementNum" = s."StatementNum"))), 0::bigint,
          'statement items list charges made by the statement, and a late charge names the finance charge that statement assessed');
SELECT is((SELECT count(*) FROM bl.statement s WHERE NOT EXISTS (SELECT FROM bl.patient g WHERE g."PatNum" = s."PatNum" AND g."Guarantor" = s."PatNum")
              OR NOT EXISTS (SELECT FROM bl.document d WHERE d."DocNum" = s."DocNum" AND d."PatNum" = s."PatNum" AND d."DocCategory" = 756)
              OR s."DateRangeFrom" > s."DateRangeTo" OR s."DateRangeTo" <> s."DateSent" OR s."Mode_" NOT IN (0, 2, 3) OR NOT s."IsSent"
              OR s."DateTStamp"::date <> s."DateSent"), 0::bigint,
          'statements go to guarantors, cover the period up to the day they are sent, and are saved as PDFs in the statements category');

-- The practice's KPIs against the documented bands (docs/BUSINESS_LOGIC.md, "Patient billing").
SELECT ok((SELECT sum(pg_temp.c("BalOver90")) / nullif(sum(pg_temp.c("Bal_0_30" + "Bal_31_60" + "Bal_61_90" + "BalOver90")), 0) FROM bl.patient) BETWEEN 0.05 AND 0.30,
          'AR over 90 days is 5-30% of aged AR');
SELECT ok((SELECT (sum(pg_temp.c("InsPayAmt")) FILTER (WHERE "Status" IN (1, 4)) + (SELECT sum(pg_temp.c("SplitAmt")) FROM bl.paysplit))
                  / ((SELECT sum(pg_temp.c("ProcFee")) FROM bl.procedurelog WHERE "ProcStatus" = 2) - sum(pg_temp.c("WriteOff")) FILTER (WHERE "Status" IN (1, 4))
                     + (SELECT sum(pg_temp.c("AdjAmt")) FROM bl.adjustment))
             FROM bl.claimproc) BETWEEN 0.93 AND 1.0,
          'collections are 93-100% of net production');
SELECT ok((SELECT count(*) FROM bl.patient WHERE "PatNum" = "Guarantor" AND "BalTotal" > 0)::numeric
          / (SELECT count(*) FROM bl.patient WHERE "PatNum" = "Guarantor") BETWEEN 0.03 AND 0.40,
          'some families, not most, owe money at as_of');

SELECT * FROM finish();
ROLLBACK;
