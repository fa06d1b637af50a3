-- The insurance side of the money, to the cent: claims agree with their claim procedures, checks
-- with the claim procedures they pay, insurance never pays more than the fee, statuses agree with
-- their dates, and every key resolves.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
SELECT plan(25);

SELECT * FROM dentsynth.generate_all(1500, as_of => '2025-06-30', target_schema => 'ic') \g /dev/null
CREATE INDEX ON ic.claimproc ("ClaimNum");
CREATE INDEX ON ic.claimproc ("ClaimPaymentNum");
ANALYZE ic.claimproc;

-- Whole cents compared as numeric.
CREATE FUNCTION pg_temp.c(x float8) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT round(x::numeric, 2)';

SELECT cmp_ok((SELECT count(*) FROM ic.claim), '>', 0::bigint, 'insured patients have claims');
SELECT is((SELECT count(*) FROM ic.claim c WHERE pg_temp.c(c."ClaimFee") IS DISTINCT FROM (SELECT pg_temp.c(sum(p."FeeBilled")) FROM ic.claimproc p WHERE p."ClaimNum" = c."ClaimNum")
              OR pg_temp.c(c."InsPayAmt") IS DISTINCT FROM (SELECT pg_temp.c(sum(p."InsPayAmt")) FROM ic.claimproc p WHERE p."ClaimNum" = c."ClaimNum")
              OR pg_temp.c(c."InsPayEst") IS DISTINCT FROM (SELECT pg_temp.c(sum(p."InsPayEst")) FROM ic.claimproc p WHERE p."ClaimNum" = c."ClaimNum")
              OR pg_temp.c(c."WriteOff") IS DISTINCT FROM (SELECT pg_temp.c(sum(p."WriteOff")) FROM ic.claimproc p WHERE p."ClaimNum" = c."ClaimNum")), 0::bigint,
          'claim totals (fee, paid, estimate, write-off) are the sums of their claim procedures');
SELECT is((SELECT count(*) FROM ic.claimpayment k WHERE pg_temp.c(k."CheckAmt") <> coalesce(
             (SELECT pg_temp.c(sum(p."InsPayAmt")) FROM ic.claimproc p WHERE p."ClaimPaymentNum" = k."ClaimPaymentNum"), 0)), 0::bigint,
          'each check''s amount is the sum of the claim procedures it pays');
SELECT is((SELECT count(*) FROM ic.claimpayment k WHERE NOT EXISTS (SELECT FROM ic.claimproc p WHERE p."ClaimPaymentNum" = k."ClaimPaymentNum")), 0::bigint,
          'every check pays something on a claim');
SELECT is((SELECT count(*) FROM ic.procedurelog pl WHERE pg_temp.c(pl."ProcFee") < coalesce(
             (SELECT pg_temp.c(sum(p."InsPayAmt" + p."WriteOff")) FROM ic.claimproc p WHERE p."ProcNum" = pl."ProcNum"), 0)), 0::bigint,
          'insurance paid plus write-off never exceeds a procedure''s fee');
SELECT is((SELECT count(*) FROM ic.claimproc WHERE "InsPayAmt" < 0 OR "WriteOff" < 0 OR "DedApplied" < 0
              OR pg_temp.c("InsPayAmt") <> "InsPayAmt"::numeric(14,2) OR pg_temp.c("WriteOff") <> "WriteOff"::numeric(14,2)), 0::bigint,
          'amounts are non-negative whole cents');
-- Statuses and dates.
SELECT is((SELECT count(*) FROM ic.claim WHERE "ClaimStatus" NOT IN ('U', 'S', 'R') OR "ClaimType" NOT IN ('P', 'S')), 0::bigint,
          'claims are unsent, sent or received, primary or secondary');
SELECT is((SELECT count(*) FROM ic.claim WHERE ("ClaimStatus" = 'U' AND "DateSent" > '0001-01-01')
              OR ("ClaimStatus" IN ('S', 'R') AND ("DateSent" < "DateService" OR "DateSent" > '2025-06-30'))
              OR ("ClaimStatus" = 'R' AND ("DateReceived" < "DateSent" OR "DateReceived" > '2025-06-30'))
              OR ("ClaimStatus" <> 'R' AND "DateReceived" > '0001-01-01')), 0::bigint,
          'claims are sent after the service and received after sending, by as_of');
SELECT is((SELECT count(*) FROM ic.claimproc p JOIN ic.claim c USING ("ClaimNum")
            WHERE p."Status" <> 4 AND ((c."ClaimStatus" = 'R') <> (p."Status" = 1) OR p."Status" NOT IN (0, 1))), 0::bigint,
          'claim procedures are received (1) exactly when their claim is');
SELECT is((SELECT count(*) FROM ic.claimproc p JOIN ic.claim c USING ("ClaimNum")
            WHERE p."Status" = 4 AND (c."ClaimStatus" <> 'R' OR p."DateCP" <= c."DateReceived" OR p."InsPayAmt" <= 0 OR p."FeeBilled" <> 0
                  OR p."DateSuppReceived" <> p."DateCP" OR c."ReasonUnderPaid" = ''
                  OR NOT EXISTS (SELECT FROM ic.claimproc r WHERE r."ClaimNum" = p."ClaimNum" AND r."ProcNum" = p."ProcNum" AND r."Status" = 1
                                    AND r."InsPayAmt" + p."InsPayAmt" <= r."InsPayEst" + 0.005))), 0::bigint,
          'supplemental payments (4) come after an underpaid claim was received and bring it up to no more than its estimate');
SELECT cmp_ok((SELECT count(*) FROM ic.claimproc WHERE "Status" = 4), '>', 0::bigint, 'some underpaid claims are paid on appeal');
SELECT is((SELECT count(*) FROM ic.claimtracking t JOIN ic.claim c USING ("ClaimNum") WHERE t."TrackingDefNum" = 763
              AND (c."ReasonUnderPaid" NOT LIKE 'Denied%' OR t."DateTimeEntry"::date <= c."DateReceived"
                   OR EXISTS (SELECT FROM ic.claimproc p WHERE p."ClaimNum" = c."ClaimNum" AND p."Status" = 4 AND p."DateCP" <= t."DateTimeEntry"::date)))
        + (SELECT count(*) FROM ic.claimproc p JOIN ic.claim c USING ("ClaimNum") WHERE p."Status" = 4 AND c."ReasonUnderPaid" LIKE 'Denied%'
              AND NOT EXISTS (SELECT FROM ic.claimtracking t WHERE t."ClaimNum" = c."ClaimNum" AND t."TrackingDefNum" = 763)), 0::bigint,
          'a denied claim is sent again after the denial, and only a claim sent again is paid after its denial');
SELECT cmp_ok((SELECT count(*) FROM ic.claimtracking WHERE "TrackingDefNum" = 763), '>', 0::bigint, 'some denied claims are corrected and sent again');
SELECT is((SELECT count(*) FROM ic.claimproc p WHERE p."Status" IN (1, 4) AND (p."DateCP" > '2025-06-30'
              OR (p."ClaimPaymentNum" = 0) <> (p."Status" = 1 AND NOT EXISTS (
                     SELECT FROM ic.claimproc q WHERE q."ClaimNum" = p."ClaimNum" AND q."Status" = 1 AND q."InsPayAmt" > 0)))), 0::bigint,
          'received claim procedures are paid by a check unless their claim paid nothing (a $0 EOB), supplemental payments always; by as_of');
SELECT is((SELECT count(*) FROM (SELECT p."ClaimPaymentNum" FROM ic.claimproc p JOIN ic.claim c USING ("ClaimNum") JOIN ic.insplan i ON i."PlanNum" = c."PlanNum"
                                  JOIN ic.claimpayment k ON k."ClaimPaymentNum" = p."ClaimPaymentNum" JOIN ic.carrier r ON r."CarrierNum" = i."CarrierNum"
                                 WHERE p."ClaimPaymentNum" <> 0 GROUP BY 1 HAVING count(DISTINCT i."CarrierNum") > 1 OR bool_or(r."CarrierName" <> k."CarrierName")) x), 0::bigint,
          'a check pays the claims of one carrier, whose name it carries');
SELECT cmp_ok((SELECT count(*) FROM (SELECT "ClaimPaymentNum" FROM ic.claimproc WHERE "ClaimPaymentNum" <> 0 GROUP BY 1 HAVING count(DISTINCT "PatNum") > 1) x),
              '>', 0::bigint, 'a carrier''s check pays several patients'' claims');
SELECT is((SELECT count(*) FROM ic.claimpayment WHERE "CheckAmt" <= 0 OR "PayType" NOT IN (261, 303) OR "CheckDate" > '2025-06-30'), 0::bigint,
          'checks pay money (a $0 EOB makes none), by check (261) or EFT (303); no check after as_of');
-- The plans' frequency and age limits (their benefit rows) hold for what insurance paid.
SELECT is((SELECT count(*) FROM (
              SELECT cp."InsSubNum", cp."PatNum", pl."CodeNum", extract(year FROM cp."ProcDate"), b."Quantity"
                FROM ic.claimproc cp JOIN ic.procedurelog pl USING ("ProcNum")
                JOIN ic.benefit b ON b."PlanNum" = cp."PlanNum" AND b."CodeNum" = pl."CodeNum" AND b."BenefitType" = 5
                                 AND b."QuantityQualifier" = 1 AND b."TimePeriod" = 2
               WHERE cp."Status" = 1 AND cp."InsPayAmt" > 0
               GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > b."Quantity") x), 0::bigint,
          'no plan pays for more services in a calendar year than its frequency limit');
SELECT is((SELECT count(*) FROM ic.claimproc WHERE "EstimateNote" <> '' AND ("InsPayEst" <> 0 OR "InsPayAmt" <> 0)), 0::bigint,
          'services beyond a limit are estimated and paid at 0, with a note saying why');
SELECT cmp_ok((SELECT count(*) FROM ic.claimproc WHERE "EstimateNote" LIKE 'Not covered:%'), '>', 0::bigint, 'some services run into a limit');
-- Keys.
SELECT is((SELECT count(*) FROM ic.claim c WHERE NOT EXISTS (SELECT FROM ic.patient p WHERE p."PatNum" = c."PatNum")
              OR NOT EXISTS (SELECT FROM ic.insplan i WHERE i."PlanNum" = c."PlanNum")
              OR NOT EXISTS (SELECT FROM ic.inssub s WHERE s."InsSubNum" = c."InsSubNum" AND s."PlanNum" = c."PlanNum")
              OR NOT EXISTS (SELECT FROM ic.provider v WHERE v."ProvNum" = c."ProvTreat")), 0::bigint,
          'claims name a patient, the plan of their subscription, and the treating provider');
SELECT is((SELECT count(*) FROM ic.claimproc p WHERE NOT EXISTS (SELECT FROM ic.claim c WHERE c."ClaimNum" = p."ClaimNum" AND c."PatNum" = p."PatNum")
              OR NOT EXISTS (SELECT FROM ic.procedurelog l WHERE l."ProcNum" = p."ProcNum" AND l."PatNum" = p."PatNum" AND l."ProcStatus" = 2)), 0::bigint,
          'claim procedures join a claim and a completed procedure of the same patient');
SELECT is((SELECT count(*) FROM ic.claim c JOIN ic.inssub s ON s."InsSubNum" = c."InsSubNum"
            WHERE c."DateService" < s."DateEffective" OR (s."DateTerm" > '0001-01-01' AND c."DateService" >= s."DateTerm")), 0::bigint,
          'claims are for services while the coverage was in force');
SELECT is((SELECT count(*) FROM ic.claimtracking t WHERE NOT EXISTS (SELECT FROM ic.claim c WHERE c."ClaimNum" = t."ClaimNum"))
        + (SELECT count(*) FROM ic.eobattach e WHERE NOT EXISTS (SELECT FROM ic.claimpayment k WHERE k."ClaimPaymentNum" = e."ClaimPaymentNum"))
        + (SELECT count(*) FROM ic.claimsnapshot s WHERE NOT EXISTS (SELECT FROM ic.claimproc p WHERE p."ClaimProcNum" = s."ClaimProcNum")), 0::bigint,
          'tracking, EOB attachments and snapshots name their claim, check and claim procedure');
SELECT is((SELECT count(*) FROM ic.insbluebook b WHERE NOT EXISTS (SELECT FROM ic.claimproc p WHERE p."ProcNum" = b."ProcNum" AND p."ClaimNum" = b."ClaimNum")
              OR NOT EXISTS (SELECT FROM ic.carrier k WHERE k."CarrierNum" = b."CarrierNum")
              OR NOT EXISTS (SELECT FROM ic.procedurecode x WHERE x."CodeNum" = b."ProcCodeNum")), 0::bigint,
          'blue-book entries name a paid claim procedure, its carrier and its code');

SELECT * FROM finish();
ROLLBACK;
