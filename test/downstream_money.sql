-- The money values the downstream dbt project relies on (../shared/opendental/downstream.md, sections
-- 6 and 7), as OpenDental keeps them: the practice's payment types and the ones card payments use;
-- no insurance check for a $0 EOB; supplemental insurance payments that carry money only; unattached
-- splits dated on their payment; splits whose float8 sum is exactly their payment, in any order; card
-- payments with a merchant fee on the account of the patient they pay for; procedures billed at the
-- office's UCR fee (the newest fee row of its code) with the PPO schedule deciding what is allowed and
-- written off. Properties only: no key value is assumed.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
SELECT plan(22);

SELECT * FROM dentsynth.generate_all(2000, seed => 7, start_date => '2023-02-01', as_of => '2025-06-30', target_schema => 'dm') \g /dev/null
CREATE INDEX ON dm.paysplit ("PayNum");
CREATE INDEX ON dm.claimproc ("ClaimNum");
CREATE INDEX ON dm.claimproc ("ProcNum");
ANALYZE;

SELECT is((SELECT count(*) FROM dentsynth.validate('dm') WHERE NOT passed), 0::bigint, 'every validate() check passes on this generation');

-- 1. Payment types (definition category 10) are the practice's, and payments use them as named.
SELECT set_eq($$SELECT "DefNum", "ItemName"::text FROM dm.definition WHERE "Category" = 10$$,
              $$VALUES (69::bigint, 'Check'), (70, 'Cash'), (71, 'Credit Card'), (72, 'Patient Refund'), (391, 'Care Credit'), (412, 'Stripe'),
                       (417, 'Lending Club'), (574, 'ProceedFinance'), (634, 'Cherry'), (676, 'Insurance Interest'), (681, 'Sunbit')$$,
              'payment types are named as the practice names them');
SELECT is((SELECT count(*) FROM dm.definition WHERE "DefNum" = 0)
        + (SELECT count(*) FROM dm.payment p WHERE p."PayType" <> 0
              AND NOT EXISTS (SELECT FROM dm.definition d WHERE d."DefNum" = p."PayType" AND d."Category" = 10)), 0::bigint,
          'PayType 0 (income transfer) has no definition row; every other PayType is a payment-type definition');
SELECT is((SELECT count(*) FROM dm.payment
            WHERE (("MerchantFee" > 0 OR "ExternalId" IS NOT NULL OR "IsCcCompleted") AND "PayType" NOT IN (71, 412))
               OR ("PayType" IN (71, 412) AND "CheckNum" IS NOT NULL)
               OR ("CheckNum" IS NOT NULL AND "PayType" NOT IN (69, 72))
               OR ("PayType" = 412 AND "ExternalId" IS NULL)), 0::bigint,
          'card payments are Credit Card (71) or, through the online processor, Stripe (412); checks are Check (69) or refunds');
SELECT set_has($$SELECT DISTINCT "PayType" FROM dm.payment$$, $$VALUES (0::bigint), (69), (70), (71), (72), (412)$$,
               'transfers, checks, cash, card at the desk, refunds and online card payments all occur');

-- 2. Insurance checks: accepted types, never $0; a $0 EOB is received without a check.
SELECT is((SELECT count(*) FROM dm.claimpayment
            WHERE "CheckAmt" = 0 OR "PayType" NOT IN (261, 303, 464, 465, 466, 467, 469, 645, 646, 647, 661)
               OR ("PayType" IN (645, 646, 647, 661)) <> ("CheckAmt" < 0)), 0::bigint,
          'claimpayment.PayType is an accepted insurance payment type and CheckAmt is never 0');
SELECT is((SELECT count(*) FROM dm.claimproc p
            WHERE p."Status" = 1
              AND (p."ClaimPaymentNum" = 0) <> NOT EXISTS (SELECT FROM dm.claimproc q WHERE q."ClaimNum" = p."ClaimNum" AND q."Status" = 1 AND q."InsPayAmt" <> 0))
        + (SELECT count(*) FROM dm.eobattach e WHERE NOT EXISTS (SELECT FROM dm.claimpayment k WHERE k."ClaimPaymentNum" = e."ClaimPaymentNum")), 0::bigint,
          'a claim received at $0 has no check (ClaimPaymentNum 0) and a paying one has its check; every EOB attachment names a check');
SELECT cmp_ok((SELECT count(DISTINCT "ClaimNum") FROM dm.claimproc WHERE "Status" = 1 AND "ClaimPaymentNum" = 0), '>', 0::bigint,
              'some claims are received at $0 ($0 EOBs: denials, services beyond a limit)');

-- 3. Supplemental payments (claimproc Status 4) carry the money paid only.
SELECT is((SELECT count(*) FROM dm.claimproc WHERE "Status" = 4 AND ("FeeBilled" <> 0 OR "WriteOff" <> 0 OR "DedApplied" <> 0 OR "InsPayAmt" <= 0)), 0::bigint,
          'supplemental claim procedures have FeeBilled, WriteOff and DedApplied 0 and pay something');
SELECT cmp_ok((SELECT count(*) FROM dm.claimproc s JOIN dm.claimproc r ON r."ClaimNum" = s."ClaimNum" AND r."ProcNum" = s."ProcNum" AND r."Status" = 1
                JOIN dm.claim c ON c."ClaimNum" = s."ClaimNum"
               WHERE s."Status" = 4 AND c."ReasonUnderPaid" LIKE 'Denied%' AND r."WriteOff" > 0), '>', 0::bigint,
              'the PPO write-off of a denied claim paid after all is on the line the denial received');

-- 4. Splits attached to nothing (prepayments, unearned money) are dated on their payment.
SELECT is((SELECT count(*) FROM dm.paysplit s JOIN dm.payment p USING ("PayNum")
            WHERE s."ProcNum" = 0 AND s."AdjNum" = 0 AND s."ProcDate" IS DISTINCT FROM p."PayDate"), 0::bigint,
          'a split on no procedure has ProcDate = its payment''s PayDate');
SELECT cmp_ok((SELECT count(*) FROM dm.paysplit WHERE "ProcNum" = 0 AND "AdjNum" = 0), '>', 0::bigint, 'unattached splits occur');

-- 5. A payment's splits add up to it exactly in float8, in every order a reader may sum them.
SELECT is((SELECT count(*) FROM (
              SELECT p."PayAmt", array_agg(s."SplitAmt" ORDER BY s."SplitNum") AS a,
                     sum(s."SplitAmt" ORDER BY s."SplitNum") AS forward, sum(s."SplitAmt" ORDER BY s."SplitNum" DESC) AS backward
                FROM dm.payment p JOIN dm.paysplit s USING ("PayNum") GROUP BY p."PayNum", p."PayAmt") x
            WHERE forward <> "PayAmt" OR backward <> "PayAmt"
               OR (coalesce(a[1], 0) + coalesce(a[2], 0)) + coalesce(a[3], 0) <> "PayAmt"
               OR (coalesce(a[1], 0) + coalesce(a[3], 0)) + coalesce(a[2], 0) <> "PayAmt"
               OR (coalesce(a[2], 0) + coalesce(a[3], 0)) + coalesce(a[1], 0) <> "PayAmt"), 0::bigint,
          'sum(SplitAmt) in float8, forwards, backwards and in every grouping, equals PayAmt exactly');
SELECT cmp_ok((SELECT count(*) FROM (SELECT "PayNum" FROM dm.paysplit GROUP BY 1 HAVING count(*) = 3) x), '>', 100::bigint,
              'many payments have three splits');

-- 6. A card payment with a merchant fee is entered on the account of the patient it pays for.
SELECT is((SELECT count(*) FROM dm.payment p JOIN dm.paysplit s USING ("PayNum") WHERE p."MerchantFee" > 0 AND s."PatNum" <> p."PatNum"), 0::bigint,
          'every split of a payment with a merchant fee is on the payment''s patient');
SELECT is((SELECT count(*) FROM (
              SELECT coalesce(a.pat, b.pat) FROM
                (SELECT s."PatNum" AS pat, sum(round(p."MerchantFee"::numeric, 2)) AS fee FROM dm.payment p
                   JOIN (SELECT DISTINCT "PayNum", "PatNum" FROM dm.paysplit) s USING ("PayNum") WHERE p."MerchantFee" > 0 GROUP BY 1) a
                FULL JOIN (SELECT "PatNum" AS pat, sum(round("MerchantFee"::numeric, 2)) AS fee FROM dm.payment WHERE "MerchantFee" > 0 GROUP BY 1) b USING (pat)
               WHERE a.fee IS DISTINCT FROM b.fee) x), 0::bigint,
          'per patient, merchant fees summed by split patient equal merchant fees summed by paying patient');
SELECT cmp_ok((SELECT count(*) FROM dm.payment p JOIN dm.patient t ON t."PatNum" = p."PatNum" WHERE p."MerchantFee" > 0 AND t."Guarantor" <> t."PatNum"),
              '>', 0::bigint, 'some card payments with a merchant fee are entered on a family member other than the guarantor');

-- 7. Billed at the office's UCR fee, the newest fee row of its code; the PPO schedule decides what is
--    allowed, and the difference is the PPO write-off.
CREATE TEMP VIEW ucr AS SELECT DISTINCT "FeeSched" AS sched FROM dm.provider;
SELECT is((SELECT count(*) FROM ucr), 1::bigint, 'the providers bill from one schedule');
SELECT is((SELECT count(*) FROM dm.fee f JOIN ucr ON f."FeeSched" = ucr.sched
            WHERE EXISTS (SELECT FROM dm.fee o WHERE o."CodeNum" = f."CodeNum" AND o."FeeNum" <> f."FeeNum" AND o."SecDateEntry" >= f."SecDateEntry"))
        + (SELECT count(*) FROM dm.procedurecode c WHERE NOT EXISTS (SELECT FROM dm.fee f JOIN ucr ON f."FeeSched" = ucr.sched WHERE f."CodeNum" = c."CodeNum")), 0::bigint,
          'every code''s UCR fee row is its newest fee row (strictly later SecDateEntry than any other schedule''s)');
SELECT is((SELECT count(*) FROM dm.procedurelog l JOIN dm.patient t USING ("PatNum")
            WHERE l."ProcStatus" = 2 AND t."FeeSched" = 0
              AND l."ProcFee" IS DISTINCT FROM (SELECT f."Amount" FROM dm.fee f WHERE f."CodeNum" = l."CodeNum" ORDER BY f."SecDateEntry" DESC LIMIT 1)), 0::bigint,
          'completed procedures of patients without a fee schedule of their own are billed the standard fee (the newest fee row of the code)');
SELECT is((SELECT count(*) FROM (
              SELECT l."ProcFee", i."PlanType", f."Amount" AS allowed, sum(cp."WriteOff") AS write_off
                FROM dm.claimproc cp JOIN dm.claim c USING ("ClaimNum") JOIN dm.insplan i ON i."PlanNum" = c."PlanNum"
                JOIN dm.procedurelog l ON l."ProcNum" = cp."ProcNum" LEFT JOIN dm.fee f ON f."FeeSched" = i."FeeSched" AND f."CodeNum" = l."CodeNum"
               WHERE c."ClaimType" = 'P' AND c."ClaimStatus" = 'R' AND cp."Status" IN (1, 4)
                 AND (c."ReasonUnderPaid" NOT LIKE 'Denied%' OR EXISTS (SELECT FROM dm.claimproc s WHERE s."ClaimNum" = c."ClaimNum" AND s."Status" = 4))
               GROUP BY cp."ClaimNum", l."ProcNum", l."ProcFee", i."PlanType", f."Amount") x
            WHERE write_off <> CASE WHEN "PlanType" = 'p' THEN "ProcFee" - least("ProcFee", allowed) ELSE 0 END), 0::bigint,
          'a paid primary claim writes off the UCR fee less the PPO schedule''s fee on PPO plans, nothing on others');
SELECT cmp_ok((SELECT count(*) FROM dm.claimproc cp JOIN dm.insplan i ON i."PlanNum" = cp."PlanNum"
                WHERE i."PlanType" = 'p' AND cp."Status" = 1 AND cp."WriteOff" > 0), '>', 1000::bigint,
              'PPO claims carry write-offs');

SELECT * FROM finish();
ROLLBACK;
