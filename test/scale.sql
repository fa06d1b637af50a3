-- A large practice is simulated as well as a small one: the last 1,000 patients of a
-- 1,000,000-patient roster (the largest supported) have the visits, procedures and money per
-- patient of the last 1,000 of a 20,000-patient roster, within 10%, and are seen by one care team
-- (docs/BUSINESS_LOGIC.md, "Care teams"). Only the last part is generated: the million-patient
-- practice itself is never written.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
SELECT plan(9);

SELECT lives_ok($$CREATE TEMP TABLE small_counts AS
                  SELECT * FROM dentsynth.generate_all(20000, as_of => '2026-06-30', target_schema => 'scale_small', part => 20, parts => 20)$$,
                'the last 1,000 patients of a 20,000-patient roster generate');
SELECT lives_ok($$CREATE TEMP TABLE large_counts AS
                  SELECT * FROM dentsynth.generate_all(1000000, as_of => '2026-06-30', target_schema => 'scale_large', part => 1000, parts => 1000)$$,
                'the last 1,000 patients of a 1,000,000-patient roster generate');

-- Per patient of the part: appointments, completed procedures, production, insurance and patient payments.
CREATE FUNCTION pg_temp.per_patient(s name) RETURNS TABLE (measure text, value numeric) LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE format($q$
        WITH n AS (SELECT count(*)::numeric AS patients FROM %1$I.patient)
        SELECT 'appointments', (SELECT count(*) FROM %1$I.appointment) / n.patients FROM n
        UNION ALL SELECT 'completed procedures', (SELECT count(*) FROM %1$I.procedurelog WHERE "ProcStatus" = 2) / n.patients FROM n
        UNION ALL SELECT 'production', (SELECT sum("ProcFee")::numeric FROM %1$I.procedurelog WHERE "ProcStatus" = 2) / n.patients FROM n
        UNION ALL SELECT 'insurance paid', (SELECT sum("InsPayAmt")::numeric FROM %1$I.claimproc) / n.patients FROM n
        UNION ALL SELECT 'patient paid', (SELECT sum("SplitAmt")::numeric FROM %1$I.paysplit) / n.patients FROM n$q$, s);
END $$;

-- New patients keep arriving for five years, so a part holds the 1,000 patients entered by the cut.
SELECT ok((SELECT count(*) FROM scale_large.patient) BETWEEN 700 AND 1000 AND (SELECT count(*) FROM scale_small.patient) BETWEEN 700 AND 1000,
          'both parts hold most of their 1,000 patients at the cut');
SELECT ok(l.value / s.value BETWEEN 0.9 AND 1.1,
          format('%s per patient at 1,000,000 patients (%s) within 10%% of 20,000 (%s)', l.measure, round(l.value, 2), round(s.value, 2)))
  FROM pg_temp.per_patient('scale_large') l JOIN pg_temp.per_patient('scale_small') s USING (measure)
 ORDER BY l.measure;
-- Patients keep their care team: the last 1,000 patients of the million are seen by one team's
-- providers (about six dentists, nine hygienists and a specialist), not by the practice's 1,500.
SELECT cmp_ok((SELECT count(DISTINCT p) FROM scale_large.appointment a, LATERAL (VALUES (a."ProvNum"), (nullif(a."ProvHyg", 0))) v(p) WHERE p IS NOT NULL),
              '<=', 20::bigint, 'the last part of a million-patient roster is seen by one care team');

SELECT * FROM finish();
ROLLBACK;
