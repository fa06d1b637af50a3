-- Patients' visits and care: appointments only on the provider's working days and hours, never
-- double-booking an operatory or a provider, statuses with their real meaning, history that
-- agrees with the appointment, procedures valid for their code and priced from the patient's
-- fee schedule, recalls that follow the visits, first visits that are the first kept visit.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
SELECT plan(33);

SELECT * FROM dentsynth.generate_all(2000, as_of => '2025-06-30', target_schema => 'v') \g /dev/null
-- Indexes for the checks below (the raw tables carry only their primary keys).
CREATE INDEX ON v.schedule ("SchedDate", "ProvNum");
CREATE INDEX ON v.scheduleop ("ScheduleNum");
CREATE INDEX ON v.histappointment ("AptNum");
CREATE INDEX ON v.appointment ("PatNum");
CREATE INDEX ON v.fee ("FeeSched", "CodeNum");
ANALYZE v.schedule, v.scheduleop, v.histappointment, v.appointment, v.fee, v.procedurelog, v.patient;

-- Each appointment with the provider who does the work and its time range.
CREATE TEMP VIEW apt AS
SELECT a.*, CASE WHEN a."IsHygiene" THEN a."ProvHyg" ELSE a."ProvNum" END AS worker,
       a."AptDateTime" + length(a."Pattern") * interval '5 minutes' AS apt_end
  FROM v.appointment a;

-- Keys.
SELECT is((SELECT count(*) FROM apt a WHERE NOT EXISTS (SELECT FROM v.patient p WHERE p."PatNum" = a."PatNum")
              OR (a."AptStatus" <> 6 AND NOT EXISTS (SELECT FROM v.operatory o WHERE o."OperatoryNum" = a."Op"))
              OR (a."AptStatus" = 6 AND a."Op" <> 0)
              OR NOT EXISTS (SELECT FROM v.provider p WHERE p."ProvNum" = a."ProvNum")
              OR (a."ProvHyg" <> 0 AND NOT EXISTS (SELECT FROM v.provider p WHERE p."ProvNum" = a."ProvHyg"))
              OR NOT EXISTS (SELECT FROM v.appointmenttype t WHERE t."AppointmentTypeNum" = a."AppointmentTypeNum")), 0::bigint,
          'appointments name a patient, an operatory, providers and an appointment type');
SELECT is((SELECT count(*) FROM v.procedurelog p WHERE NOT EXISTS (SELECT FROM v.patient x WHERE x."PatNum" = p."PatNum")
              OR NOT EXISTS (SELECT FROM v.procedurecode c WHERE c."CodeNum" = p."CodeNum")
              OR NOT EXISTS (SELECT FROM v.provider x WHERE x."ProvNum" = p."ProvNum")
              OR (p."AptNum" <> 0 AND NOT EXISTS (SELECT FROM v.appointment a WHERE a."AptNum" = p."AptNum" AND a."PatNum" = p."PatNum"))), 0::bigint,
          'procedures name a patient, a code, a provider and their own appointment');
SELECT is((SELECT count(*) FROM v.histappointment h WHERE NOT EXISTS (SELECT FROM v.appointment a WHERE a."AptNum" = h."AptNum" AND a."PatNum" = h."PatNum")
              OR NOT EXISTS (SELECT FROM v.userod u WHERE u."UserNum" = h."HistUserNum")), 0::bigint,
          'history rows name an appointment of the same patient and a user');
SELECT is((SELECT count(*) FROM v.recall r WHERE NOT EXISTS (SELECT FROM v.patient p WHERE p."PatNum" = r."PatNum")
              OR NOT EXISTS (SELECT FROM v.recalltype t WHERE t."RecallTypeNum" = r."RecallTypeNum")), 0::bigint,
          'recalls name a patient and a recall type');

-- Working days and hours (appointments up to as_of's day: later schedules may not be entered yet).
SELECT is((SELECT count(*) FROM apt a WHERE a."AptStatus" <> 6 AND a."AptDateTime" <= '2025-06-30 23:59' AND NOT EXISTS (
             SELECT FROM v.schedule s WHERE s."SchedType" = 1 AND s."ProvNum" = a.worker AND s."SchedDate" = a."AptDateTime"::date
                AND s."StartTime" <= a."AptDateTime"::time AND s."StopTime" >= a.apt_end::time)), 0::bigint,
          'every appointment is within its provider''s working hours on a working day');
SELECT is((SELECT count(*) FROM apt a JOIN v.schedule s ON s."SchedType" = 0 AND s."SchedDate" = a."AptDateTime"::date), 0::bigint,
          'no appointment on a day the office is closed');
SELECT is((SELECT count(*) FROM apt a WHERE extract(dow FROM a."AptDateTime") IN (0, 6)), 0::bigint, 'no appointment on a weekend');
SELECT is((SELECT count(*) FROM apt a WHERE a."AptStatus" <> 6 AND NOT EXISTS (
             SELECT FROM v.scheduleop so JOIN v.schedule s USING ("ScheduleNum")
              WHERE so."OperatoryNum" = a."Op" AND s."ProvNum" = a.worker AND s."SchedDate" = a."AptDateTime"::date)
             AND a."AptDateTime" <= '2025-06-30 23:59'), 0::bigint, 'each appointment is in an operatory its provider works in that day');

-- No double booking (appointments on the schedule: all but those moved to the unscheduled list).
SELECT is((SELECT count(*) FROM apt a JOIN apt b ON a."Op" = b."Op" AND a."AptNum" < b."AptNum"
            WHERE a."AptStatus" NOT IN (3, 6) AND b."AptStatus" NOT IN (3, 6) AND a."AptDateTime" < b.apt_end AND b."AptDateTime" < a.apt_end), 0::bigint,
          'no two appointments overlap in one operatory');
SELECT is((SELECT count(*) FROM apt a JOIN apt b ON a.worker = b.worker AND a."AptNum" < b."AptNum"
            WHERE a."AptStatus" NOT IN (3, 6) AND b."AptStatus" NOT IN (3, 6) AND a."AptDateTime" < b.apt_end AND b."AptDateTime" < a.apt_end), 0::bigint,
          'no provider has two overlapping appointments (planned ones are not on the schedule)');

-- Status semantics.
SELECT is((SELECT count(*) FROM v.appointment WHERE "AptStatus" NOT IN (1, 2, 3, 5, 6)), 0::bigint, 'statuses are scheduled, complete, unscheduled list, broken or planned');
SELECT is((SELECT count(*) FROM v.procedurelog p WHERE p."PlannedAptNum" <> 0 AND NOT EXISTS (
             SELECT FROM v.appointment a WHERE a."AptNum" = p."PlannedAptNum" AND a."AptStatus" = 6 AND a."PatNum" = p."PatNum")), 0::bigint,
          'accepted treatment sits on a planned appointment of the same patient');
SELECT cmp_ok((SELECT count(*) FROM v.appointment WHERE "AptStatus" = 6), '>', 0::bigint, 'accepted treatment plans have planned appointments');
SELECT is((SELECT count(*) FROM v.appointment WHERE "AptStatus" = 1 AND "AptDateTime" < '2025-06-30'), 0::bigint,
          'no appointment before the cut (the start of as_of''s day) is still scheduled');
SELECT cmp_ok((SELECT count(*) FROM v.appointment WHERE "AptStatus" = 1 AND "AptDateTime"::date = '2025-06-30'), '>', 0::bigint,
          'the visits of as_of''s own day are still on the books');
SELECT is((SELECT count(*) FROM v.appointment WHERE "AptStatus" IN (2, 5) AND "AptDateTime" > '2025-06-30'), 0::bigint,
          'nothing is complete or broken after the cut');
SELECT is((SELECT count(*) FROM v.appointment WHERE "AptStatus" = 2 AND NOT ("DateTimeArrived" <= "DateTimeSeated" AND "DateTimeSeated" <= "DateTimeDismissed"
              AND "DateTimeArrived"::date = "AptDateTime"::date AND "DateTimeDismissed" <= "AptDateTime" + interval '3 hours')), 0::bigint,
          'complete visits: arrived <= seated <= dismissed, on the appointment''s day');
SELECT is((SELECT count(*) FROM v.appointment WHERE "AptStatus" <> 2 AND ("DateTimeArrived" > '0001-01-01' OR "DateTimeDismissed" > '0001-01-01')), 0::bigint,
          'only complete visits have arrival and dismissal times');
SELECT is((SELECT count(*) FROM v.appointment WHERE "SecDateTEntry" > "AptDateTime" OR "SecDateTEntry" > '2025-06-30'
              OR "DateTStamp" < "SecDateTEntry" OR "DateTStamp" > '2025-06-30'), 0::bigint,
          'appointments are booked before they happen, edited after booking, nothing after the cut');
SELECT ok((SELECT avg(("AptStatus" = 5)::int) FROM v.appointment WHERE "AptStatus" IN (2, 3, 5)) BETWEEN 0.03 AND 0.10,
          'broken appointments are 3-10% of resolved ones (documented 6%)');

-- History agrees with the appointment.
SELECT is((SELECT count(*) FROM v.appointment a WHERE NOT EXISTS (
             SELECT FROM v.histappointment h WHERE h."AptNum" = a."AptNum" AND h."HistApptAction" = 0 AND h."HistDateTStamp" = a."SecDateTEntry")), 0::bigint,
          'every appointment has its creation in history');
SELECT is((SELECT count(*) FROM v.appointment a WHERE a."AptStatus" IN (2, 5)
              AND (SELECT count(*) FROM v.histappointment h WHERE h."AptNum" = a."AptNum") < 2), 0::bigint,
          'kept and broken appointments have at least two history rows');
SELECT is((SELECT count(*) FROM v.appointment a WHERE a."AptStatus" <> (
             SELECT h."AptStatus" FROM v.histappointment h WHERE h."AptNum" = a."AptNum" ORDER BY h."HistDateTStamp" DESC LIMIT 1)), 0::bigint,
          'the latest history row has the appointment''s status');
SELECT is((SELECT count(*) FROM (SELECT "AptNum", "HistDateTStamp" FROM v.histappointment GROUP BY 1, 2 HAVING count(*) > 1) d), 0::bigint,
          'an appointment''s history rows have distinct times');
SELECT is((SELECT count(*) FROM v.histappointment WHERE "HistApptAction" NOT IN (0, 1, 2, 3) OR "HistDateTStamp" > '2025-06-30'), 0::bigint,
          'history actions are created/changed/missed/cancelled, none after the cut');

-- Procedures.
SELECT is((SELECT count(*) FROM v.procedurelog p JOIN v.appointment a ON a."AptNum" = p."AptNum"
            WHERE p."ProcStatus" = 2 AND (a."AptStatus" <> 2 OR p."ProcDate" <> a."AptDateTime"::date OR p."ProvNum" NOT IN (a."ProvNum", a."ProvHyg"))), 0::bigint,
          'completed procedures are done on their kept appointment''s day by its provider or hygienist');
SELECT is((SELECT count(*) FROM v.procedurelog WHERE ("ProcStatus" = 2 AND ("AptNum" = 0 OR "ProcDate" > '2025-06-30')) OR "ProcStatus" NOT IN (1, 2, 3, 4)), 0::bigint,
          'completed procedures belong to an appointment and are never in the future');
SELECT is((SELECT count(*) FROM v.procedurelog p JOIN v.procedurecode c USING ("CodeNum") WHERE NOT CASE c."TreatArea"
              WHEN 1 THEN p."ToothNum" ~ '^([1-9]|[12][0-9]|3[0-2])$' AND p."Surf" ~ '^[MODBFLI]{1,5}$'
              WHEN 2 THEN p."ToothNum" ~ '^([1-9]|[12][0-9]|3[0-2])$' AND p."Surf" = ''
              WHEN 4 THEN p."ToothNum" = '' AND p."Surf" IN ('UR', 'UL', 'LL', 'LR')
              ELSE p."ToothNum" = '' AND p."Surf" = '' END), 0::bigint,
          'tooth and surfaces are valid for each code''s treatment area');
SELECT is((SELECT count(*) FROM v.procedurelog p JOIN v.patient pt USING ("PatNum") JOIN v.provider pv ON pv."ProvNum" = p."ProvNum"
            JOIN v.fee f ON f."CodeNum" = p."CodeNum" AND f."FeeSched" = CASE WHEN pt."FeeSched" <> 0 THEN pt."FeeSched" ELSE pv."FeeSched" END
            WHERE f."Amount" <> p."ProcFee"), 0::bigint, 'every fee is the patient''s own schedule''s fee for the code, else the provider''s (UCR)');
SELECT is((SELECT count(*) FROM v.procedurelog p WHERE NOT EXISTS (SELECT FROM v.fee f WHERE f."CodeNum" = p."CodeNum")), 0::bigint,
          'every procedure''s code has fees');

-- First visits and recalls follow the visits.
SELECT is((SELECT count(*) FROM v.patient p WHERE p."DateFirstVisit" IS DISTINCT FROM coalesce(
             (SELECT min(a."AptDateTime")::date FROM v.appointment a WHERE a."PatNum" = p."PatNum" AND a."AptStatus" = 2), '0001-01-01')), 0::bigint,
          'DateFirstVisit is the first kept visit');
-- (Scaling and root planing is also done in the hygiene chair, but is no cleaning: the recall's
-- previous date is that of the last cleaning, prophylaxis or periodontal maintenance.)
SELECT is((SELECT count(*) FROM v.recall r WHERE r."RecallTypeNum" <> 4 AND r."DatePrevious" IS DISTINCT FROM (
             SELECT max(a."AptDateTime")::date FROM v.appointment a WHERE a."PatNum" = r."PatNum" AND a."AptStatus" = 2 AND a."IsHygiene"
                AND EXISTS (SELECT FROM v.procedurelog l JOIN v.procedurecode c USING ("CodeNum")
                             WHERE l."AptNum" = a."AptNum" AND c."ProcCode" IN ('D1110', 'D1120', 'D4910')))), 0::bigint,
          'a cleaning recall''s previous date is the last kept cleaning visit');
SELECT is((SELECT count(*) FROM v.recall WHERE "DateDue" <> ("DatePrevious" + make_interval(months => "RecallInterval"))::date
              OR "RecallInterval" NOT IN (3, 6, 12)), 0::bigint, 'due dates are the previous visit plus the interval in months');

SELECT * FROM finish();
ROLLBACK;
