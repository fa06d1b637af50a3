-- Patients and families as OpenDental records them and the downstream project checks them:
-- guarantors, shared family data, coverage with the right relationships and ordinals, status
-- and date semantics, keys that resolve, and rates near their documented defaults.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS dentsynth;
SELECT plan(31);

SELECT * FROM dentsynth.generate_all(5000, as_of => '2025-06-30', target_schema => 'pt') \g /dev/null

-- Families.
SELECT is((SELECT count(*) FROM pt.patient p WHERE NOT EXISTS (SELECT FROM pt.patient g WHERE g."PatNum" = p."Guarantor")), 0::bigint,
          'every guarantor is a patient');
SELECT is((SELECT count(*) FROM pt.patient g WHERE g."PatNum" IN (SELECT "Guarantor" FROM pt.patient) AND g."Guarantor" <> g."PatNum"), 0::bigint,
          'a guarantor is its own guarantor');
SELECT is((SELECT count(*) FROM pt.patient p JOIN pt.patient g ON g."PatNum" = p."Guarantor"
            WHERE (p."Address", p."City", p."Zip", p."LName", p."BillingType", p."PriProv") IS DISTINCT FROM
                  (g."Address", g."City", g."Zip", g."LName", g."BillingType", g."PriProv")), 0::bigint,
          'family members share address, surname, billing type and dentist');
SELECT is((SELECT count(*) FROM pt.patient WHERE "Position" = 2 AND "Guarantor" = "PatNum"), 0::bigint, 'no child is a guarantor');
SELECT is((SELECT count(*) FROM pt.patient p JOIN pt.patient g ON g."PatNum" = p."Guarantor"
            WHERE p."Position" = 2 AND p."Birthdate" < g."Birthdate" + interval '18 years'), 0::bigint,
          'children are born when their guarantor was at least 18');
SELECT ok((SELECT count(*)::numeric / count(DISTINCT "Guarantor") FROM pt.patient) BETWEEN 1.8 AND 2.6, 'families average 1.8-2.6 members');
SELECT ok((SELECT avg(("Position" = 2)::int) FROM pt.patient) BETWEEN 0.15 AND 0.35, '15-35% of patients are children');

-- Person columns the downstream tests.
SELECT is((SELECT count(*) FROM pt.patient WHERE "PatStatus" NOT IN (0, 2, 3, 5)), 0::bigint, 'PatStatus is patient, inactive, archived or deceased');
SELECT is((SELECT count(*) FROM pt.patient WHERE "Gender" NOT IN (0, 1, 2) OR "Position" NOT BETWEEN 0 AND 4), 0::bigint, 'gender and position codes are valid');
SELECT is((SELECT count(*) FROM pt.patient WHERE "Birthdate" >= '2025-06-30' OR "Birthdate" < '1905-01-01'), 0::bigint, 'birthdates are real dates before as_of');
SELECT is((SELECT count(*) FROM pt.patient WHERE "PreferConfirmMethod" NOT IN (0,2,3,4,6,8) OR "PreferContactMethod" NOT IN (0,2,3,4,5,6,8)
              OR "PreferRecallMethod" NOT IN (0,2,4,8)), 0::bigint, 'contact preferences use the accepted methods');
SELECT is((SELECT count(*) FROM pt.patient WHERE "BillingCycleDay" NOT BETWEEN 1 AND 31), 0::bigint, 'BillingCycleDay is 1..31');
SELECT is((SELECT count(*) FROM pt.patient WHERE "PriProv" = "SecProv" OR "PriProv" = 0), 0::bigint, 'a dentist and a different hygienist');
SELECT is((SELECT count(*) FROM pt.patient p WHERE NOT EXISTS (SELECT FROM pt.provider v WHERE v."ProvNum" = p."PriProv")
              OR (p."SecProv" <> 0 AND NOT EXISTS (SELECT FROM pt.provider v WHERE v."ProvNum" = p."SecProv" AND v."IsSecondary"))), 0::bigint,
          'PriProv is a provider and SecProv a hygienist');
SELECT is((SELECT count(*) FROM pt.patient p WHERE p."EmployerNum" <> 0 AND NOT EXISTS (SELECT FROM pt.employer e WHERE e."EmployerNum" = p."EmployerNum")
              OR p."BillingType" NOT IN (SELECT "DefNum" FROM pt.definition WHERE "Category" = 4)), 0::bigint,
          'employers and billing types resolve');
SELECT is((SELECT count(*) FROM pt.patient WHERE "SecDateEntry" < '2023-01-01' OR "SecDateEntry" > "DateTStamp"::date
              OR ("DateFirstVisit" <> '0001-01-01' AND ("DateFirstVisit" < "SecDateEntry" OR "DateFirstVisit" > '2025-06-30'))), 0::bigint,
          'entered on or after start_date, before the first visit, which is not after as_of');
SELECT is((SELECT count(*) FROM pt.patient WHERE ("PatStatus" = 5) <> ("DateTimeDeceased" > '0001-01-01')), 0::bigint,
          'deceased patients and only they have a time of death');
SELECT is((SELECT count(*) FROM pt.patientnote n WHERE NOT EXISTS (SELECT FROM pt.patient p WHERE p."PatNum" = n."PatNum")
              OR n."SecDateTEdit" < n."SecDateTEntry"), 0::bigint, 'every patient note belongs to a patient, edited after entry');
SELECT is((SELECT count(*) FROM pt.patient), (SELECT count(*) FROM pt.patientnote), 'one note per patient');

-- Coverage.
SELECT is((SELECT count(*) FROM pt.inssub s WHERE NOT EXISTS (SELECT FROM pt.insplan p WHERE p."PlanNum" = s."PlanNum")
              OR NOT EXISTS (SELECT FROM pt.patient p WHERE p."PatNum" = s."Subscriber")), 0::bigint, 'subscriptions name a plan and a patient');
SELECT is((SELECT count(*) FROM pt.patplan pp WHERE NOT EXISTS (SELECT FROM pt.inssub s WHERE s."InsSubNum" = pp."InsSubNum")
              OR NOT EXISTS (SELECT FROM pt.patient p WHERE p."PatNum" = pp."PatNum")), 0::bigint, 'patplans name a subscription and a patient');
SELECT is((SELECT count(*) FROM pt.patplan pp JOIN pt.inssub s USING ("InsSubNum")
            WHERE (pp."Relationship" = 0) <> (s."Subscriber" = pp."PatNum")), 0::bigint, 'relationship self exactly when the patient is the subscriber');
SELECT is((SELECT count(*) FROM pt.patplan pp JOIN pt.patient p USING ("PatNum") WHERE pp."Relationship" = 2 AND p."Position" <> 2), 0::bigint,
          'relationship child only for children');
SELECT is((SELECT count(*) FROM (SELECT "PatNum", array_agg("Ordinal" ORDER BY "Ordinal") o FROM pt.patplan GROUP BY 1) x
            WHERE o NOT IN (ARRAY[1]::int2[], ARRAY[1, 2]::int2[])), 0::bigint, 'ordinals are 1, or 1 and 2 for dual coverage');
SELECT is((SELECT count(*) FROM pt.inssub s JOIN pt.patient p ON p."PatNum" = s."Subscriber"
            WHERE s."DateEffective" > p."DateFirstVisit" AND p."DateFirstVisit" <> '0001-01-01'), 0::bigint,
          'coverage is effective before the subscriber''s first visit');
SELECT is((SELECT count(*) FROM pt.inssub WHERE "DateTerm" <> '0001-01-01' AND ("DateTerm" < "DateEffective" OR "DateTerm" > '2025-06-30'
              OR "SecDateTEdit"::date <> "DateTerm")), 0::bigint, 'an ended subscription ended after it began, by as_of, edited that day');
SELECT is((SELECT count(*) FROM pt.patient p WHERE (p."HasIns" = 'I') <> EXISTS (
             SELECT FROM pt.patplan pp JOIN pt.inssub s USING ("InsSubNum") WHERE pp."PatNum" = p."PatNum" AND s."DateTerm" = '0001-01-01')),
          0::bigint, 'HasIns says whether the patient has coverage in force');
SELECT ok((SELECT avg((EXISTS (SELECT FROM pt.inssub s WHERE s."Subscriber" = g."PatNum"))::int)
             FROM pt.patient g WHERE g."Guarantor" = g."PatNum") BETWEEN 0.55 AND 0.69,
          'about 62% of families are insured (documented default)');
SELECT ok((SELECT avg(("PatStatus" = 2)::int) FROM pt.patient) BETWEEN 0.02 AND 0.10, 'a few percent of patients have left (inactive)');

-- The medical history names catalogue entries by id (src/core/practice/health_list_ids.hpp): the
-- ids it relies on must still be those entries, or a reordered catalogue would silently change
-- what the histories say.
SELECT is((SELECT array_agg("DiseaseName" ORDER BY "DiseaseDefNum") FROM pt.diseasedef WHERE "DiseaseDefNum" IN (2, 3, 9, 11)),
          ARRAY['Diabetes, Type 2', 'Diabetes, Type 1', 'Artificial Heart Valve', 'Artificial Joint']::varchar[],
          'the conditions the medical history names are the catalogue''s');
SELECT is((SELECT array_agg("Description" ORDER BY "AllergyDefNum") FROM pt.allergydef WHERE "AllergyDefNum" IN (1, 2, 6, 7, 13)),
          ARRAY['Penicillin', 'Amoxicillin', 'Aspirin', 'Ibuprofen / NSAIDs', 'Cephalosporins']::varchar[],
          'the allergies the medical history names are the catalogue''s');

SELECT * FROM finish();
ROLLBACK;
