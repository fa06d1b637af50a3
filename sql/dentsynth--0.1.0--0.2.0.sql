-- dentsynth upgrade script from 0.1.0 to 0.2.0: everything the 0.2.0 install script creates or
-- defines differently from the 0.1.0 one (sql/dentsynth--0.1.0.sql, frozen). test/upgrade.sql
-- updates a 0.1.0 install and fails on any function, type, table or comment that then differs
-- from a fresh install: a change to sql/dentsynth.sql.in or to the generated part of the script
-- (schema/*.tsv) needs its statement here too (a new object: the same CREATE and COMMENT; a
-- changed function: CREATE OR REPLACE FUNCTION with the new definition).
\echo Use "ALTER EXTENSION dentsynth UPDATE TO '0.2.0'" to load this file. \quit

CREATE FUNCTION dentsynth.version(OUT extension_version text, OUT generator_version text)
AS 'MODULE_PATHNAME', 'dentsynth_version'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.version() IS
  'The extension version of this database''s dentsynth objects (pg_extension.extversion; ALTER EXTENSION dentsynth UPDATE moves it) and the generator version of the installed module, which decides the rows: output is a function of (generator version, arguments). Equal at a release; a module newer than the objects shows as a newer generator version.';

-- profile(): the practice's key figures as an owner or a consultant reads them, each beside the
-- range published benchmarks give (docs/PROFILE.md defines every row: numerator, denominator,
-- window, source). Computed from the raw tables alone, as validate() is, so it runs on a replica
-- of a real office too. The cut is the data's own "today": the day after the latest completed
-- procedure (on a replica refreshed daily, today; on generated data, the last working day before
-- as_of plus one); the window is the 12 months before it. {s} stands for the quoted schema name.
CREATE FUNCTION dentsynth.profile(target_schema name DEFAULT 'raw')
RETURNS TABLE (kpi text, value numeric, unit text, target_low numeric, target_high numeric, source text, in_range boolean)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $profile$
BEGIN
    IF target_schema IS NULL THEN
        RAISE EXCEPTION 'parameter "target_schema" must not be NULL' USING ERRCODE = '22004',
            HINT = 'Pass the schema generate_all wrote into, or leave it out to profile raw.';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_namespace WHERE nspname = target_schema) THEN
        RAISE EXCEPTION 'invalid value for parameter "target_schema": schema "%" does not exist', target_schema USING ERRCODE = '3F000',
            HINT = 'Generate into it first: SELECT * FROM dentsynth.generate_all(target_schema => ...).';
    END IF;
    RETURN QUERY EXECUTE replace($q$
WITH cut AS (SELECT coalesce(max("ProcDate") + 1, current_date) AS c FROM {s}.procedurelog WHERE "ProcStatus" = 2),
win AS (SELECT (c - interval '12 months')::date AS lo, c AS hi, (c - interval '18 months')::date AS active_lo FROM cut),
done AS (SELECT l."ProvNum", round(l."ProcFee"::numeric * (l."UnitQty" + l."BaseUnits"), 2) AS fee
           FROM {s}.procedurelog l, win WHERE l."ProcStatus" = 2 AND l."ProcDate" >= win.lo AND l."ProcDate" < win.hi),
production AS (SELECT sum(fee) AS gross,
                      count(DISTINCT d."ProvNum") FILTER (WHERE NOT p."IsSecondary") AS dentists
                 FROM done d LEFT JOIN {s}.provider p USING ("ProvNum")),
write_off AS (SELECT sum(round(cp."WriteOff"::numeric, 2)) AS total,
                     coalesce(sum(round(cp."WriteOff"::numeric, 2)) FILTER (WHERE i."PlanType" = 'p'), 0) AS ppo
                FROM {s}.claimproc cp LEFT JOIN {s}.insplan i USING ("PlanNum"), win
               WHERE cp."Status" IN (1, 4) AND cp."ProcDate" >= win.lo AND cp."ProcDate" < win.hi),
adjusted AS (SELECT coalesce(sum(round("AdjAmt"::numeric, 2)), 0) AS total FROM {s}.adjustment, win WHERE "AdjDate" >= win.lo AND "AdjDate" < win.hi),
net AS (SELECT production.gross - coalesce(write_off.total, 0) + adjusted.total AS net FROM production, write_off, adjusted),
insurance_paid AS (SELECT coalesce(sum(round("InsPayAmt"::numeric, 2)), 0) AS total FROM {s}.claimproc, win
                    WHERE "Status" IN (1, 4) AND "DateCP" >= win.lo AND "DateCP" < win.hi),
patient_paid AS (SELECT coalesce(sum(round("SplitAmt"::numeric, 2)), 0) AS total FROM {s}.paysplit, win WHERE "DatePay" >= win.lo AND "DatePay" < win.hi),
receivable AS (SELECT sum(round("BalTotal"::numeric, 2)) AS total, sum(round("BalOver90"::numeric, 2)) AS over_90,
                      sum(round(("Bal_0_30" + "Bal_31_60" + "Bal_61_90" + "BalOver90")::numeric, 2)) AS aged FROM {s}.patient),
visits AS (SELECT count(*) FILTER (WHERE "AptStatus" = 2) AS kept, count(*) FILTER (WHERE "AptStatus" = 5) AS broken
             FROM {s}.appointment, win WHERE "AptStatus" IN (2, 5) AND "AptDateTime" >= win.lo AND "AptDateTime" < win.hi),
active AS (SELECT DISTINCT a."PatNum" FROM {s}.appointment a, win
            WHERE a."AptStatus" = 2 AND a."AptDateTime" >= win.active_lo AND a."AptDateTime" < win.hi),
active_people AS (SELECT p."PatNum", extract(year FROM age(cut.c, p."Birthdate")) AS age_years,
                         EXISTS (SELECT FROM {s}.patplan pp WHERE pp."PatNum" = p."PatNum") AS insured
                    FROM {s}.patient p JOIN active USING ("PatNum"), cut),
recall_due AS (SELECT count(*) AS cleanings,
                      count(*) FILTER (WHERE r."DateDue" >= cut.c - 30 OR r."DateScheduled" >= cut.c) AS current
                 FROM {s}.recall r JOIN {s}.recalltype t USING ("RecallTypeNum") JOIN active USING ("PatNum"), cut
                WHERE NOT r."IsDisabled" AND t."Procedures" ~ '(D1110|D1120|D4910)'),
planned AS (SELECT count(*) AS procedures, count(*) FILTER (WHERE l."ProcStatus" = 2) AS completed
              FROM {s}.proctp t JOIN {s}.procedurelog l ON l."ProcNum" = t."ProcNumOrig", win
             WHERE t."DateTP" >= win.lo - interval '3 months' AND t."DateTP" < win.hi - interval '3 months'),
new_patients AS (SELECT count(*) AS n FROM {s}.patient, win WHERE "DateFirstVisit" >= win.lo AND "DateFirstVisit" < win.hi),
seen AS (SELECT DISTINCT "PatNum" FROM {s}.appointment WHERE "AptStatus" = 2),
perio_treated AS (SELECT DISTINCT l."PatNum" FROM {s}.procedurelog l JOIN {s}.procedurecode pc USING ("CodeNum")
                   WHERE l."ProcStatus" = 2 AND pc."ProcCode" IN ('D4341', 'D4342', 'D4355', 'D4910')),
perio AS (SELECT count(*) AS adults, count(t."PatNum") AS treated
            FROM {s}.patient p JOIN seen USING ("PatNum") LEFT JOIN perio_treated t USING ("PatNum"), cut
           WHERE p."Birthdate" > '1880-01-01' AND age(cut.c, p."Birthdate") >= interval '30 years'),
ages AS (SELECT count(*) AS n, count(*) FILTER (WHERE insured) AS insured, count(*) FILTER (WHERE age_years < 18) AS children,
                count(*) FILTER (WHERE age_years >= 18 AND age_years < 65) AS adults, count(*) FILTER (WHERE age_years >= 65) AS seniors
           FROM active_people)
SELECT k.kpi, k.value, k.unit, k.low, k.high, k.source, k.value BETWEEN k.low AND k.high
  FROM production, write_off, adjusted, net, insurance_paid, patient_paid, receivable, visits, recall_due, planned, new_patients, perio, ages,
       LATERAL (SELECT nullif(production.dentists, 0) AS dentists, nullif(production.gross, 0) AS gross) AS d,
  LATERAL (VALUES
    (1, 'dentists with production', production.dentists::numeric, 'dentists', NULL::numeric, NULL::numeric,
        'no range: the practice''s size; the per-dentist rows divide by it'),
    (2, 'gross production', round(production.gross, 2), '$ a year', NULL, NULL,
        'no range: grows with the practice; see gross production per dentist'),
    (3, 'gross production per dentist', round(production.gross / d.dentists, 0), '$ a dentist-year', 400000, 1200000,
        'ADA Health Policy Institute, Survey of Dental Practice: gross billings of a general dentist''s practice, hygiene included, about $0.6-1.0M a year'),
    (4, 'net production per dentist', round(net.net / d.dentists, 0), '$ a dentist-year', 300000, 1100000,
        'gross production per dentist less PPO write-offs (10-30% of gross, see below) and adjustments'),
    (5, 'net production, share of gross', round(net.net / d.gross, 3), 'share', 0.65, 0.95,
        'Dental Economics / Levin Group: PPO write-offs and adjustments take 5-35% of gross production in an in-network practice'),
    (6, 'PPO write-offs, share of gross production', round(write_off.ppo / d.gross, 3), 'share', 0.05, 0.30,
        'ADA Health Policy Institute: PPO fee schedules 20-40% below the office''s fees; times the share of production billed to PPO plans (Dental Economics: write-offs 10-30% of gross in PPO-heavy practices)'),
    (7, 'collection rate', round((insurance_paid.total + patient_paid.total) / nullif(net.net, 0), 3), 'share', 0.95, 1.03,
        'Dental Economics / Levin Group: collections of 98% or more of net production; below 95% a practice reviews its AR'),
    (8, 'insurance share of collections', round(insurance_paid.total / nullif(insurance_paid.total + patient_paid.total, 0), 3), 'share', 0.35, 0.70,
        'ADA Health Policy Institute, dental expenditure by source of payment: private insurance about 45%, out of pocket about 40%'),
    (9, 'AR total', round(receivable.total, 2), '$', NULL, NULL,
        'no range: grows with the practice; see AR in months of production'),
    (10, 'AR over 90 days, share of AR', round(receivable.over_90 / nullif(receivable.aged, 0), 3), 'share', 0.02, 0.20,
        'Dentistry IQ / Dental Economics: AR over 90 days under 15-20% of AR; some old balances (the bad-debt candidates) in any office'),
    (11, 'AR in months of production', round(receivable.total / nullif(production.gross / 12, 0), 2), 'months', 0.25, 1.5,
        'Levin Group / Dental Economics: patient AR under 1-1.5 months of production'),
    (12, 'production per visit', round(production.gross / nullif(visits.kept, 0), 2), '$ a kept visit', 200, 450,
        'consultancy benchmarks (Dental Intelligence, Dentistry IQ): $250-400 a visit in general practice, hygiene visits included'),
    (13, 'kept visits per active patient-year', round(visits.kept / nullif(ages.n, 0)::numeric, 2), 'visits', 1.5, 3.0,
        'ADA Health Policy Institute (MEPS): a patient who visits sees the dentist 2-3 times a year (two recalls plus treatment)'),
    (14, 'broken-appointment rate', round(visits.broken / nullif(visits.kept + visits.broken, 0)::numeric, 3), 'share', 0.02, 0.12,
        'Dental Economics / Dentistry IQ: no-shows 5-10% of appointments; under 8% is good'),
    (15, 'recall compliance', round(recall_due.current / nullif(recall_due.cleanings, 0)::numeric, 3), 'share', 0.55, 0.90,
        'Levin Group / Dental Economics: recall effectiveness 60-70% in most practices, 80%+ the goal (Patterson: 80% seen on time)'),
    (16, 'case acceptance', round(planned.completed / nullif(planned.procedures, 0)::numeric, 3), 'share', 0.45, 0.85,
        'ADA Health Policy Institute and consultancy benchmarks (Levin Group, Dental Economics): 50-70% of diagnosed treatment accepted, 85% the top'),
    (17, 'new patients a month', round(new_patients.n / 12.0, 1), 'patients', NULL, NULL,
        'no range: grows with the practice; see new patients a month per dentist'),
    (18, 'new patients a month per dentist', round(new_patients.n / 12.0 / d.dentists, 1), 'patients', 10, 50,
        'Dental Economics / Levin Group: 20-30 new patients a month per dentist, at least the 10-15 that replace attrition'),
    (19, 'adults 30+ with periodontal treatment', round(perio.treated / nullif(perio.adults, 0)::numeric, 3), 'share', 0.20, 0.45,
        'CDC/NHANES (Eke et al.): about 42% of US adults 30+ have periodontitis; times realistic case acceptance'),
    (20, 'insured share of active patients', round(ages.insured / nullif(ages.n, 0)::numeric, 3), 'share', 0.45, 0.85,
        'NADP: about 64% of Americans have private dental benefits; ADA Health Policy Institute: most dental visits are paid partly by insurance'),
    (21, 'active patients under 18', round(ages.children / nullif(ages.n, 0)::numeric, 3), 'share', 0.15, 0.35,
        'US Census: 22% of the population under 18; ADA Health Policy Institute: children visit the dentist more often than adults'),
    (22, 'active patients 18-64', round(ages.adults / nullif(ages.n, 0)::numeric, 3), 'share', 0.45, 0.70,
        'US Census: 61% of the population 18-64'),
    (23, 'active patients 65 and over', round(ages.seniors / nullif(ages.n, 0)::numeric, 3), 'share', 0.10, 0.30,
        'US Census: 17% of the population 65+; ADA Health Policy Institute: dental use of seniors close to working-age adults')
  ) AS k(ord, kpi, value, unit, low, high, source)
 ORDER BY k.ord
$q$, '{s}', quote_ident(target_schema));
END
$profile$;
COMMENT ON FUNCTION dentsynth.profile(name) IS
  'The practice''s key figures (production, write-offs, collections, AR, visits, broken appointments, recall, case acceptance, new patients, perio treatment, insurance, age mix) computed from the raw tables of target_schema over the 12 months before the data''s last completed procedure, each with the range published benchmarks give, its source and whether it lies in that range (NULL for the absolute figures, which grow with the practice). docs/PROFILE.md defines every row.';
