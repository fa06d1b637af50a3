-- The records around the visits: treatment plans and their snapshots, procedure notes, group
-- notes and multi-visit groups, perio charts, lab cases, referrals in and out, insurance
-- verification. Every table has rows, every key resolves, dates are in order and never after as_of.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
SELECT plan(21);

CREATE TEMP TABLE counts AS SELECT * FROM dentsynth.generate_all(1500, as_of => '2025-06-30', target_schema => 'c');
CREATE INDEX ON c.procedurelog ("PatNum");
ANALYZE c.procedurelog;

SELECT is((SELECT array_agg(table_name ORDER BY table_name) FROM counts WHERE rows = 0
             AND table_name IN ('treatplan', 'treatplanattach', 'treatplanparam', 'proctp', 'procnote', 'procgroupitem', 'procmultivisit',
                                'perioexam', 'periomeasure', 'labcase', 'refattach', 'insverify', 'insverifyhist')), NULL,
          'every care-record table has rows');

-- Treatment plans.
SELECT is((SELECT count(*) FROM c.treatplan t WHERE NOT EXISTS (SELECT FROM c.patient p WHERE p."PatNum" = t."PatNum")), 0::bigint,
          'plans belong to patients');
SELECT is((SELECT count(*) FROM c.treatplanattach a WHERE NOT EXISTS (SELECT FROM c.treatplan t WHERE t."TreatPlanNum" = a."TreatPlanNum")
              OR NOT EXISTS (SELECT FROM c.procedurelog p WHERE p."ProcNum" = a."ProcNum")), 0::bigint, 'plan attachments name a plan and a procedure');
SELECT is((SELECT count(*) FROM c.proctp x WHERE NOT EXISTS (SELECT FROM c.treatplan t WHERE t."TreatPlanNum" = x."TreatPlanNum" AND t."PatNum" = x."PatNum")
              OR NOT EXISTS (SELECT FROM c.procedurelog p WHERE p."ProcNum" = x."ProcNumOrig")), 0::bigint,
          'plan snapshot rows name their plan and the original procedure');
SELECT is((SELECT count(*) FROM c.proctp x JOIN c.procedurelog p ON p."ProcNum" = x."ProcNumOrig" WHERE x."FeeAmt" <> p."ProcFee"
              OR round((x."PriInsAmt" + x."SecInsAmt" + x."PatAmt")::numeric, 2) <> round(x."FeeAmt"::numeric, 2)), 0::bigint,
          'a snapshot shows the procedure''s fee, split into insurance estimates and the patient''s part');
SELECT is((SELECT count(*) FROM c.treatplanparam q WHERE NOT EXISTS (SELECT FROM c.treatplan t WHERE t."TreatPlanNum" = q."TreatPlanNum")), 0::bigint,
          'plan display options belong to a plan');
-- Notes and groups.
SELECT is((SELECT count(*) FROM c.procnote n WHERE NOT EXISTS (SELECT FROM c.procedurelog p WHERE p."ProcNum" = n."ProcNum" AND p."PatNum" = n."PatNum")
              OR n."EntryDateTime" > '2025-06-30'), 0::bigint, 'procedure notes belong to a procedure of the patient, none after as_of');
SELECT is((SELECT count(*) FROM c.procgroupitem g WHERE NOT EXISTS (SELECT FROM c.procedurelog p WHERE p."ProcNum" = g."ProcNum")
              OR NOT EXISTS (SELECT FROM c.procedurelog p JOIN c.procedurecode pc USING ("CodeNum") WHERE p."ProcNum" = g."GroupNum" AND pc."ProcCode" = '~GRP~')), 0::bigint,
          'group items join a procedure to its group-note procedure');
SELECT is((SELECT count(*) FROM c.procmultivisit m WHERE NOT EXISTS (SELECT FROM c.procedurelog p WHERE p."ProcNum" = m."ProcNum")), 0::bigint,
          'multi-visit rows name procedures');
-- Perio charts.
SELECT is((SELECT count(*) FROM c.perioexam e WHERE NOT EXISTS (SELECT FROM c.patient p WHERE p."PatNum" = e."PatNum")
              OR NOT EXISTS (SELECT FROM c.provider v WHERE v."ProvNum" = e."ProvNum") OR e."ExamDate" > '2025-06-30'), 0::bigint,
          'perio exams name a patient and a provider, none after as_of');
SELECT is((SELECT count(*) FROM c.perioexam e WHERE NOT EXISTS (SELECT FROM c.appointment a WHERE a."PatNum" = e."PatNum"
              AND a."AptStatus" = 2 AND a."IsHygiene" AND a."AptDateTime"::date = e."ExamDate")), 0::bigint, 'perio charting happens at a kept hygiene visit');
SELECT is((SELECT count(*) FROM c.periomeasure m WHERE NOT EXISTS (SELECT FROM c.perioexam e WHERE e."PerioExamNum" = m."PerioExamNum")
              OR m."SequenceType" NOT BETWEEN 0 AND 6 OR m."IntTooth" NOT BETWEEN 1 AND 32), 0::bigint, 'measures belong to an exam, a tooth and a sequence type');
SELECT is((SELECT count(*) FROM c.periomeasure WHERE "SequenceType" = 4 AND ("Bvalue" NOT BETWEEN 0 AND 15 OR "MBvalue" NOT BETWEEN 0 AND 15)), 0::bigint,
          'probing depths are 0-15 mm');
-- Lab cases.
SELECT is((SELECT count(*) FROM c.labcase l WHERE NOT EXISTS (SELECT FROM c.patient p WHERE p."PatNum" = l."PatNum")
              OR NOT EXISTS (SELECT FROM c.laboratory b WHERE b."LaboratoryNum" = l."LaboratoryNum")
              OR (l."AptNum" <> 0 AND NOT EXISTS (SELECT FROM c.appointment a WHERE a."AptNum" = l."AptNum" AND a."PatNum" = l."PatNum"))), 0::bigint,
          'lab cases name a patient, a laboratory and the patient''s appointment');
SELECT is((SELECT count(*) FROM c.labcase WHERE ("DateTimeSent" > '0001-01-01' AND "DateTimeSent" < "DateTimeCreated")
              OR ("DateTimeRecd" > '0001-01-01' AND "DateTimeRecd" < "DateTimeSent") OR ("DateTimeChecked" > '0001-01-01' AND "DateTimeChecked" < "DateTimeRecd")
              OR greatest("DateTimeCreated", "DateTimeSent", "DateTimeRecd", "DateTimeChecked") > '2025-06-30'), 0::bigint,
          'lab cases are created, sent, received and checked in that order, by as_of');
-- Referrals.
SELECT is((SELECT count(*) FROM c.refattach r WHERE NOT EXISTS (SELECT FROM c.patient p WHERE p."PatNum" = r."PatNum")
              OR NOT EXISTS (SELECT FROM c.referral f WHERE f."ReferralNum" = r."ReferralNum")
              OR (r."ProcNum" <> 0 AND NOT EXISTS (SELECT FROM c.procedurelog p WHERE p."ProcNum" = r."ProcNum" AND p."PatNum" = r."PatNum"))), 0::bigint,
          'referral attachments name a patient, a referral and the patient''s procedure');
SELECT is((SELECT count(*) FROM c.refattach WHERE "RefDate" < '2023-01-01' OR "RefDate" > '2025-06-30'), 0::bigint, 'referral dates are within the history');
-- Insurance verification.
SELECT is((SELECT count(*) FROM c.insverify v WHERE ("VerifyType" = 1 AND NOT EXISTS (SELECT FROM c.inssub s WHERE s."InsSubNum" = v."FKey"))
              OR ("VerifyType" = 2 AND NOT EXISTS (SELECT FROM c.patplan p WHERE p."PatPlanNum" = v."FKey")) OR "VerifyType" NOT IN (1, 2)), 0::bigint,
          'verifications name a subscription (benefits) or a patplan (eligibility; none is left for a dropped coverage)');
-- A dropped coverage's patplan is deleted with its eligibility item (OpenDental's PatPlans.Delete);
-- the item's history stays. Any other history row belongs to a current item.
SELECT is((SELECT count(*) FROM c.insverifyhist h
            WHERE (NOT EXISTS (SELECT FROM c.insverify v WHERE v."InsVerifyNum" = h."InsVerifyNum" AND v."FKey" = h."FKey")
                   AND NOT (h."VerifyType" = 2 AND NOT EXISTS (SELECT FROM c.patplan p WHERE p."PatPlanNum" = h."FKey")))
              OR NOT EXISTS (SELECT FROM c.userod u WHERE u."UserNum" = h."VerifyUserNum")), 0::bigint,
          'history rows belong to a verification item (or to a dropped coverage''s deleted one) and a user');
SELECT is((SELECT count(*) FROM c.insverify v WHERE v."SecDateTEdit" IS DISTINCT FROM (SELECT max(h."SecDateTEdit") FROM c.insverifyhist h WHERE h."InsVerifyNum" = v."InsVerifyNum")), 0::bigint,
          'the current verification is the latest one in its history');
SELECT is((SELECT count(*) FROM c.insverifyhist h WHERE h."SecDateTEdit" > '2025-06-30' OR h."SecDateTEdit" < '2023-01-01'), 0::bigint,
          'verifications happen within the history, never after as_of');

SELECT * FROM finish();
ROLLBACK;
