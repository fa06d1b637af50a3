-- Periodontal care as a practice has it: the charting finds periodontitis at the rates surveys find
-- it, by age; the charting agrees with the diagnosis; scaling and root planing is planned per
-- quadrant by the number of teeth involved; after it the patient comes for periodontal maintenance
-- every three to four months instead of prophylaxis, on a perio recall; the plans' frequency limits
-- for these codes hold in the claims; and the share of adults with periodontal treatment is what
-- an owner expects.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
SELECT plan(15);

SELECT count(*) FROM dentsynth.generate_all(1500, as_of => '2026-06-30', target_schema => 'pc') \gset
CREATE INDEX ON pc.procedurelog ("PatNum");
CREATE INDEX ON pc.periomeasure ("PerioExamNum");
ANALYZE;

-- Completed procedures by code, and each patient's periodontal diagnosis: the day the scaling and
-- root planing (or debridement) was planned, at the charting that found the disease.
CREATE TEMP TABLE done AS
SELECT l."PatNum", l."ProcNum", c."ProcCode" AS code, l."ProcDate", l."Surf"
  FROM pc.procedurelog l JOIN pc.procedurecode c USING ("CodeNum") WHERE l."ProcStatus" = 2;
CREATE TEMP TABLE diagnosis AS
SELECT l."PatNum", min(l."DateTP") AS day
  FROM pc.procedurelog l JOIN pc.procedurecode c USING ("CodeNum")
 WHERE c."ProcCode" IN ('D4341', 'D4342', 'D4355') GROUP BY 1;
-- Per charting, the teeth with a pocket of 4 mm or more, and the deepest site.
CREATE TEMP TABLE charting AS
SELECT e."PerioExamNum", e."PatNum", e."ExamDate",
       count(*) FILTER (WHERE greatest(m."MBvalue", m."Bvalue", m."DBvalue", m."MLvalue", m."Lvalue", m."DLvalue") >= 4) AS pocket_teeth,
       max(greatest(m."MBvalue", m."Bvalue", m."DBvalue", m."MLvalue", m."Lvalue", m."DLvalue")) AS deepest
  FROM pc.perioexam e JOIN pc.periomeasure m ON m."PerioExamNum" = e."PerioExamNum" AND m."SequenceType" = 4
 GROUP BY 1, 2, 3;
-- Adults 30+ at as_of who have been seen (a completed visit).
CREATE TEMP TABLE adults AS
SELECT p."PatNum", extract(year FROM age(date '2026-06-30', p."Birthdate"))::int AS age
  FROM pc.patient p
 WHERE age(date '2026-06-30', p."Birthdate") >= interval '30 years'
   AND EXISTS (SELECT FROM pc.appointment a WHERE a."PatNum" = p."PatNum" AND a."AptStatus" = 2);

-- The owner's number: adults 30+ who were seen and ever had periodontal treatment (42% prevalence
-- times a realistic case acceptance).
SELECT ok((SELECT avg((EXISTS (SELECT FROM done d WHERE d."PatNum" = a."PatNum" AND d.code IN ('D4341', 'D4342', 'D4355', 'D4910')))::int)
             FROM adults a) BETWEEN 0.20 AND 0.45,
          'between 20% and 45% of adults 30+ who were seen had periodontal treatment');

-- Diagnosis at the rates surveys find (NHANES: 42% of adults 30+), rising with age.
SELECT ok((SELECT avg((EXISTS (SELECT FROM diagnosis g WHERE g."PatNum" = a."PatNum"))::int) FROM adults a
            WHERE EXISTS (SELECT FROM pc.perioexam e WHERE e."PatNum" = a."PatNum")) BETWEEN 0.30 AND 0.55,
          'periodontitis is found in 30-55% of charted adults 30+');
SELECT ok((SELECT bool_and(share_young < share_middle AND share_middle < share_old) FROM (
              SELECT avg(found) FILTER (WHERE age < 30) AS share_young, avg(found) FILTER (WHERE age BETWEEN 30 AND 64) AS share_middle,
                     avg(found) FILTER (WHERE age >= 65) AS share_old
                FROM (SELECT extract(year FROM age(date '2026-06-30', p."Birthdate")) AS age,
                             (EXISTS (SELECT FROM diagnosis g WHERE g."PatNum" = p."PatNum"))::int AS found
                        FROM pc.patient p WHERE EXISTS (SELECT FROM pc.perioexam e WHERE e."PatNum" = p."PatNum")) x) y),
          'periodontitis is found more often with age (under 30 < 30-64 < 65+)');

-- The charting agrees with the diagnosis.
SELECT is((SELECT count(*) FROM diagnosis g
            WHERE NOT EXISTS (SELECT FROM charting c WHERE c."PatNum" = g."PatNum" AND c."ExamDate" = g.day AND c.pocket_teeth >= 2)), 0::bigint,
          'every diagnosis is made at a charting with pockets of 4 mm or more on two teeth at least');
SELECT is((SELECT count(*) FROM charting c
            WHERE c.deepest >= 4
              AND NOT EXISTS (SELECT FROM diagnosis g WHERE g."PatNum" = c."PatNum" AND g.day <= c."ExamDate")), 0::bigint,
          'no charting before a diagnosis (or of a patient never diagnosed) reads a pocket of 4 mm or more');

-- Scaling and root planing per quadrant: D4341 for four or more teeth with pockets, D4342 for one to three.
SELECT is((SELECT count(*) FROM pc.procedurelog l JOIN pc.procedurecode c USING ("CodeNum")
            WHERE c."ProcCode" IN ('D4341', 'D4342')
              AND NOT EXISTS (
                  SELECT FROM pc.perioexam e
                   WHERE e."PatNum" = l."PatNum" AND e."ExamDate" = l."DateTP"
                     AND (SELECT count(*) FROM pc.periomeasure m
                           WHERE m."PerioExamNum" = e."PerioExamNum" AND m."SequenceType" = 4
                             AND (m."IntTooth" - 1) / 8 = array_position(ARRAY['UR', 'UL', 'LL', 'LR'], l."Surf") - 1
                             AND greatest(m."MBvalue", m."Bvalue", m."DBvalue", m."MLvalue", m."Lvalue", m."DLvalue") >= 4)
                         BETWEEN CASE c."ProcCode" WHEN 'D4341' THEN 4 ELSE 1 END AND CASE c."ProcCode" WHEN 'D4341' THEN 32 ELSE 3 END)), 0::bigint,
          'each root planing code matches the teeth with pockets in its quadrant at the diagnosis (D4341: 4+, D4342: 1-3)');
SELECT ok((SELECT count(*) FILTER (WHERE code = 'D4341') > 0 AND count(*) FILTER (WHERE code = 'D4342') > 0
                  AND count(*) FILTER (WHERE code = 'D4355') > 0 FROM done),
          'both root planing codes and full mouth debridement are done');

-- After scaling and root planing: periodontal maintenance, not prophylaxis, every 3-4 months.
SELECT is((SELECT count(*) FROM done m WHERE m.code = 'D4910'
            AND NOT EXISTS (SELECT FROM done s WHERE s."PatNum" = m."PatNum" AND s.code IN ('D4341', 'D4342') AND s."ProcDate" < m."ProcDate")), 0::bigint,
          'periodontal maintenance follows scaling and root planing');
SELECT is((SELECT count(*) FROM done p WHERE p.code = 'D1110'
            AND EXISTS (SELECT FROM done s WHERE s."PatNum" = p."PatNum" AND s.code IN ('D4341', 'D4342') AND s."ProcDate" < p."ProcDate")), 0::bigint,
          'no prophylaxis after scaling and root planing');
SELECT ok((SELECT avg((EXISTS (SELECT FROM done m WHERE m."PatNum" = s."PatNum" AND m.code = 'D4910' AND m."ProcDate" > s.last))::int) >= 0.7
             FROM (SELECT "PatNum", max("ProcDate") AS last FROM done WHERE code IN ('D4341', 'D4342') GROUP BY 1
                   HAVING max("ProcDate") <= date '2026-06-30' - 183) s),
          'most patients who finished root planing half a year ago have come for maintenance since');
SELECT ok((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY gap) BETWEEN 90 AND 135
                  AND mode() WITHIN GROUP (ORDER BY round(gap / 30.44)) IN (3, 4)
             FROM (SELECT "ProcDate" - lag("ProcDate") OVER (PARTITION BY "PatNum" ORDER BY "ProcDate") AS gap FROM done WHERE code = 'D4910') x
            WHERE gap IS NOT NULL),
          'maintenance visits come every 3-4 months (the commonest gap), the median under 4.5 months with late and missed visits');
SELECT is((SELECT count(*) FROM (SELECT DISTINCT "PatNum" FROM done WHERE code = 'D4910') m
            WHERE NOT EXISTS (SELECT FROM pc.recall r JOIN pc.recalltype t USING ("RecallTypeNum")
                               WHERE r."PatNum" = m."PatNum" AND t."Description" = 'Perio' AND r."RecallInterval" = 3)
               OR EXISTS (SELECT FROM pc.recall r JOIN pc.recalltype t USING ("RecallTypeNum")
                           WHERE r."PatNum" = m."PatNum" AND t."Description" IN ('Prophy', 'Child Prophy'))), 0::bigint,
          'patients on maintenance recall on the 3-month perio recall, not the prophylaxis one');

-- The plans' periodontal frequency limits hold for what insurance paid.
SELECT is((SELECT count(*) FROM pc.claimproc a JOIN pc.procedurelog la ON la."ProcNum" = a."ProcNum"
                 JOIN pc.procedurecode ca ON ca."CodeNum" = la."CodeNum" AND ca."ProcCode" IN ('D4341', 'D4342')
                 JOIN pc.claimproc b ON b."InsSubNum" = a."InsSubNum" AND b."PatNum" = a."PatNum" AND b."ClaimProcNum" <> a."ClaimProcNum" AND b."Status" = 1 AND b."InsPayAmt" > 0
                 JOIN pc.procedurelog lb ON lb."ProcNum" = b."ProcNum" AND lb."Surf" = la."Surf"
                 JOIN pc.procedurecode cb ON cb."CodeNum" = lb."CodeNum" AND cb."ProcCode" IN ('D4341', 'D4342')
            WHERE a."Status" = 1 AND a."InsPayAmt" > 0 AND b."ProcDate" < a."ProcDate"
              AND a."ProcDate" < b."ProcDate" + (SELECT min(k."Quantity") FROM pc.benefit k
                                                   WHERE k."PlanNum" = a."PlanNum" AND k."CodeNum" = la."CodeNum" AND k."QuantityQualifier" = 5) * interval '1 month'),
          0::bigint, 'no plan pays root planing of a quadrant twice within its months');
SELECT is((SELECT count(*) FROM (
              SELECT cp."InsSubNum", cp."PatNum", cp."PlanNum", extract(year FROM cp."ProcDate") FROM pc.claimproc cp
                JOIN pc.procedurelog l USING ("ProcNum") JOIN pc.procedurecode c ON c."CodeNum" = l."CodeNum"
               WHERE cp."Status" = 1 AND cp."InsPayAmt" > 0 AND c."ProcCode" IN ('D1110', 'D4910')
               GROUP BY 1, 2, 3, 4
              HAVING count(*) > (SELECT min(k."Quantity") FROM pc.benefit k JOIN pc.procedurecode kc ON kc."CodeNum" = k."CodeNum"
                                  WHERE k."PlanNum" = cp."PlanNum" AND kc."ProcCode" = 'D4910' AND k."BenefitType" = 5)) x), 0::bigint,
          'no plan pays more cleanings and periodontal maintenance together in a year than its maintenance limit');
SELECT ok((SELECT count(*) FROM pc.claimproc WHERE "EstimateNote" LIKE '%periodontal maintenance%') > 0
          AND (SELECT count(*) FROM pc.claimproc cp JOIN pc.procedurelog l USING ("ProcNum") JOIN pc.procedurecode c ON c."CodeNum" = l."CodeNum"
                WHERE c."ProcCode" = 'D4910' AND cp."InsPayAmt" > 0) > 0,
          'plans pay for maintenance, and some maintenance visits run into the yearly limit');

SELECT * FROM finish();
ROLLBACK;
