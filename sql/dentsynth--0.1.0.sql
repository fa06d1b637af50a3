-- dentsynth extension script (the per-table types and functions below are generated from
-- schema/columns.tsv and schema/producers.tsv at build time).
\echo Use "CREATE EXTENSION dentsynth" to load this file. \quit

-- Any role may call the functions; each call checks the caller's own privileges on the target
-- schema and tables (CREATE, USAGE, INSERT, TRUNCATE) before writing anything.
GRANT USAGE ON SCHEMA dentsynth TO PUBLIC;

CREATE FUNCTION dentsynth.create_raw_schema(target_schema name DEFAULT 'raw')
RETURNS TABLE (table_name text, created boolean)
AS 'MODULE_PATHNAME', 'dentsynth_create_raw_schema'
LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION dentsynth.create_raw_schema(name) IS
  'Creates the schema (when missing) and every table of the OpenDental raw-schema contract that is missing, with the ETL tables'' unique constraints and indexes (schema/constraints.tsv); refuses, naming table and column or constraint, an existing table that differs. Idempotent. The tables do not belong to the extension: DROP EXTENSION leaves them and their rows. Returns each contract table and whether this call created it.';

-- The generation arguments (names, types, order, defaults) come from schema/arguments.tsv.
CREATE FUNCTION dentsynth.generate_all(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    target_schema name DEFAULT 'raw',
    replace boolean DEFAULT false,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS TABLE (table_name text, "rows" bigint)
AS 'MODULE_PATHNAME', 'dentsynth_generate_all'
LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION dentsynth.generate_all(integer, bigint, date, timestamptz, name, boolean, integer, integer) IS
  'Generates the practice and its patients for (patients, seed, start_date, as_of) into the contract tables of target_schema (created when missing) and returns the rows written per table; the ETL tables'' id sequences end past every id written. as_of is the cut: the practice as it stood at that moment (a date: at the start of that day; the default, current_date, writes nothing stamped after the start of today); nothing entered or happened after it is written, only what is future by nature (bookings, due dates, schedules). Refuses non-empty targets unless replace => true, which empties only the tables it fills, inside the caller''s transaction. part k of parts generates only its slice of the roster (the practice with part 1); the union of the parts equals the single call, and the parts share one ETL status row per table. Same arguments, same rows.';


-- validate(): the checks a user runs on a generated (or any) raw schema. Each check is one query
-- counting the rows that break a rule; the rules are the integrity, money and business properties
-- the generator promises (docs/BUSINESS_LOGIC.md), stated over the tables alone so they also run
-- on data loaded from elsewhere. {s} stands for the quoted schema name.
CREATE FUNCTION dentsynth.validate(target_schema name DEFAULT 'raw')
RETURNS TABLE (check_name text, category text, passed boolean, violations bigint, detail text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $validate$
DECLARE
    c record;
    n bigint;
BEGIN
    IF target_schema IS NULL THEN
        RAISE EXCEPTION 'parameter "target_schema" must not be NULL' USING ERRCODE = '22004',
            HINT = 'Pass the schema generate_all wrote into, or leave it out to check raw.';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_namespace WHERE nspname = target_schema) THEN
        RAISE EXCEPTION 'invalid value for parameter "target_schema": schema "%" does not exist', target_schema USING ERRCODE = '3F000',
            HINT = 'Generate into it first: SELECT * FROM dentsynth.generate_all(target_schema => ...).';
    END IF;
    FOR c IN SELECT * FROM (VALUES
        -- Integrity: every key resolves.
        (1, 'patient guarantors exist', 'integrity', 'every patient''s Guarantor is a patient',
         $q$SELECT count(*) FROM {s}.patient p WHERE NOT EXISTS (SELECT FROM {s}.patient g WHERE g."PatNum" = p."Guarantor")$q$),
        (2, 'appointments name patients and providers', 'integrity', 'appointment.PatNum and ProvNum resolve',
         $q$SELECT count(*) FROM {s}.appointment a WHERE NOT EXISTS (SELECT FROM {s}.patient p WHERE p."PatNum" = a."PatNum")
              OR NOT EXISTS (SELECT FROM {s}.provider v WHERE v."ProvNum" = a."ProvNum")$q$),
        (3, 'procedures name patients, codes and appointments', 'integrity', 'procedurelog.PatNum, CodeNum and AptNum (when set) resolve',
         $q$SELECT count(*) FROM {s}.procedurelog l WHERE NOT EXISTS (SELECT FROM {s}.patient p WHERE p."PatNum" = l."PatNum")
              OR NOT EXISTS (SELECT FROM {s}.procedurecode c WHERE c."CodeNum" = l."CodeNum")
              OR (l."AptNum" <> 0 AND NOT EXISTS (SELECT FROM {s}.appointment a WHERE a."AptNum" = l."AptNum" AND a."PatNum" = l."PatNum"))$q$),
        (4, 'claim procedures join claims, procedures and checks', 'integrity', 'claimproc.ClaimNum, ProcNum and ClaimPaymentNum (when set) resolve',
         $q$SELECT count(*) FROM {s}.claimproc cp WHERE (cp."ClaimNum" <> 0 AND NOT EXISTS (SELECT FROM {s}.claim c WHERE c."ClaimNum" = cp."ClaimNum" AND c."PatNum" = cp."PatNum"))
              OR NOT EXISTS (SELECT FROM {s}.procedurelog l WHERE l."ProcNum" = cp."ProcNum" AND l."PatNum" = cp."PatNum")
              OR (cp."ClaimPaymentNum" <> 0 AND NOT EXISTS (SELECT FROM {s}.claimpayment k WHERE k."ClaimPaymentNum" = cp."ClaimPaymentNum"))$q$),
        (5, 'claims name plans and subscriptions', 'integrity', 'claim.PlanNum and InsSubNum resolve to the same plan',
         $q$SELECT count(*) FROM {s}.claim c WHERE NOT EXISTS (SELECT FROM {s}.inssub s WHERE s."InsSubNum" = c."InsSubNum" AND s."PlanNum" = c."PlanNum")
              OR NOT EXISTS (SELECT FROM {s}.insplan i WHERE i."PlanNum" = c."PlanNum")$q$),
        (6, 'payment splits join payments and what they pay', 'integrity', 'paysplit.PayNum, ProcNum and AdjNum (when set) resolve',
         $q$SELECT count(*) FROM {s}.paysplit s WHERE NOT EXISTS (SELECT FROM {s}.payment p WHERE p."PayNum" = s."PayNum")
              OR (s."ProcNum" <> 0 AND NOT EXISTS (SELECT FROM {s}.procedurelog l WHERE l."ProcNum" = s."ProcNum" AND l."PatNum" = s."PatNum"))
              OR (s."AdjNum" <> 0 AND NOT EXISTS (SELECT FROM {s}.adjustment a WHERE a."AdjNum" = s."AdjNum"))$q$),
        (7, 'adjustments use adjustment types and real providers', 'integrity', 'adjustment.AdjType is a category-1 definition, ProvNum a provider (never 0), ProcNum (when set) a procedure of the patient',
         $q$SELECT count(*) FROM {s}.adjustment a WHERE NOT EXISTS (SELECT FROM {s}.definition d WHERE d."DefNum" = a."AdjType" AND d."Category" = 1)
              OR NOT EXISTS (SELECT FROM {s}.provider v WHERE v."ProvNum" = a."ProvNum")
              OR (a."ProcNum" <> 0 AND NOT EXISTS (SELECT FROM {s}.procedurelog l WHERE l."ProcNum" = a."ProcNum" AND l."PatNum" = a."PatNum"))$q$),
        (8, 'statement items join statements', 'integrity', 'statementprod.StatementNum resolves and FKey names a procedure or adjustment',
         $q$SELECT count(*) FROM {s}.statementprod sp WHERE NOT EXISTS (SELECT FROM {s}.statement t WHERE t."StatementNum" = sp."StatementNum")
              OR (sp."ProdType" = 0 AND NOT EXISTS (SELECT FROM {s}.procedurelog l WHERE l."ProcNum" = sp."FKey"))
              OR (sp."ProdType" = 1 AND NOT EXISTS (SELECT FROM {s}.adjustment a WHERE a."AdjNum" = sp."FKey"))$q$),
        -- Money, to the cent.
        (20, 'claim totals are the sums of their claim procedures', 'financial', 'claim ClaimFee, InsPayEst, InsPayAmt and WriteOff equal the sums of its claimprocs',
         $q$SELECT count(*) FROM {s}.claim c LEFT JOIN (SELECT "ClaimNum", round(sum("FeeBilled")::numeric, 2) fee, round(sum("InsPayEst")::numeric, 2) est,
                                                      round(sum("InsPayAmt")::numeric, 2) paid, round(sum("WriteOff")::numeric, 2) wo
                                                 FROM {s}.claimproc GROUP BY 1) t USING ("ClaimNum")
             WHERE round(c."ClaimFee"::numeric, 2) IS DISTINCT FROM coalesce(t.fee, 0) OR round(c."InsPayEst"::numeric, 2) IS DISTINCT FROM coalesce(t.est, 0)
                OR round(c."InsPayAmt"::numeric, 2) IS DISTINCT FROM coalesce(t.paid, 0) OR round(c."WriteOff"::numeric, 2) IS DISTINCT FROM coalesce(t.wo, 0)$q$),
        (21, 'checks equal what they pay', 'financial', 'claimpayment.CheckAmt equals the InsPayAmt of the claimprocs it pays',
         $q$SELECT count(*) FROM {s}.claimpayment k LEFT JOIN (SELECT "ClaimPaymentNum", round(sum("InsPayAmt")::numeric, 2) paid FROM {s}.claimproc
                                                          WHERE "ClaimPaymentNum" <> 0 GROUP BY 1) t USING ("ClaimPaymentNum")
             WHERE round(k."CheckAmt"::numeric, 2) IS DISTINCT FROM coalesce(t.paid, 0)$q$),
        (22, 'payments equal their splits', 'financial', 'payment.PayAmt equals the sum of its paysplits',
         $q$SELECT count(*) FROM {s}.payment p LEFT JOIN (SELECT "PayNum", round(sum("SplitAmt")::numeric, 2) total FROM {s}.paysplit GROUP BY 1) t USING ("PayNum")
             WHERE t.total IS NULL OR round(p."PayAmt"::numeric, 2) <> t.total$q$),
        (23, 'no procedure is overpaid', 'financial', 'per completed procedure: fee + adjustments - insurance paid - write-off - patient paid >= 0',
         $q$SELECT count(*) FROM {s}.procedurelog l
              LEFT JOIN (SELECT "ProcNum", sum(round(("InsPayAmt" + "WriteOff")::numeric, 2)) v FROM {s}.claimproc WHERE "Status" IN (1, 4) GROUP BY 1) i USING ("ProcNum")
              LEFT JOIN (SELECT "ProcNum", sum(round("SplitAmt"::numeric, 2)) v FROM {s}.paysplit WHERE "ProcNum" <> 0 GROUP BY 1) p USING ("ProcNum")
              LEFT JOIN (SELECT "ProcNum", sum(round("AdjAmt"::numeric, 2)) v FROM {s}.adjustment WHERE "ProcNum" <> 0 GROUP BY 1) a USING ("ProcNum")
             WHERE l."ProcStatus" = 2 AND round(l."ProcFee"::numeric, 2) + coalesce(a.v, 0) - coalesce(i.v, 0) - coalesce(p.v, 0) < 0$q$),
        (24, 'the practice balances', 'financial', 'production + adjustments - insurance paid - write-offs - patient payments = the sum of the families'' BalTotal (violations = 1 when it does not)',
         $q$SELECT (coalesce((SELECT sum(round("ProcFee"::numeric, 2)) FROM {s}.procedurelog WHERE "ProcStatus" = 2), 0)
                  + coalesce((SELECT sum(round("AdjAmt"::numeric, 2)) FROM {s}.adjustment), 0)
                  - coalesce((SELECT sum(round(("InsPayAmt" + "WriteOff")::numeric, 2)) FROM {s}.claimproc WHERE "Status" IN (1, 4)), 0)
                  - coalesce((SELECT sum(round("SplitAmt"::numeric, 2)) FROM {s}.paysplit), 0)
                  <> coalesce((SELECT sum(round("BalTotal"::numeric, 2)) FROM {s}.patient), 0))::int$q$),
        (25, 'family balances match the ledger', 'financial', 'each guarantor''s BalTotal equals the family''s charges less its credits; other members carry none',
         $q$WITH ledger AS (
                SELECT "PatNum" pat, round("ProcFee"::numeric, 2) v FROM {s}.procedurelog WHERE "ProcStatus" = 2
                UNION ALL SELECT "PatNum", round("AdjAmt"::numeric, 2) FROM {s}.adjustment
                UNION ALL SELECT "PatNum", -round(("InsPayAmt" + "WriteOff")::numeric, 2) FROM {s}.claimproc WHERE "Status" IN (1, 4)
                UNION ALL SELECT "PatNum", -round("SplitAmt"::numeric, 2) FROM {s}.paysplit),
            family AS (SELECT p."Guarantor" g, sum(l.v) v FROM ledger l JOIN {s}.patient p ON p."PatNum" = l.pat GROUP BY 1)
            SELECT count(*) FROM {s}.patient p LEFT JOIN family f ON f.g = p."PatNum"
             WHERE (p."PatNum" = p."Guarantor" AND round(p."BalTotal"::numeric, 2) <> coalesce(f.v, 0))
                OR (p."PatNum" <> p."Guarantor" AND p."BalTotal" <> 0)$q$),
        (26, 'aging buckets are sound', 'financial', 'Bal_0_30 .. BalOver90 are never negative and add up to a positive BalTotal',
         $q$SELECT count(*) FROM {s}.patient WHERE "Bal_0_30" < 0 OR "Bal_31_60" < 0 OR "Bal_61_90" < 0 OR "BalOver90" < 0
              OR ("BalTotal" > 0 AND round("BalTotal"::numeric, 2) <> round(("Bal_0_30" + "Bal_31_60" + "Bal_61_90" + "BalOver90")::numeric, 2))$q$),
        (27, 'income transfers net to zero', 'financial', 'payments of type 0 (transfers) have amount 0 and splits that sum to 0',
         $q$SELECT count(*) FROM {s}.payment p WHERE p."PayType" = 0 AND (p."PayAmt" <> 0
              OR coalesce((SELECT sum(round("SplitAmt"::numeric, 2)) FROM {s}.paysplit s WHERE s."PayNum" = p."PayNum"), 0) <> 0)$q$),
        -- Business rules and the order of events.
        (40, 'visits run arrived, seated, dismissed', 'business', 'complete appointments have DateTimeArrived <= DateTimeSeated <= DateTimeDismissed',
         $q$SELECT count(*) FROM {s}.appointment WHERE "AptStatus" = 2 AND NOT ("DateTimeArrived" <= "DateTimeSeated" AND "DateTimeSeated" <= "DateTimeDismissed")$q$),
        (41, 'no double booking', 'business', 'no two appointments on the schedule overlap in one operatory',
         $q$WITH apt AS (SELECT "AptDateTime" s,
                              max("AptDateTime" + length("Pattern") * interval '5 minutes')
                                  OVER (PARTITION BY "Op" ORDER BY "AptDateTime", "AptNum" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS busy_until
                           FROM {s}.appointment WHERE "AptStatus" NOT IN (3, 6) AND "Op" <> 0)
            SELECT count(*) FROM apt WHERE s < busy_until$q$),
        (42, 'claims go out after the visit and come back after they go out', 'business', 'sent claims have DateSent >= DateService; received ones DateReceived >= DateSent',
         $q$SELECT count(*) FROM {s}.claim WHERE ("ClaimStatus" IN ('S', 'R') AND "DateSent" < "DateService") OR ("ClaimStatus" = 'R' AND "DateReceived" < "DateSent")$q$),
        (43, 'claim procedures agree with their claims', 'business', 'a claimproc is received (1) exactly when its claim is; supplemental payments (4) only on received claims',
         $q$SELECT count(*) FROM {s}.claimproc cp JOIN {s}.claim c USING ("ClaimNum")
             WHERE (cp."Status" IN (0, 1) AND (c."ClaimStatus" = 'R') <> (cp."Status" = 1)) OR (cp."Status" = 4 AND c."ClaimStatus" <> 'R')$q$),
        (44, 'no payment before its charge', 'business', 'a split on a procedure is dated on or after the procedure; an adjustment on one is not dated before it',
         $q$SELECT (SELECT count(*) FROM {s}.paysplit s JOIN {s}.procedurelog l USING ("ProcNum") WHERE s."ProcNum" <> 0 AND s."DatePay" < l."ProcDate")
                 + (SELECT count(*) FROM {s}.adjustment a JOIN {s}.procedurelog l USING ("ProcNum") WHERE a."ProcNum" <> 0 AND a."AdjDate" < l."ProcDate")$q$),
        (45, 'payment types keep their signs', 'business', 'type 0 only for zero transfers, 72 (refund) negative, every other type positive; 69 at most $5,000, 574 at most $50,000',
         $q$SELECT count(*) FROM {s}.payment WHERE ("PayType" = 0 AND "PayAmt" <> 0) OR ("PayType" = 72 AND "PayAmt" >= 0)
              OR ("PayType" NOT IN (0, 72) AND "PayAmt" <= 0) OR ("PayType" = 69 AND "PayAmt" > 5000) OR ("PayType" = 574 AND "PayAmt" > 50000)$q$),
        (46, 'adjustments carry their type''s sign', 'business', 'an adjustment''s sign matches its definition''s ItemValue (+ or -)',
         $q$SELECT count(*) FROM {s}.adjustment a JOIN {s}.definition d ON d."DefNum" = a."AdjType"
             WHERE (d."ItemValue" = '-' AND a."AdjAmt" > 0) OR (d."ItemValue" = '+' AND a."AdjAmt" < 0)$q$),
        (47, 'edit stamps follow entry stamps', 'business', 'patient DateTStamp >= SecDateEntry; payments and adjustments edited no earlier than entered',
         $q$SELECT (SELECT count(*) FROM {s}.patient WHERE "DateTStamp" < "SecDateEntry")
                 + (SELECT count(*) FROM {s}.payment WHERE "SecDateTEdit"::date < "DateEntry")
                 + (SELECT count(*) FROM {s}.adjustment WHERE "SecDateTEdit"::date < "DateEntry")$q$)
    ) AS t(ord, name, cat, what, query) ORDER BY ord
    LOOP
        EXECUTE replace(c.query, '{s}', quote_ident(target_schema)) INTO n;
        check_name := c.name;
        category := c.cat;
        violations := n;
        passed := n = 0;
        detail := c.what;
        RETURN NEXT;
    END LOOP;
END
$validate$;
COMMENT ON FUNCTION dentsynth.validate(name) IS
  'Runs the integrity (keys resolve), financial (claims, checks, payments and balances to the cent; no procedure overpaid; the practice balances) and business (order of events, no double booking, signs of payment and adjustment types) checks over the raw tables of target_schema. One row per check: its name, category, whether it passed, how many rows break it, and the rule.';
-- Composite types: one per raw table, columns in the contract's order (generated).
CREATE TYPE dentsynth.adjustment AS (
    "AdjNum" int8,
    "AdjDate" date,
    "AdjAmt" float8,
    "PatNum" int8,
    "AdjType" int8,
    "ProvNum" int8,
    "AdjNote" text,
    "ProcDate" date,
    "ProcNum" int8,
    "DateEntry" date,
    "ClinicNum" int8,
    "StatementNum" int8,
    "SecUserNumEntry" int8,
    "SecDateTEdit" timestamp,
    "TaxTransID" int8
);
COMMENT ON TYPE dentsynth.adjustment IS 'One row of raw.adjustment, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.allergy AS (
    "AllergyNum" int8,
    "AllergyDefNum" int8,
    "PatNum" int8,
    "Reaction" varchar(255),
    "StatusIsActive" bool,
    "DateTStamp" timestamp,
    "DateAdverseReaction" date,
    "SnomedReaction" varchar(255)
);
COMMENT ON TYPE dentsynth.allergy IS 'One row of raw.allergy, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.allergydef AS (
    "AllergyDefNum" int8,
    "Description" varchar(255),
    "IsHidden" bool,
    "DateTStamp" timestamp,
    "SnomedType" int2,
    "MedicationNum" int8,
    "UniiCode" varchar(255)
);
COMMENT ON TYPE dentsynth.allergydef IS 'One row of raw.allergydef, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.appointment AS (
    "AptNum" int8,
    "PatNum" int8,
    "AptStatus" int2,
    "Pattern" varchar(255),
    "Confirmed" int8,
    "TimeLocked" bool,
    "Op" int8,
    "Note" text,
    "ProvNum" int8,
    "ProvHyg" int8,
    "AptDateTime" timestamp,
    "NextAptNum" int8,
    "UnschedStatus" int8,
    "IsNewPatient" bool,
    "ProcDescript" text,
    "Assistant" int8,
    "ClinicNum" int8,
    "IsHygiene" bool,
    "DateTStamp" timestamp,
    "DateTimeArrived" timestamp,
    "DateTimeSeated" timestamp,
    "DateTimeDismissed" timestamp,
    "InsPlan1" int8,
    "InsPlan2" int8,
    "DateTimeAskedToArrive" timestamp,
    "ProcsColored" text,
    "ColorOverride" int4,
    "AppointmentTypeNum" int8,
    "SecUserNumEntry" int8,
    "SecDateTEntry" timestamp,
    "Priority" bool,
    "ProvBarText" varchar(60),
    "PatternSecondary" varchar(255),
    "SecurityHash" varchar(255),
    "ItemOrderPlanned" int4,
    "IsMirrored" bool
);
COMMENT ON TYPE dentsynth.appointment IS 'One row of raw.appointment, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.appointmenttype AS (
    "AppointmentTypeNum" int8,
    "AppointmentTypeName" varchar(255),
    "AppointmentTypeColor" int4,
    "ItemOrder" int4,
    "IsHidden" bool,
    "Pattern" varchar(255),
    "CodeStr" varchar(4000),
    "CodeStrRequired" varchar(4000),
    "RequiredProcCodesNeeded" int2,
    "BlockoutTypes" varchar(255)
);
COMMENT ON TYPE dentsynth.appointmenttype IS 'One row of raw.appointmenttype, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.apptview AS (
    "ApptViewNum" int8,
    "Description" varchar(255),
    "ItemOrder" int2,
    "RowsPerIncr" bool,
    "OnlyScheduledProvs" bool,
    "OnlySchedBeforeTime" time,
    "OnlySchedAfterTime" time,
    "StackBehavUR" int2,
    "StackBehavLR" int2,
    "ClinicNum" int8,
    "ApptTimeScrollStart" time,
    "IsScrollStartDynamic" bool,
    "IsApptBubblesDisabled" bool,
    "WidthOpMinimum" int2,
    "WaitingRmName" bool,
    "OnlyScheduledProvDays" bool
);
COMMENT ON TYPE dentsynth.apptview IS 'One row of raw.apptview, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.autocode AS (
    "AutoCodeNum" int8,
    "Description" varchar(255),
    "IsHidden" bool,
    "LessIntrusive" bool
);
COMMENT ON TYPE dentsynth.autocode IS 'One row of raw.autocode, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.benefit AS (
    "BenefitNum" int8,
    "PlanNum" int8,
    "PatPlanNum" int8,
    "CovCatNum" int8,
    "BenefitType" int2,
    "Percent" int2,
    "MonetaryAmt" float8,
    "TimePeriod" int2,
    "QuantityQualifier" int2,
    "Quantity" int2,
    "CodeNum" int8,
    "CoverageLevel" int4,
    "SecDateTEntry" timestamp,
    "SecDateTEdit" timestamp,
    "CodeGroupNum" int8,
    "TreatArea" int2
);
COMMENT ON TYPE dentsynth.benefit IS 'One row of raw.benefit, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.carrier AS (
    "CarrierNum" int8,
    "CarrierName" varchar(255),
    "Address" varchar(255),
    "Address2" varchar(255),
    "City" varchar(255),
    "State" varchar(255),
    "Zip" varchar(255),
    "Phone" varchar(255),
    "ElectID" varchar(255),
    "NoSendElect" int2,
    "IsCDA" bool,
    "CDAnetVersion" varchar(100),
    "CanadianNetworkNum" int8,
    "IsHidden" bool,
    "CanadianEncryptionMethod" bool,
    "CanadianSupportedTypes" int4,
    "SecUserNumEntry" int8,
    "SecDateEntry" date,
    "SecDateTEdit" timestamp,
    "TIN" varchar(255),
    "CarrierGroupName" int8,
    "ApptTextBackColor" int4,
    "IsCoinsuranceInverted" bool,
    "TrustedEtransFlags" bool,
    "CobInsPaidBehaviorOverride" bool,
    "EraAutomationOverride" bool,
    "OrthoInsPayConsolidate" bool
);
COMMENT ON TYPE dentsynth.carrier IS 'One row of raw.carrier, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.claim AS (
    "ClaimNum" int8,
    "PatNum" int8,
    "DateService" date,
    "DateSent" date,
    "ClaimStatus" bpchar(1),
    "DateReceived" date,
    "PlanNum" int8,
    "ProvTreat" int8,
    "ClaimFee" float8,
    "InsPayEst" float8,
    "InsPayAmt" float8,
    "DedApplied" float8,
    "PreAuthString" varchar(40),
    "IsProsthesis" bpchar(1),
    "PriorDate" date,
    "ReasonUnderPaid" varchar(255),
    "ClaimNote" varchar(400),
    "ClaimType" varchar(255),
    "ProvBill" int8,
    "ReferringProv" int8,
    "RefNumString" varchar(40),
    "PlaceService" int2,
    "AccidentRelated" bpchar(1),
    "AccidentDate" date,
    "AccidentST" varchar(2),
    "EmployRelated" int2,
    "IsOrtho" bool,
    "OrthoRemainM" bool,
    "OrthoDate" date,
    "PatRelat" int2,
    "PlanNum2" int8,
    "PatRelat2" int2,
    "WriteOff" float8,
    "Radiographs" int2,
    "ClinicNum" int8,
    "ClaimForm" int8,
    "AttachedImages" int4,
    "AttachedModels" int4,
    "AttachedFlags" varchar(255),
    "AttachmentID" varchar(255),
    "CanadianMaterialsForwarded" varchar(10),
    "CanadianReferralProviderNum" varchar(20),
    "CanadianReferralReason" bool,
    "CanadianIsInitialLower" varchar(5),
    "CanadianDateInitialLower" date,
    "CanadianMandProsthMaterial" bool,
    "CanadianIsInitialUpper" varchar(5),
    "CanadianDateInitialUpper" date,
    "CanadianMaxProsthMaterial" bool,
    "InsSubNum" int8,
    "InsSubNum2" int8,
    "CanadaTransRefNum" varchar(255),
    "CanadaEstTreatStartDate" date,
    "CanadaInitialPayment" float8,
    "CanadaPaymentMode" bool,
    "CanadaTreatDuration" bool,
    "CanadaNumAnticipatedPayments" bool,
    "CanadaAnticipatedPayAmount" float8,
    "PriorAuthorizationNumber" varchar(255),
    "SpecialProgramCode" bool,
    "UniformBillType" varchar(255),
    "MedType" bool,
    "AdmissionTypeCode" varchar(255),
    "AdmissionSourceCode" varchar(255),
    "PatientStatusCode" varchar(255),
    "CustomTracking" int8,
    "DateResent" date,
    "CorrectionType" bool,
    "ClaimIdentifier" varchar(255),
    "OrigRefNum" varchar(255),
    "ProvOrderOverride" int8,
    "OrthoTotalM" bool,
    "ShareOfCost" float8,
    "SecUserNumEntry" int8,
    "SecDateEntry" date,
    "SecDateTEdit" timestamp,
    "OrderingReferralNum" int8,
    "DateSentOrig" date,
    "DateIllnessInjuryPreg" date,
    "DateIllnessInjuryPregQualifier" int2,
    "DateOther" date,
    "DateOtherQualifier" int2,
    "IsOutsideLab" bool,
    "SecurityHash" varchar(255),
    "Narrative" text
);
COMMENT ON TYPE dentsynth.claim IS 'One row of raw.claim, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.claimform AS (
    "ClaimFormNum" int8,
    "Description" varchar(50),
    "IsHidden" bool,
    "FontName" varchar(255),
    "FontSize" float4,
    "UniqueID" varchar(255),
    "PrintImages" bool,
    "OffsetX" int2,
    "OffsetY" int2,
    "Width" int4,
    "Height" int4
);
COMMENT ON TYPE dentsynth.claimform IS 'One row of raw.claimform, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.claimpayment AS (
    "ClaimPaymentNum" int8,
    "CheckDate" date,
    "CheckAmt" float8,
    "CheckNum" varchar(25),
    "BankBranch" varchar(25),
    "Note" varchar(255),
    "ClinicNum" int8,
    "DepositNum" int8,
    "CarrierName" varchar(255),
    "DateIssued" date,
    "IsPartial" bool,
    "PayType" int8,
    "SecUserNumEntry" int8,
    "SecDateEntry" date,
    "SecDateTEdit" timestamp,
    "PayGroup" int8
);
COMMENT ON TYPE dentsynth.claimpayment IS 'One row of raw.claimpayment, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.claimproc AS (
    "ClaimProcNum" int8,
    "ProcNum" int8,
    "ClaimNum" int8,
    "PatNum" int8,
    "ProvNum" int8,
    "FeeBilled" float8,
    "InsPayEst" float8,
    "DedApplied" float8,
    "Status" int2,
    "InsPayAmt" float8,
    "Remarks" varchar(255),
    "ClaimPaymentNum" int8,
    "PlanNum" int8,
    "DateCP" date,
    "WriteOff" float8,
    "CodeSent" varchar(15),
    "AllowedOverride" float8,
    "Percentage" int2,
    "PercentOverride" int2,
    "CopayAmt" float8,
    "NoBillIns" bool,
    "PaidOtherIns" float8,
    "BaseEst" float8,
    "CopayOverride" float8,
    "ProcDate" date,
    "DateEntry" date,
    "LineNumber" int2,
    "DedEst" float8,
    "DedEstOverride" float8,
    "InsEstTotal" float8,
    "InsEstTotalOverride" float8,
    "PaidOtherInsOverride" float8,
    "EstimateNote" varchar(255),
    "WriteOffEst" float8,
    "WriteOffEstOverride" float8,
    "ClinicNum" int8,
    "InsSubNum" int8,
    "PaymentRow" int4,
    "PayPlanNum" int8,
    "ClaimPaymentTracking" int8,
    "SecUserNumEntry" int8,
    "SecDateEntry" date,
    "SecDateTEdit" timestamp,
    "DateSuppReceived" date,
    "DateInsFinalized" date,
    "IsTransfer" bool,
    "ClaimAdjReasonCodes" varchar(255),
    "IsOverpay" bool,
    "SecurityHash" varchar(255)
);
COMMENT ON TYPE dentsynth.claimproc IS 'One row of raw.claimproc, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.claimsnapshot AS (
    "ClaimSnapshotNum" int8,
    "ProcNum" int8,
    "ClaimType" varchar(255),
    "Writeoff" float8,
    "InsPayEst" float8,
    "Fee" float8,
    "DateTEntry" timestamp,
    "ClaimProcNum" int8,
    "SnapshotTrigger" bool
);
COMMENT ON TYPE dentsynth.claimsnapshot IS 'One row of raw.claimsnapshot, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.claimtracking AS (
    "ClaimTrackingNum" int8,
    "ClaimNum" int8,
    "TrackingType" varchar(255),
    "UserNum" int8,
    "DateTimeEntry" timestamp,
    "Note" text,
    "TrackingDefNum" int8,
    "TrackingErrorDefNum" int8
);
COMMENT ON TYPE dentsynth.claimtracking IS 'One row of raw.claimtracking, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.clinic AS (
    "ClinicNum" int8,
    "Description" varchar(255),
    "Address" varchar(255),
    "Address2" varchar(255),
    "City" varchar(255),
    "State" varchar(255),
    "Zip" varchar(255),
    "Phone" varchar(255),
    "BankNumber" varchar(255),
    "DefaultPlaceService" bool,
    "InsBillingProv" int8,
    "Fax" varchar(50),
    "EmailAddressNum" int8,
    "DefaultProv" int8,
    "SmsContractDate" timestamp,
    "SmsMonthlyLimit" float8,
    "IsMedicalOnly" bool,
    "BillingAddress" varchar(255),
    "BillingAddress2" varchar(255),
    "BillingCity" varchar(255),
    "BillingState" varchar(255),
    "BillingZip" varchar(255),
    "PayToAddress" varchar(255),
    "PayToAddress2" varchar(255),
    "PayToCity" varchar(255),
    "PayToState" varchar(255),
    "PayToZip" varchar(255),
    "UseBillAddrOnClaims" bool,
    "Region" int8,
    "ItemOrder" int4,
    "IsInsVerifyExcluded" bool,
    "Abbr" varchar(255),
    "MedLabAccountNum" varchar(16),
    "IsConfirmEnabled" bool,
    "IsConfirmDefault" bool,
    "IsNewPatApptExcluded" bool,
    "IsHidden" bool,
    "ExternalID" int8,
    "SchedNote" varchar(255),
    "HasProcOnRx" bool,
    "TimeZone" varchar(75),
    "EmailAliasOverride" varchar(255)
);
COMMENT ON TYPE dentsynth.clinic IS 'One row of raw.clinic, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.codegroup AS (
    "CodeGroupNum" int8,
    "GroupName" varchar(50),
    "ProcCodes" text,
    "ItemOrder" int4,
    "CodeGroupFixed" int2,
    "IsHidden" bool,
    "ShowInAgeLimit" bool
);
COMMENT ON TYPE dentsynth.codegroup IS 'One row of raw.codegroup, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.commlog AS (
    "CommlogNum" int8,
    "PatNum" int8,
    "CommDateTime" timestamp,
    "CommType" int8,
    "Note" text,
    "Mode_" int2,
    "SentOrReceived" int2,
    "UserNum" int8,
    "Signature" text,
    "SigIsTopaz" bool,
    "DateTStamp" timestamp,
    "DateTimeEnd" timestamp,
    "CommSource" int2,
    "ProgramNum" int8,
    "DateTEntry" timestamp,
    "ReferralNum" int8,
    "CommReferralBehavior" bool
);
COMMENT ON TYPE dentsynth.commlog IS 'One row of raw.commlog, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.definition AS (
    "DefNum" int8,
    "Category" int2,
    "ItemOrder" int2,
    "ItemName" varchar(255),
    "ItemValue" varchar(255),
    "ItemColor" int4,
    "IsHidden" bool
);
COMMENT ON TYPE dentsynth.definition IS 'One row of raw.definition, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.disease AS (
    "DiseaseNum" int8,
    "PatNum" int8,
    "DiseaseDefNum" int8,
    "PatNote" text,
    "DateTStamp" timestamp,
    "ProbStatus" int2,
    "DateStart" date,
    "DateStop" date,
    "SnomedProblemType" varchar(255),
    "FunctionStatus" bool
);
COMMENT ON TYPE dentsynth.disease IS 'One row of raw.disease, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.diseasedef AS (
    "DiseaseDefNum" int8,
    "DiseaseName" varchar(255),
    "ItemOrder" int2,
    "IsHidden" bool,
    "DateTStamp" timestamp,
    "ICD9Code" varchar(255),
    "SnomedCode" varchar(255),
    "Icd10Code" varchar(255)
);
COMMENT ON TYPE dentsynth.diseasedef IS 'One row of raw.diseasedef, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.document AS (
    "DocNum" int8,
    "Description" varchar(255),
    "DateCreated" timestamp,
    "DocCategory" int8,
    "PatNum" int8,
    "FileName" varchar(255),
    "ImgType" int2,
    "IsFlipped" bool,
    "DegreesRotated" float4,
    "ToothNumbers" varchar(255),
    "Note" text,
    "SigIsTopaz" bool,
    "Signature" text,
    "CropX" int4,
    "CropY" int4,
    "CropW" int4,
    "CropH" int4,
    "WindowingMin" int4,
    "WindowingMax" int4,
    "MountItemNum" int8,
    "DateTStamp" timestamp,
    "RawBase64" text,
    "Thumbnail" text,
    "ExternalGUID" varchar(255),
    "ExternalSource" varchar(255),
    "ProvNum" int8,
    "IsCropOld" bool,
    "OcrResponseData" text,
    "ImageCaptureType" bool,
    "PrintHeading" bool,
    "ChartLetterStatus" bool,
    "UserNum" int8,
    "ChartLetterHash" varchar(255)
);
COMMENT ON TYPE dentsynth.document IS 'One row of raw.document, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.employee AS (
    "EmployeeNum" int8,
    "LName" varchar(255),
    "FName" varchar(255),
    "MiddleI" varchar(255),
    "IsHidden" bool,
    "ClockStatus" varchar(255),
    "PhoneExt" int4,
    "PayrollID" varchar(255),
    "WirelessPhone" varchar(255),
    "EmailWork" varchar(255),
    "EmailPersonal" varchar(255),
    "IsFurloughed" bool,
    "IsWorkingHome" bool,
    "ReportsTo" int8
);
COMMENT ON TYPE dentsynth.employee IS 'One row of raw.employee, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.employer AS (
    "EmployerNum" int8,
    "EmpName" varchar(255),
    "Address" varchar(255),
    "Address2" varchar(255),
    "City" varchar(255),
    "State" varchar(255),
    "Zip" varchar(255),
    "Phone" varchar(255)
);
COMMENT ON TYPE dentsynth.employer IS 'One row of raw.employer, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.entrylog AS (
    "EntryLogNum" int8,
    "UserNum" int8,
    "FKeyType" bool,
    "FKey" int8,
    "LogSource" int2,
    "EntryDateTime" timestamp
);
COMMENT ON TYPE dentsynth.entrylog IS 'One row of raw.entrylog, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.eobattach AS (
    "EobAttachNum" int8,
    "ClaimPaymentNum" int8,
    "DateTCreated" timestamp,
    "FileName" varchar(255),
    "RawBase64" text,
    "ClaimNumPreAuth" int8
);
COMMENT ON TYPE dentsynth.eobattach IS 'One row of raw.eobattach, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.fee AS (
    "FeeNum" int8,
    "Amount" float8,
    "OldCode" varchar(15),
    "FeeSched" int8,
    "UseDefaultFee" bool,
    "UseDefaultCov" bool,
    "CodeNum" int8,
    "ClinicNum" int8,
    "ProvNum" int8,
    "SecUserNumEntry" int8,
    "SecDateEntry" date,
    "SecDateTEdit" timestamp
);
COMMENT ON TYPE dentsynth.fee IS 'One row of raw.fee, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.feesched AS (
    "FeeSchedNum" int8,
    "Description" varchar(255),
    "FeeSchedType" int4,
    "ItemOrder" int4,
    "IsHidden" bool,
    "IsGlobal" bool,
    "SecUserNumEntry" int8,
    "SecDateEntry" date,
    "SecDateTEdit" timestamp
);
COMMENT ON TYPE dentsynth.feesched IS 'One row of raw.feesched, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.histappointment AS (
    "HistApptNum" int8,
    "HistUserNum" int8,
    "HistDateTStamp" timestamp,
    "HistApptAction" int2,
    "ApptSource" bool,
    "AptNum" int8,
    "PatNum" int8,
    "AptStatus" int2,
    "Pattern" varchar(255),
    "Confirmed" int8,
    "TimeLocked" bool,
    "Op" int8,
    "Note" text,
    "ProvNum" int8,
    "ProvHyg" int8,
    "AptDateTime" timestamp,
    "NextAptNum" int8,
    "UnschedStatus" int8,
    "IsNewPatient" bool,
    "ProcDescript" varchar(255),
    "Assistant" int8,
    "ClinicNum" int8,
    "IsHygiene" bool,
    "DateTStamp" timestamp,
    "DateTimeArrived" timestamp,
    "DateTimeSeated" timestamp,
    "DateTimeDismissed" timestamp,
    "InsPlan1" int8,
    "InsPlan2" int8,
    "DateTimeAskedToArrive" timestamp,
    "ProcsColored" text,
    "ColorOverride" int4,
    "AppointmentTypeNum" int8,
    "SecUserNumEntry" int8,
    "SecDateTEntry" timestamp,
    "Priority" bool,
    "ProvBarText" varchar(60),
    "PatternSecondary" varchar(255),
    "SecurityHash" varchar(255),
    "ItemOrderPlanned" int4,
    "IsMirrored" bool
);
COMMENT ON TYPE dentsynth.histappointment IS 'One row of raw.histappointment, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.insbluebook AS (
    "InsBlueBookNum" int8,
    "ProcCodeNum" int8,
    "CarrierNum" int8,
    "PlanNum" int8,
    "GroupNum" varchar(25),
    "InsPayAmt" float8,
    "AllowedOverride" float8,
    "DateTEntry" timestamp,
    "ProcNum" int8,
    "ProcDate" date,
    "ClaimType" varchar(10),
    "ClaimNum" int8
);
COMMENT ON TYPE dentsynth.insbluebook IS 'One row of raw.insbluebook, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.insbluebooklog AS (
    "InsBlueBookLogNum" int8,
    "ClaimProcNum" int8,
    "AllowedFee" float8,
    "DateTEntry" timestamp,
    "Description" text
);
COMMENT ON TYPE dentsynth.insbluebooklog IS 'One row of raw.insbluebooklog, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.insplan AS (
    "PlanNum" int8,
    "GroupName" varchar(50),
    "GroupNum" varchar(25),
    "PlanNote" text,
    "FeeSched" int8,
    "PlanType" bpchar(1),
    "ClaimFormNum" int8,
    "UseAltCode" bool,
    "ClaimsUseUCR" bool,
    "CopayFeeSched" int8,
    "EmployerNum" int8,
    "CarrierNum" int8,
    "AllowedFeeSched" int8,
    "TrojanID" varchar(100),
    "DivisionNo" varchar(255),
    "IsMedical" bool,
    "FilingCode" int8,
    "DentaideCardSequence" bool,
    "ShowBaseUnits" bool,
    "CodeSubstNone" bool,
    "IsHidden" bool,
    "MonthRenew" int2,
    "FilingCodeSubtype" int8,
    "CanadianPlanFlag" varchar(5),
    "CanadianDiagnosticCode" varchar(255),
    "CanadianInstitutionCode" varchar(255),
    "RxBIN" varchar(255),
    "CobRule" int2,
    "SopCode" varchar(255),
    "SecUserNumEntry" int8,
    "SecDateEntry" date,
    "SecDateTEdit" timestamp,
    "HideFromVerifyList" bool,
    "OrthoType" bool,
    "OrthoAutoProcFreq" bool,
    "OrthoAutoProcCodeNumOverride" int8,
    "OrthoAutoFeeBilled" float8,
    "OrthoAutoClaimDaysWait" int4,
    "BillingType" int8,
    "HasPpoSubstWriteoffs" bool,
    "ExclusionFeeRule" bool,
    "ManualFeeSchedNum" int8,
    "IsBlueBookEnabled" bool,
    "InsPlansZeroWriteOffsOnAnnualMaxOverride" bool,
    "InsPlansZeroWriteOffsOnFreqOrAgingOverride" bool,
    "PerVisitPatAmount" float8,
    "PerVisitInsAmount" float8
);
COMMENT ON TYPE dentsynth.insplan IS 'One row of raw.insplan, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.inssub AS (
    "InsSubNum" int8,
    "PlanNum" int8,
    "Subscriber" int8,
    "DateEffective" date,
    "DateTerm" date,
    "ReleaseInfo" bool,
    "AssignBen" bool,
    "SubscriberID" varchar(255),
    "BenefitNotes" text,
    "SubscNote" text,
    "SecUserNumEntry" int8,
    "SecDateEntry" date,
    "SecDateTEdit" timestamp,
    "SecurityHash" varchar(255)
);
COMMENT ON TYPE dentsynth.inssub IS 'One row of raw.inssub, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.insverify AS (
    "InsVerifyNum" int8,
    "DateLastVerified" date,
    "UserNum" int8,
    "VerifyType" int2,
    "FKey" int8,
    "DefNum" int8,
    "Note" text,
    "DateLastAssigned" date,
    "DateTimeEntry" timestamp,
    "HoursAvailableForVerification" float8,
    "SecDateTEdit" timestamp,
    "SecurityHash" varchar(255)
);
COMMENT ON TYPE dentsynth.insverify IS 'One row of raw.insverify, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.insverifyhist AS (
    "InsVerifyHistNum" int8,
    "InsVerifyNum" int8,
    "DateLastVerified" date,
    "UserNum" int8,
    "VerifyType" int2,
    "FKey" int8,
    "DefNum" int8,
    "Note" text,
    "DateLastAssigned" date,
    "DateTimeEntry" timestamp,
    "HoursAvailableForVerification" float8,
    "VerifyUserNum" int8,
    "SecDateTEdit" timestamp,
    "SecurityHash" varchar(255)
);
COMMENT ON TYPE dentsynth.insverifyhist IS 'One row of raw.insverifyhist, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.labcase AS (
    "LabCaseNum" int8,
    "PatNum" int8,
    "LaboratoryNum" int8,
    "AptNum" int8,
    "PlannedAptNum" int8,
    "DateTimeDue" timestamp,
    "DateTimeCreated" timestamp,
    "DateTimeSent" timestamp,
    "DateTimeRecd" timestamp,
    "DateTimeChecked" timestamp,
    "ProvNum" int8,
    "Instructions" text,
    "LabFee" float8,
    "DateTStamp" timestamp,
    "InvoiceNum" varchar(255)
);
COMMENT ON TYPE dentsynth.labcase IS 'One row of raw.labcase, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.laboratory AS (
    "LaboratoryNum" int8,
    "Description" varchar(255),
    "Phone" varchar(255),
    "Notes" text,
    "Slip" int8,
    "Address" varchar(255),
    "City" varchar(255),
    "State" varchar(255),
    "Zip" varchar(255),
    "Email" varchar(255),
    "WirelessPhone" varchar(255),
    "IsHidden" bool
);
COMMENT ON TYPE dentsynth.laboratory IS 'One row of raw.laboratory, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.medication AS (
    "MedicationNum" int8,
    "MedName" varchar(255),
    "GenericNum" int8,
    "Notes" text,
    "DateTStamp" timestamp,
    "RxCui" int8
);
COMMENT ON TYPE dentsynth.medication IS 'One row of raw.medication, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.operatory AS (
    "OperatoryNum" int8,
    "OpName" varchar(255),
    "Abbrev" varchar(255),
    "ItemOrder" int2,
    "IsHidden" bool,
    "ProvDentist" int8,
    "ProvHygienist" int8,
    "IsHygiene" bool,
    "ClinicNum" int8,
    "DateTStamp" timestamp,
    "SetProspective" bool,
    "IsWebSched" bool,
    "IsNewPatAppt" bool,
    "OperatoryType" int8
);
COMMENT ON TYPE dentsynth.operatory IS 'One row of raw.operatory, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.patient AS (
    "PatNum" int8,
    "LName" varchar(100),
    "FName" varchar(100),
    "MiddleI" varchar(100),
    "Preferred" varchar(100),
    "PatStatus" int2,
    "Gender" int2,
    "Position" int2,
    "Birthdate" date,
    "SSN" varchar(100),
    "Address" varchar(100),
    "Address2" varchar(100),
    "City" varchar(100),
    "State" varchar(100),
    "Zip" varchar(100),
    "HmPhone" varchar(30),
    "WkPhone" varchar(30),
    "WirelessPhone" varchar(30),
    "Guarantor" int8,
    "CreditType" bpchar(1),
    "Email" varchar(100),
    "Salutation" varchar(100),
    "EstBalance" float8,
    "PriProv" int8,
    "SecProv" int8,
    "FeeSched" int8,
    "BillingType" int8,
    "ImageFolder" varchar(100),
    "AddrNote" text,
    "FamFinUrgNote" text,
    "MedUrgNote" varchar(255),
    "ApptModNote" varchar(255),
    "StudentStatus" bpchar(1),
    "SchoolName" varchar(255),
    "ChartNumber" varchar(100),
    "MedicaidID" varchar(20),
    "Bal_0_30" float8,
    "Bal_31_60" float8,
    "Bal_61_90" float8,
    "BalOver90" float8,
    "InsEst" float8,
    "BalTotal" float8,
    "EmployerNum" int8,
    "EmploymentNote" varchar(255),
    "County" varchar(255),
    "GradeLevel" bool,
    "Urgency" bool,
    "DateFirstVisit" date,
    "ClinicNum" int8,
    "HasIns" varchar(255),
    "TrophyFolder" varchar(255),
    "PlannedIsDone" bool,
    "Premed" bool,
    "Ward" varchar(255),
    "PreferConfirmMethod" int2,
    "PreferContactMethod" int2,
    "PreferRecallMethod" int2,
    "SchedBeforeTime" time,
    "SchedAfterTime" time,
    "SchedDayOfWeek" bool,
    "Language" varchar(100),
    "AdmitDate" date,
    "Title" varchar(15),
    "PayPlanDue" float8,
    "SiteNum" int8,
    "DateTStamp" timestamp,
    "ResponsParty" int8,
    "CanadianEligibilityCode" bool,
    "AskToArriveEarly" int4,
    "PreferContactConfidential" bool,
    "SuperFamily" int8,
    "TxtMsgOk" int2,
    "SmokingSnoMed" varchar(32),
    "Country" varchar(255),
    "DateTimeDeceased" timestamp,
    "BillingCycleDay" int4,
    "SecUserNumEntry" int8,
    "SecDateEntry" date,
    "HasSuperBilling" bool,
    "PatNumCloneFrom" int8,
    "DiscountPlanNum" int8,
    "HasSignedTil" bool,
    "ShortCodeOptIn" int2,
    "SecurityHash" varchar(255)
);
COMMENT ON TYPE dentsynth.patient IS 'One row of raw.patient, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.patientlink AS (
    "PatientLinkNum" int8,
    "PatNumFrom" int8,
    "PatNumTo" int8,
    "LinkType" bool,
    "DateTimeLink" timestamp
);
COMMENT ON TYPE dentsynth.patientlink IS 'One row of raw.patientlink, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.patientnote AS (
    "PatNum" int8,
    "FamFinancial" text,
    "ApptPhone" text,
    "Medical" text,
    "Service" text,
    "MedicalComp" text,
    "Treatment" text,
    "ICEName" varchar(255),
    "ICEPhone" varchar(30),
    "OrthoMonthsTreatOverride" int4,
    "DateOrthoPlacementOverride" date,
    "SecDateTEntry" timestamp,
    "SecDateTEdit" timestamp,
    "Consent" bool,
    "UserNumOrthoLocked" int8,
    "Pronoun" int2
);
COMMENT ON TYPE dentsynth.patientnote IS 'One row of raw.patientnote, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.patplan AS (
    "PatPlanNum" int8,
    "PatNum" int8,
    "Ordinal" int2,
    "IsPending" bool,
    "Relationship" int2,
    "PatID" varchar(100),
    "InsSubNum" int8,
    "OrthoAutoFeeBilledOverride" float8,
    "OrthoAutoNextClaimDate" date,
    "SecDateTEntry" timestamp,
    "SecDateTEdit" timestamp
);
COMMENT ON TYPE dentsynth.patplan IS 'One row of raw.patplan, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.payment AS (
    "PayNum" int8,
    "PayType" int8,
    "PayDate" date,
    "PayAmt" float8,
    "CheckNum" varchar(25),
    "BankBranch" varchar(25),
    "PayNote" text,
    "IsSplit" bool,
    "PatNum" int8,
    "ClinicNum" int8,
    "DateEntry" date,
    "DepositNum" int8,
    "Receipt" text,
    "IsRecurringCC" bool,
    "SecUserNumEntry" int8,
    "SecDateTEdit" timestamp,
    "PaymentSource" bool,
    "ProcessStatus" bool,
    "RecurringChargeDate" date,
    "ExternalId" varchar(255),
    "PaymentStatus" bool,
    "IsCcCompleted" bool,
    "MerchantFee" float8
);
COMMENT ON TYPE dentsynth.payment IS 'One row of raw.payment, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.paysplit AS (
    "SplitNum" int8,
    "SplitAmt" float8,
    "PatNum" int8,
    "ProcDate" date,
    "PayNum" int8,
    "IsDiscount" bool,
    "DiscountType" bool,
    "ProvNum" int8,
    "PayPlanNum" int8,
    "DatePay" date,
    "ProcNum" int8,
    "DateEntry" date,
    "UnearnedType" int8,
    "ClinicNum" int8,
    "SecUserNumEntry" int8,
    "SecDateTEdit" timestamp,
    "FSplitNum" int8,
    "AdjNum" int8,
    "PayPlanChargeNum" int8,
    "PayPlanDebitType" bool,
    "SecurityHash" varchar(255)
);
COMMENT ON TYPE dentsynth.paysplit IS 'One row of raw.paysplit, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.perioexam AS (
    "PerioExamNum" int8,
    "PatNum" int8,
    "ExamDate" date,
    "ProvNum" int8,
    "DateTMeasureEdit" timestamp,
    "Note" text
);
COMMENT ON TYPE dentsynth.perioexam IS 'One row of raw.perioexam, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.periomeasure AS (
    "PerioMeasureNum" int8,
    "PerioExamNum" int8,
    "SequenceType" int2,
    "IntTooth" int2,
    "ToothValue" int2,
    "MBvalue" int2,
    "Bvalue" int2,
    "DBvalue" int2,
    "MLvalue" int2,
    "Lvalue" int2,
    "DLvalue" int2,
    "SecDateTEntry" timestamp,
    "SecDateTEdit" timestamp
);
COMMENT ON TYPE dentsynth.periomeasure IS 'One row of raw.periomeasure, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.pharmacy AS (
    "PharmacyNum" int8,
    "PharmID" varchar(255),
    "StoreName" varchar(255),
    "Phone" varchar(255),
    "Fax" varchar(255),
    "Address" varchar(255),
    "Address2" varchar(255),
    "City" varchar(255),
    "State" varchar(255),
    "Zip" varchar(255),
    "Note" text,
    "DateTStamp" timestamp
);
COMMENT ON TYPE dentsynth.pharmacy IS 'One row of raw.pharmacy, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.pharmclinic AS (
    "PharmClinicNum" int8,
    "PharmacyNum" int8,
    "ClinicNum" int8
);
COMMENT ON TYPE dentsynth.pharmclinic IS 'One row of raw.pharmclinic, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.procedurecode AS (
    "CodeNum" int8,
    "ProcCode" varchar(15),
    "Descript" varchar(255),
    "AbbrDesc" varchar(50),
    "ProcTime" varchar(24),
    "ProcCat" int8,
    "TreatArea" int2,
    "NoBillIns" bool,
    "IsProsth" bool,
    "DefaultNote" text,
    "IsHygiene" bool,
    "GTypeNum" int2,
    "AlternateCode1" varchar(15),
    "MedicalCode" varchar(15),
    "IsTaxed" bool,
    "PaintType" int2,
    "GraphicColor" int4,
    "LaymanTerm" varchar(255),
    "IsCanadianLab" bool,
    "PreExisting" bool,
    "BaseUnits" int4,
    "SubstitutionCode" varchar(25),
    "SubstOnlyIf" int4,
    "DateTStamp" timestamp,
    "IsMultiVisit" bool,
    "DrugNDC" varchar(255),
    "RevenueCodeDefault" varchar(255),
    "ProvNumDefault" int8,
    "CanadaTimeUnits" float8,
    "IsRadiology" bool,
    "DefaultClaimNote" text,
    "DefaultTPNote" text,
    "BypassGlobalLock" bool,
    "TaxCode" varchar(16),
    "PaintText" varchar(255),
    "AreaAlsoToothRange" bool,
    "DiagnosticCodes" varchar(255)
);
COMMENT ON TYPE dentsynth.procedurecode IS 'One row of raw.procedurecode, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.procedurelog AS (
    "ProcNum" int8,
    "PatNum" int8,
    "AptNum" int8,
    "OldCode" varchar(15),
    "ProcDate" date,
    "ProcFee" float8,
    "Surf" varchar(10),
    "ToothNum" varchar(2),
    "ToothRange" varchar(100),
    "Priority" int8,
    "ProcStatus" int2,
    "ProvNum" int8,
    "Dx" int8,
    "PlannedAptNum" int8,
    "PlaceService" int2,
    "Prosthesis" bpchar(1),
    "DateOriginalProsth" date,
    "ClaimNote" varchar(80),
    "DateEntryC" date,
    "ClinicNum" int8,
    "MedicalCode" varchar(15),
    "DiagnosticCode" varchar(255),
    "IsPrincDiag" bool,
    "ProcNumLab" int8,
    "BillingTypeOne" int8,
    "BillingTypeTwo" int8,
    "CodeNum" int8,
    "CodeMod1" bpchar(2),
    "CodeMod2" bpchar(2),
    "CodeMod3" bpchar(2),
    "CodeMod4" bpchar(2),
    "RevCode" varchar(45),
    "UnitQty" int4,
    "BaseUnits" int4,
    "StartTime" int4,
    "StopTime" int4,
    "DateTP" date,
    "SiteNum" int8,
    "HideGraphics" bool,
    "CanadianTypeCodes" varchar(20),
    "ProcTime" time,
    "ProcTimeEnd" time,
    "DateTStamp" timestamp,
    "Prognosis" int8,
    "DrugUnit" bool,
    "DrugQty" float4,
    "UnitQtyType" bool,
    "StatementNum" int8,
    "IsLocked" bool,
    "BillingNote" varchar(255),
    "RepeatChargeNum" int8,
    "SnomedBodySite" varchar(255),
    "DiagnosticCode2" varchar(255),
    "DiagnosticCode3" varchar(255),
    "DiagnosticCode4" varchar(255),
    "ProvOrderOverride" int8,
    "Discount" float8,
    "IsDateProsthEst" bool,
    "IcdVersion" int2,
    "IsCpoe" bool,
    "SecUserNumEntry" int8,
    "SecDateEntry" timestamp,
    "DateComplete" date,
    "OrderingReferralNum" int8,
    "TaxAmt" float8,
    "Urgency" bool,
    "DiscountPlanAmt" float8
);
COMMENT ON TYPE dentsynth.procedurelog IS 'One row of raw.procedurelog, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.procgroupitem AS (
    "ProcGroupItemNum" int8,
    "ProcNum" int8,
    "GroupNum" int8
);
COMMENT ON TYPE dentsynth.procgroupitem IS 'One row of raw.procgroupitem, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.procmultivisit AS (
    "ProcMultiVisitNum" int8,
    "GroupProcMultiVisitNum" int8,
    "ProcNum" int8,
    "ProcStatus" int2,
    "IsInProcess" bool,
    "SecDateTEntry" timestamp,
    "SecDateTEdit" timestamp,
    "PatNum" int8
);
COMMENT ON TYPE dentsynth.procmultivisit IS 'One row of raw.procmultivisit, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.procnote AS (
    "ProcNoteNum" int8,
    "PatNum" int8,
    "ProcNum" int8,
    "EntryDateTime" timestamp,
    "UserNum" int8,
    "Note" text,
    "SigIsTopaz" bool,
    "Signature" text
);
COMMENT ON TYPE dentsynth.procnote IS 'One row of raw.procnote, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.proctp AS (
    "ProcTPNum" int8,
    "TreatPlanNum" int8,
    "PatNum" int8,
    "ProcNumOrig" int8,
    "ItemOrder" int2,
    "Priority" int8,
    "ToothNumTP" varchar(255),
    "Surf" varchar(255),
    "ProcCode" varchar(15),
    "Descript" varchar(255),
    "FeeAmt" float8,
    "PriInsAmt" float8,
    "SecInsAmt" float8,
    "PatAmt" float8,
    "Discount" float8,
    "Prognosis" varchar(255),
    "Dx" varchar(255),
    "ProcAbbr" varchar(50),
    "SecUserNumEntry" int8,
    "SecDateEntry" date,
    "SecDateTEdit" timestamp,
    "FeeAllowed" float8,
    "TaxAmt" float8,
    "ProvNum" int8,
    "DateTP" date,
    "ClinicNum" int8,
    "CatPercUCR" float8
);
COMMENT ON TYPE dentsynth.proctp IS 'One row of raw.proctp, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.program AS (
    "ProgramNum" int8,
    "ProgName" varchar(100),
    "ProgDesc" varchar(100),
    "Enabled" bool,
    "Path" text,
    "CommandLine" text,
    "Note" text,
    "PluginDllName" varchar(255),
    "ButtonImage" text,
    "FileTemplate" text,
    "FilePath" varchar(255),
    "IsDisabledByHq" bool,
    "CustErr" varchar(255)
);
COMMENT ON TYPE dentsynth.program IS 'One row of raw.program, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.programproperty AS (
    "ProgramPropertyNum" int8,
    "ProgramNum" int8,
    "PropertyDesc" varchar(255),
    "PropertyValue" text,
    "ComputerName" varchar(255),
    "ClinicNum" int8,
    "IsMasked" bool,
    "IsHighSecurity" bool
);
COMMENT ON TYPE dentsynth.programproperty IS 'One row of raw.programproperty, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.provider AS (
    "ProvNum" int8,
    "Abbr" varchar(255),
    "ItemOrder" int2,
    "LName" varchar(100),
    "FName" varchar(100),
    "MI" varchar(100),
    "Suffix" varchar(100),
    "FeeSched" int8,
    "Specialty" int8,
    "SSN" varchar(12),
    "StateLicense" varchar(15),
    "DEANum" varchar(15),
    "IsSecondary" bool,
    "ProvColor" int4,
    "IsHidden" bool,
    "UsingTIN" bool,
    "BlueCrossID" varchar(25),
    "SigOnFile" bool,
    "MedicaidID" varchar(20),
    "OutlineColor" int4,
    "SchoolClassNum" int8,
    "NationalProvID" varchar(255),
    "CanadianOfficeNum" varchar(100),
    "DateTStamp" timestamp,
    "AnesthProvType" int2,
    "TaxonomyCodeOverride" varchar(255),
    "IsCDAnet" bool,
    "EcwID" varchar(255),
    "StateRxID" varchar(255),
    "IsNotPerson" bool,
    "StateWhereLicensed" varchar(50),
    "EmailAddressNum" int8,
    "IsInstructor" bool,
    "EhrMuStage" int2,
    "ProvNumBillingOverride" int8,
    "CustomID" varchar(255),
    "ProvStatus" int2,
    "IsHiddenReport" bool,
    "IsErxEnabled" bool,
    "Birthdate" date,
    "SchedNote" varchar(255),
    "WebSchedDescript" varchar(500),
    "WebSchedImageLocation" varchar(255),
    "HourlyProdGoalAmt" float8,
    "DateTerm" date,
    "PreferredName" varchar(100)
);
COMMENT ON TYPE dentsynth.provider IS 'One row of raw.provider, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.recall AS (
    "RecallNum" int8,
    "PatNum" int8,
    "DateDueCalc" date,
    "DateDue" date,
    "DatePrevious" date,
    "RecallInterval" int4,
    "RecallStatus" int8,
    "Note" text,
    "IsDisabled" bool,
    "DateTStamp" timestamp,
    "RecallTypeNum" int8,
    "DisableUntilBalance" float8,
    "DisableUntilDate" date,
    "DateScheduled" date,
    "Priority" bool,
    "TimePatternOverride" varchar(255)
);
COMMENT ON TYPE dentsynth.recall IS 'One row of raw.recall, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.recalltrigger AS (
    "RecallTriggerNum" int8,
    "RecallTypeNum" int8,
    "CodeNum" int8
);
COMMENT ON TYPE dentsynth.recalltrigger IS 'One row of raw.recalltrigger, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.recalltype AS (
    "RecallTypeNum" int8,
    "Description" varchar(255),
    "DefaultInterval" int4,
    "TimePattern" varchar(255),
    "Procedures" varchar(255),
    "AppendToSpecial" bool
);
COMMENT ON TYPE dentsynth.recalltype IS 'One row of raw.recalltype, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.refattach AS (
    "RefAttachNum" int8,
    "ReferralNum" int8,
    "PatNum" int8,
    "ItemOrder" int2,
    "RefDate" date,
    "RefType" bool,
    "RefToStatus" int2,
    "Note" text,
    "IsTransitionOfCare" bool,
    "ProcNum" int8,
    "DateProcComplete" date,
    "ProvNum" int8,
    "DateTStamp" timestamp
);
COMMENT ON TYPE dentsynth.refattach IS 'One row of raw.refattach, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.referral AS (
    "ReferralNum" int8,
    "LName" varchar(100),
    "FName" varchar(100),
    "MName" varchar(100),
    "SSN" varchar(9),
    "UsingTIN" bool,
    "Specialty" int8,
    "ST" varchar(2),
    "Telephone" varchar(10),
    "Address" varchar(100),
    "Address2" varchar(100),
    "City" varchar(100),
    "Zip" varchar(10),
    "Note" text,
    "Phone2" varchar(30),
    "IsHidden" bool,
    "NotPerson" bool,
    "Title" varchar(255),
    "EMail" varchar(255),
    "PatNum" int8,
    "NationalProvID" varchar(255),
    "Slip" int8,
    "IsDoctor" bool,
    "IsTrustedDirect" bool,
    "DateTStamp" timestamp,
    "IsPreferred" bool,
    "BusinessName" varchar(255),
    "DisplayNote" varchar(4000)
);
COMMENT ON TYPE dentsynth.referral IS 'One row of raw.referral, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.rxdef AS (
    "RxDefNum" int8,
    "Drug" varchar(255),
    "Sig" varchar(255),
    "Disp" varchar(255),
    "Refills" varchar(30),
    "Notes" varchar(255),
    "IsControlled" bool,
    "RxCui" int8,
    "IsProcRequired" bool,
    "PatientInstruction" text
);
COMMENT ON TYPE dentsynth.rxdef IS 'One row of raw.rxdef, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.rxnorm AS (
    "RxNormNum" int8,
    "RxCui" varchar(255),
    "MmslCode" varchar(255),
    "Description" text
);
COMMENT ON TYPE dentsynth.rxnorm IS 'One row of raw.rxnorm, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.rxpat AS (
    "RxNum" int8,
    "PatNum" int8,
    "RxDate" date,
    "Drug" varchar(255),
    "Sig" varchar(255),
    "Disp" varchar(255),
    "Refills" varchar(30),
    "ProvNum" int8,
    "Notes" varchar(255),
    "PharmacyNum" int8,
    "IsControlled" bool,
    "DateTStamp" timestamp,
    "SendStatus" int2,
    "RxCui" int8,
    "DosageCode" varchar(255),
    "ErxGuid" varchar(40),
    "IsErxOld" bool,
    "ErxPharmacyInfo" varchar(255),
    "IsProcRequired" bool,
    "ProcNum" int8,
    "DaysOfSupply" float8,
    "PatientInstruction" text,
    "ClinicNum" int8,
    "UserNum" int8,
    "RxType" bool
);
COMMENT ON TYPE dentsynth.rxpat IS 'One row of raw.rxpat, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.schedule AS (
    "ScheduleNum" int8,
    "SchedDate" date,
    "StartTime" time,
    "StopTime" time,
    "SchedType" int2,
    "ProvNum" int8,
    "BlockoutType" int8,
    "Note" text,
    "Status" int2,
    "EmployeeNum" int8,
    "DateTStamp" timestamp,
    "ClinicNum" int8
);
COMMENT ON TYPE dentsynth.schedule IS 'One row of raw.schedule, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.scheduleop AS (
    "ScheduleOpNum" int8,
    "ScheduleNum" int8,
    "OperatoryNum" int8
);
COMMENT ON TYPE dentsynth.scheduleop IS 'One row of raw.scheduleop, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.sheet AS (
    "SheetNum" int8,
    "SheetType" int4,
    "PatNum" int8,
    "DateTimeSheet" timestamp,
    "FontSize" float4,
    "FontName" varchar(255),
    "Width" int4,
    "Height" int4,
    "IsLandscape" bool,
    "InternalNote" text,
    "Description" varchar(255),
    "ShowInTerminal" int2,
    "IsWebForm" bool,
    "IsMultiPage" bool,
    "IsDeleted" bool,
    "SheetDefNum" int8,
    "DocNum" int8,
    "ClinicNum" int8,
    "DateTSheetEdited" timestamp,
    "HasMobileLayout" bool,
    "RevID" int4,
    "WebFormSheetID" int8
);
COMMENT ON TYPE dentsynth.sheet IS 'One row of raw.sheet, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.sheetdef AS (
    "SheetDefNum" int8,
    "Description" varchar(255),
    "SheetType" int4,
    "FontSize" float4,
    "FontName" varchar(255),
    "Width" int4,
    "Height" int4,
    "IsLandscape" bool,
    "PageCount" int4,
    "IsMultiPage" bool,
    "BypassGlobalLock" bool,
    "HasMobileLayout" bool,
    "DateTCreated" timestamp,
    "RevID" int4,
    "AutoCheckSaveImage" bool,
    "AutoCheckSaveImageDocCategory" int8
);
COMMENT ON TYPE dentsynth.sheetdef IS 'One row of raw.sheetdef, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.sheetfield AS (
    "SheetFieldNum" int8,
    "SheetNum" int8,
    "FieldType" int4,
    "FieldName" varchar(255),
    "FieldValue" text,
    "FontSize" float4,
    "FontName" varchar(255),
    "FontIsBold" bool,
    "XPos" int4,
    "YPos" int4,
    "Width" int4,
    "Height" int4,
    "GrowthBehavior" int4,
    "RadioButtonValue" varchar(255),
    "RadioButtonGroup" varchar(255),
    "IsRequired" bool,
    "TabOrder" int4,
    "ReportableName" varchar(255),
    "TextAlign" int2,
    "ItemColor" int4,
    "DateTimeSig" timestamp,
    "IsLocked" bool,
    "TabOrderMobile" int4,
    "UiLabelMobile" text,
    "UiLabelMobileRadioButton" text,
    "SheetFieldDefNum" int8,
    "CanElectronicallySign" bool,
    "IsSigProvRestricted" bool
);
COMMENT ON TYPE dentsynth.sheetfield IS 'One row of raw.sheetfield, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.sheetfielddef AS (
    "SheetFieldDefNum" int8,
    "SheetDefNum" int8,
    "FieldType" int4,
    "FieldName" varchar(255),
    "FieldValue" text,
    "FontSize" float4,
    "FontName" varchar(255),
    "FontIsBold" bool,
    "XPos" int4,
    "YPos" int4,
    "Width" int4,
    "Height" int4,
    "GrowthBehavior" int4,
    "RadioButtonValue" varchar(255),
    "RadioButtonGroup" varchar(255),
    "IsRequired" bool,
    "TabOrder" int4,
    "ReportableName" varchar(255),
    "TextAlign" int2,
    "IsPaymentOption" bool,
    "ItemColor" int4,
    "IsLocked" bool,
    "TabOrderMobile" int4,
    "UiLabelMobile" text,
    "UiLabelMobileRadioButton" text,
    "LayoutMode" bool,
    "Language" varchar(255),
    "CanElectronicallySign" bool,
    "IsSigProvRestricted" bool
);
COMMENT ON TYPE dentsynth.sheetfielddef IS 'One row of raw.sheetfielddef, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.statement AS (
    "StatementNum" int8,
    "PatNum" int8,
    "DateSent" date,
    "DateRangeFrom" date,
    "DateRangeTo" date,
    "Note" text,
    "NoteBold" text,
    "Mode_" int2,
    "HidePayment" bool,
    "SinglePatient" bool,
    "Intermingled" bool,
    "IsSent" bool,
    "DocNum" int8,
    "DateTStamp" timestamp,
    "IsReceipt" bool,
    "IsInvoice" bool,
    "IsInvoiceCopy" bool,
    "EmailSubject" varchar(255),
    "EmailBody" text,
    "SuperFamily" int8,
    "IsBalValid" bool,
    "InsEst" float8,
    "BalTotal" float8,
    "StatementType" varchar(50),
    "ShortGUID" varchar(30),
    "StatementShortURL" varchar(50),
    "StatementURL" varchar(255),
    "SmsSendStatus" int2,
    "LimitedCustomFamily" int2,
    "ShowTransSinceBalZero" bool
);
COMMENT ON TYPE dentsynth.statement IS 'One row of raw.statement, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.statementprod AS (
    "StatementProdNum" int8,
    "StatementNum" int8,
    "FKey" int8,
    "ProdType" int2,
    "LateChargeAdjNum" int8,
    "DocNum" int8
);
COMMENT ON TYPE dentsynth.statementprod IS 'One row of raw.statementprod, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.task AS (
    "TaskNum" int8,
    "TaskListNum" int8,
    "DateTask" date,
    "KeyNum" int8,
    "Descript" text,
    "TaskStatus" int2,
    "IsRepeating" bool,
    "DateType" bool,
    "FromNum" int8,
    "ObjectType" int2,
    "DateTimeEntry" timestamp,
    "UserNum" int8,
    "DateTimeFinished" timestamp,
    "PriorityDefNum" int8,
    "ReminderGroupId" varchar(20),
    "ReminderType" int2,
    "ReminderFrequency" int4,
    "DateTimeOriginal" timestamp,
    "SecDateTEdit" timestamp,
    "DescriptOverride" varchar(255),
    "IsReadOnly" bool,
    "Category" int8
);
COMMENT ON TYPE dentsynth.task IS 'One row of raw.task, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.taskhist AS (
    "TaskHistNum" int8,
    "UserNumHist" int8,
    "DateTStamp" timestamp,
    "IsNoteChange" bool,
    "TaskNum" int8,
    "TaskListNum" int8,
    "DateTask" date,
    "KeyNum" int8,
    "Descript" text,
    "TaskStatus" int2,
    "IsRepeating" bool,
    "DateType" bool,
    "FromNum" int8,
    "ObjectType" int2,
    "DateTimeEntry" timestamp,
    "UserNum" int8,
    "DateTimeFinished" timestamp,
    "PriorityDefNum" int8,
    "ReminderGroupId" varchar(20),
    "ReminderType" int2,
    "ReminderFrequency" int4,
    "DateTimeOriginal" timestamp,
    "SecDateTEdit" timestamp,
    "DescriptOverride" varchar(255),
    "IsReadOnly" bool,
    "Category" int8
);
COMMENT ON TYPE dentsynth.taskhist IS 'One row of raw.taskhist, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.tasklist AS (
    "TaskListNum" int8,
    "Descript" varchar(255),
    "Parent" int8,
    "DateTL" date,
    "IsRepeating" bool,
    "DateType" bool,
    "FromNum" int8,
    "ObjectType" int2,
    "DateTimeEntry" timestamp,
    "GlobalTaskFilterType" bool,
    "TaskListStatus" int2
);
COMMENT ON TYPE dentsynth.tasklist IS 'One row of raw.tasklist, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.tasknote AS (
    "TaskNoteNum" int8,
    "TaskNum" int8,
    "UserNum" int8,
    "DateTimeNote" timestamp,
    "Note" text
);
COMMENT ON TYPE dentsynth.tasknote IS 'One row of raw.tasknote, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.tasksubscription AS (
    "TaskSubscriptionNum" int8,
    "UserNum" int8,
    "TaskListNum" int8,
    "TaskNum" int8
);
COMMENT ON TYPE dentsynth.tasksubscription IS 'One row of raw.tasksubscription, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.taskunread AS (
    "TaskUnreadNum" int8,
    "TaskNum" int8,
    "UserNum" int8
);
COMMENT ON TYPE dentsynth.taskunread IS 'One row of raw.taskunread, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.timeadjust AS (
    "TimeAdjustNum" int8,
    "EmployeeNum" int8,
    "TimeEntry" timestamp,
    "RegHours" time,
    "OTimeHours" time,
    "Note" text,
    "IsAuto" bool,
    "ClinicNum" int8,
    "PtoDefNum" int8,
    "PtoHours" time,
    "IsUnpaidProtectedLeave" bool,
    "SecuUserNumEntry" int8
);
COMMENT ON TYPE dentsynth.timeadjust IS 'One row of raw.timeadjust, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.toothinitial AS (
    "ToothInitialNum" int8,
    "PatNum" int8,
    "ToothNum" varchar(2),
    "InitialType" int2,
    "Movement" float4,
    "DrawingSegment" text,
    "ColorDraw" int4,
    "SecDateTEntry" timestamp,
    "SecDateTEdit" timestamp,
    "DrawText" varchar(255)
);
COMMENT ON TYPE dentsynth.toothinitial IS 'One row of raw.toothinitial, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.treatplan AS (
    "TreatPlanNum" int8,
    "PatNum" int8,
    "DateTP" date,
    "Heading" varchar(255),
    "Note" text,
    "Signature" text,
    "SigIsTopaz" bool,
    "ResponsParty" int8,
    "DocNum" int8,
    "TPStatus" int2,
    "SecUserNumEntry" int8,
    "SecDateEntry" date,
    "SecDateTEdit" timestamp,
    "UserNumPresenter" int8,
    "TPType" bool,
    "SignaturePractice" text,
    "DateTSigned" timestamp,
    "DateTPracticeSigned" timestamp,
    "SignatureText" varchar(255),
    "SignaturePracticeText" varchar(255),
    "MobileAppDeviceNum" int8
);
COMMENT ON TYPE dentsynth.treatplan IS 'One row of raw.treatplan, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.treatplanattach AS (
    "TreatPlanAttachNum" int8,
    "TreatPlanNum" int8,
    "ProcNum" int8,
    "Priority" int8
);
COMMENT ON TYPE dentsynth.treatplanattach IS 'One row of raw.treatplanattach, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.treatplanparam AS (
    "TreatPlanParamNum" int8,
    "PatNum" int8,
    "TreatPlanNum" int8,
    "ShowDiscount" bool,
    "ShowMaxDed" bool,
    "ShowSubTotals" bool,
    "ShowTotals" bool,
    "ShowCompleted" bool,
    "ShowFees" bool,
    "ShowIns" bool
);
COMMENT ON TYPE dentsynth.treatplanparam IS 'One row of raw.treatplanparam, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.usergroup AS (
    "UserGroupNum" int8,
    "Description" varchar(255),
    "UserGroupNumCEMT" int8
);
COMMENT ON TYPE dentsynth.usergroup IS 'One row of raw.usergroup, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.usergroupattach AS (
    "UserGroupAttachNum" int8,
    "UserNum" int8,
    "UserGroupNum" int8
);
COMMENT ON TYPE dentsynth.usergroupattach IS 'One row of raw.usergroupattach, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.userod AS (
    "UserNum" int8,
    "UserName" varchar(255),
    "Password" varchar(255),
    "UserGroupNum" int8,
    "EmployeeNum" int8,
    "ClinicNum" int8,
    "ProvNum" int8,
    "IsHidden" bool,
    "TaskListInBox" int8,
    "AnesthProvType" int4,
    "DefaultHidePopups" bool,
    "PasswordIsStrong" bool,
    "ClinicIsRestricted" bool,
    "InboxHidePopups" bool,
    "UserNumCEMT" int8,
    "DateTFail" timestamp,
    "FailedAttempts" int2,
    "DomainUser" varchar(255),
    "IsPasswordResetRequired" bool,
    "MobileWebPin" varchar(255),
    "MobileWebPinFailedAttempts" bool,
    "DateTLastLogin" timestamp,
    "EClipboardClinicalPin" varchar(128),
    "BadgeId" varchar(255)
);
COMMENT ON TYPE dentsynth.userod IS 'One row of raw.userod, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.userodapptview AS (
    "UserodApptViewNum" int8,
    "UserNum" int8,
    "ClinicNum" int8,
    "ApptViewNum" int8
);
COMMENT ON TYPE dentsynth.userodapptview IS 'One row of raw.userodapptview, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.userodpref AS (
    "UserOdPrefNum" int8,
    "UserNum" int8,
    "Fkey" int8,
    "FkeyType" int2,
    "ValueString" text,
    "ClinicNum" int8
);
COMMENT ON TYPE dentsynth.userodpref IS 'One row of raw.userodpref, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.zipcode AS (
    "ZipCodeNum" int8,
    "ZipCodeDigits" varchar(20),
    "City" varchar(100),
    "State" varchar(20),
    "IsFrequent" bool
);
COMMENT ON TYPE dentsynth.zipcode IS 'One row of raw.zipcode, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.etl_load_status AS (
    "id" int4,
    "table_name" varchar(255),
    "last_loaded" timestamp,
    "last_primary_value" varchar(255),
    "primary_column_name" varchar(255),
    "rows_loaded" int4,
    "load_status" varchar(50),
    "_loaded_at" timestamp
);
COMMENT ON TYPE dentsynth.etl_load_status IS 'One row of raw.etl_load_status, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.etl_pipeline_metrics AS (
    "id" int4,
    "pipeline_id" varchar(50),
    "start_time" timestamp,
    "end_time" timestamp,
    "total_time" float8,
    "tables_processed" int4,
    "total_rows_processed" int4,
    "success" bool,
    "error_count" int4,
    "status" varchar(20),
    "metrics_json" jsonb,
    "created_at" timestamp
);
COMMENT ON TYPE dentsynth.etl_pipeline_metrics IS 'One row of raw.etl_pipeline_metrics, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.etl_table_metrics AS (
    "id" int4,
    "pipeline_id" varchar(50),
    "table_name" varchar(100),
    "rows_processed" int4,
    "processing_time" float8,
    "success" bool,
    "error" text,
    "timestamp" timestamp,
    "created_at" timestamp
);
COMMENT ON TYPE dentsynth.etl_table_metrics IS 'One row of raw.etl_table_metrics, columns in the raw-schema contract''s order.';

CREATE TYPE dentsynth.etl_transform_status AS (
    "id" int4,
    "table_name" varchar(255),
    "last_transformed" timestamp,
    "last_primary_value" varchar(255),
    "primary_column_name" varchar(255),
    "rows_transformed" int4,
    "transform_status" varchar(50),
    "_transformed_at" timestamp,
    "_created_at" timestamp,
    "_updated_at" timestamp
);
COMMENT ON TYPE dentsynth.etl_transform_status IS 'One row of raw.etl_transform_status, columns in the raw-schema contract''s order.';

-- One set-returning function per generated table (generated).
CREATE FUNCTION dentsynth.generate_adjustments(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.adjustment
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_adjustments(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.adjustment for the same arguments, in the contract''s column order: INSERT INTO raw.adjustment SELECT * FROM dentsynth.generate_adjustments(...) works.';

CREATE FUNCTION dentsynth.generate_allergies(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.allergy
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_allergies(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.allergy for the same arguments, in the contract''s column order: INSERT INTO raw.allergy SELECT * FROM dentsynth.generate_allergies(...) works.';

CREATE FUNCTION dentsynth.generate_allergydefs(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.allergydef
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_allergydefs(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.allergydef for the same arguments, in the contract''s column order: INSERT INTO raw.allergydef SELECT * FROM dentsynth.generate_allergydefs(...) works.';

CREATE FUNCTION dentsynth.generate_appointments(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.appointment
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_appointments(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.appointment for the same arguments, in the contract''s column order: INSERT INTO raw.appointment SELECT * FROM dentsynth.generate_appointments(...) works.';

CREATE FUNCTION dentsynth.generate_appointmenttypes(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.appointmenttype
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_appointmenttypes(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.appointmenttype for the same arguments, in the contract''s column order: INSERT INTO raw.appointmenttype SELECT * FROM dentsynth.generate_appointmenttypes(...) works.';

CREATE FUNCTION dentsynth.generate_apptviews(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.apptview
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_apptviews(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.apptview for the same arguments, in the contract''s column order: INSERT INTO raw.apptview SELECT * FROM dentsynth.generate_apptviews(...) works.';

CREATE FUNCTION dentsynth.generate_autocodes(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.autocode
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_autocodes(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.autocode for the same arguments, in the contract''s column order: INSERT INTO raw.autocode SELECT * FROM dentsynth.generate_autocodes(...) works.';

CREATE FUNCTION dentsynth.generate_benefits(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.benefit
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_benefits(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.benefit for the same arguments, in the contract''s column order: INSERT INTO raw.benefit SELECT * FROM dentsynth.generate_benefits(...) works.';

CREATE FUNCTION dentsynth.generate_carriers(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.carrier
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_carriers(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.carrier for the same arguments, in the contract''s column order: INSERT INTO raw.carrier SELECT * FROM dentsynth.generate_carriers(...) works.';

CREATE FUNCTION dentsynth.generate_claims(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.claim
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_claims(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.claim for the same arguments, in the contract''s column order: INSERT INTO raw.claim SELECT * FROM dentsynth.generate_claims(...) works.';

CREATE FUNCTION dentsynth.generate_claimforms(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.claimform
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_claimforms(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.claimform for the same arguments, in the contract''s column order: INSERT INTO raw.claimform SELECT * FROM dentsynth.generate_claimforms(...) works.';

CREATE FUNCTION dentsynth.generate_claimpayments(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.claimpayment
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_claimpayments(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.claimpayment for the same arguments, in the contract''s column order: INSERT INTO raw.claimpayment SELECT * FROM dentsynth.generate_claimpayments(...) works.';

CREATE FUNCTION dentsynth.generate_claimprocs(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.claimproc
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_claimprocs(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.claimproc for the same arguments, in the contract''s column order: INSERT INTO raw.claimproc SELECT * FROM dentsynth.generate_claimprocs(...) works.';

CREATE FUNCTION dentsynth.generate_claimsnapshots(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.claimsnapshot
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_claimsnapshots(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.claimsnapshot for the same arguments, in the contract''s column order: INSERT INTO raw.claimsnapshot SELECT * FROM dentsynth.generate_claimsnapshots(...) works.';

CREATE FUNCTION dentsynth.generate_claimtrackings(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.claimtracking
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_claimtrackings(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.claimtracking for the same arguments, in the contract''s column order: INSERT INTO raw.claimtracking SELECT * FROM dentsynth.generate_claimtrackings(...) works.';

CREATE FUNCTION dentsynth.generate_clinics(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.clinic
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_clinics(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.clinic for the same arguments, in the contract''s column order: INSERT INTO raw.clinic SELECT * FROM dentsynth.generate_clinics(...) works.';

CREATE FUNCTION dentsynth.generate_codegroups(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.codegroup
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_codegroups(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.codegroup for the same arguments, in the contract''s column order: INSERT INTO raw.codegroup SELECT * FROM dentsynth.generate_codegroups(...) works.';

CREATE FUNCTION dentsynth.generate_commlogs(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.commlog
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_commlogs(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.commlog for the same arguments, in the contract''s column order: INSERT INTO raw.commlog SELECT * FROM dentsynth.generate_commlogs(...) works.';

CREATE FUNCTION dentsynth.generate_definitions(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.definition
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_definitions(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.definition for the same arguments, in the contract''s column order: INSERT INTO raw.definition SELECT * FROM dentsynth.generate_definitions(...) works.';

CREATE FUNCTION dentsynth.generate_diseases(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.disease
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_diseases(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.disease for the same arguments, in the contract''s column order: INSERT INTO raw.disease SELECT * FROM dentsynth.generate_diseases(...) works.';

CREATE FUNCTION dentsynth.generate_diseasedefs(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.diseasedef
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_diseasedefs(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.diseasedef for the same arguments, in the contract''s column order: INSERT INTO raw.diseasedef SELECT * FROM dentsynth.generate_diseasedefs(...) works.';

CREATE FUNCTION dentsynth.generate_documents(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.document
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_documents(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.document for the same arguments, in the contract''s column order: INSERT INTO raw.document SELECT * FROM dentsynth.generate_documents(...) works.';

CREATE FUNCTION dentsynth.generate_employees(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.employee
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_employees(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.employee for the same arguments, in the contract''s column order: INSERT INTO raw.employee SELECT * FROM dentsynth.generate_employees(...) works.';

CREATE FUNCTION dentsynth.generate_employers(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.employer
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_employers(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.employer for the same arguments, in the contract''s column order: INSERT INTO raw.employer SELECT * FROM dentsynth.generate_employers(...) works.';

CREATE FUNCTION dentsynth.generate_entrylogs(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.entrylog
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_entrylogs(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.entrylog for the same arguments, in the contract''s column order: INSERT INTO raw.entrylog SELECT * FROM dentsynth.generate_entrylogs(...) works.';

CREATE FUNCTION dentsynth.generate_eobattaches(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.eobattach
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_eobattaches(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.eobattach for the same arguments, in the contract''s column order: INSERT INTO raw.eobattach SELECT * FROM dentsynth.generate_eobattaches(...) works.';

CREATE FUNCTION dentsynth.generate_fees(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.fee
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_fees(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.fee for the same arguments, in the contract''s column order: INSERT INTO raw.fee SELECT * FROM dentsynth.generate_fees(...) works.';

CREATE FUNCTION dentsynth.generate_feescheds(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.feesched
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_feescheds(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.feesched for the same arguments, in the contract''s column order: INSERT INTO raw.feesched SELECT * FROM dentsynth.generate_feescheds(...) works.';

CREATE FUNCTION dentsynth.generate_histappointments(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.histappointment
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_histappointments(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.histappointment for the same arguments, in the contract''s column order: INSERT INTO raw.histappointment SELECT * FROM dentsynth.generate_histappointments(...) works.';

CREATE FUNCTION dentsynth.generate_insbluebooks(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.insbluebook
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_insbluebooks(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.insbluebook for the same arguments, in the contract''s column order: INSERT INTO raw.insbluebook SELECT * FROM dentsynth.generate_insbluebooks(...) works.';

CREATE FUNCTION dentsynth.generate_insbluebooklogs(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.insbluebooklog
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_insbluebooklogs(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.insbluebooklog for the same arguments, in the contract''s column order: INSERT INTO raw.insbluebooklog SELECT * FROM dentsynth.generate_insbluebooklogs(...) works.';

CREATE FUNCTION dentsynth.generate_insplans(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.insplan
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_insplans(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.insplan for the same arguments, in the contract''s column order: INSERT INTO raw.insplan SELECT * FROM dentsynth.generate_insplans(...) works.';

CREATE FUNCTION dentsynth.generate_inssubs(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.inssub
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_inssubs(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.inssub for the same arguments, in the contract''s column order: INSERT INTO raw.inssub SELECT * FROM dentsynth.generate_inssubs(...) works.';

CREATE FUNCTION dentsynth.generate_insverifies(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.insverify
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_insverifies(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.insverify for the same arguments, in the contract''s column order: INSERT INTO raw.insverify SELECT * FROM dentsynth.generate_insverifies(...) works.';

CREATE FUNCTION dentsynth.generate_insverifyhists(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.insverifyhist
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_insverifyhists(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.insverifyhist for the same arguments, in the contract''s column order: INSERT INTO raw.insverifyhist SELECT * FROM dentsynth.generate_insverifyhists(...) works.';

CREATE FUNCTION dentsynth.generate_labcases(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.labcase
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_labcases(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.labcase for the same arguments, in the contract''s column order: INSERT INTO raw.labcase SELECT * FROM dentsynth.generate_labcases(...) works.';

CREATE FUNCTION dentsynth.generate_laboratories(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.laboratory
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_laboratories(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.laboratory for the same arguments, in the contract''s column order: INSERT INTO raw.laboratory SELECT * FROM dentsynth.generate_laboratories(...) works.';

CREATE FUNCTION dentsynth.generate_medications(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.medication
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_medications(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.medication for the same arguments, in the contract''s column order: INSERT INTO raw.medication SELECT * FROM dentsynth.generate_medications(...) works.';

CREATE FUNCTION dentsynth.generate_operatories(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.operatory
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_operatories(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.operatory for the same arguments, in the contract''s column order: INSERT INTO raw.operatory SELECT * FROM dentsynth.generate_operatories(...) works.';

CREATE FUNCTION dentsynth.generate_patients(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.patient
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_patients(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.patient for the same arguments, in the contract''s column order: INSERT INTO raw.patient SELECT * FROM dentsynth.generate_patients(...) works.';

CREATE FUNCTION dentsynth.generate_patientlinks(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.patientlink
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_patientlinks(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.patientlink for the same arguments, in the contract''s column order: INSERT INTO raw.patientlink SELECT * FROM dentsynth.generate_patientlinks(...) works.';

CREATE FUNCTION dentsynth.generate_patientnotes(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.patientnote
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_patientnotes(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.patientnote for the same arguments, in the contract''s column order: INSERT INTO raw.patientnote SELECT * FROM dentsynth.generate_patientnotes(...) works.';

CREATE FUNCTION dentsynth.generate_patplans(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.patplan
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_patplans(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.patplan for the same arguments, in the contract''s column order: INSERT INTO raw.patplan SELECT * FROM dentsynth.generate_patplans(...) works.';

CREATE FUNCTION dentsynth.generate_payments(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.payment
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_payments(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.payment for the same arguments, in the contract''s column order: INSERT INTO raw.payment SELECT * FROM dentsynth.generate_payments(...) works.';

CREATE FUNCTION dentsynth.generate_paysplits(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.paysplit
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_paysplits(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.paysplit for the same arguments, in the contract''s column order: INSERT INTO raw.paysplit SELECT * FROM dentsynth.generate_paysplits(...) works.';

CREATE FUNCTION dentsynth.generate_perioexams(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.perioexam
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_perioexams(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.perioexam for the same arguments, in the contract''s column order: INSERT INTO raw.perioexam SELECT * FROM dentsynth.generate_perioexams(...) works.';

CREATE FUNCTION dentsynth.generate_periomeasures(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.periomeasure
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_periomeasures(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.periomeasure for the same arguments, in the contract''s column order: INSERT INTO raw.periomeasure SELECT * FROM dentsynth.generate_periomeasures(...) works.';

CREATE FUNCTION dentsynth.generate_pharmacies(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.pharmacy
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_pharmacies(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.pharmacy for the same arguments, in the contract''s column order: INSERT INTO raw.pharmacy SELECT * FROM dentsynth.generate_pharmacies(...) works.';

CREATE FUNCTION dentsynth.generate_pharmclinics(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.pharmclinic
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_pharmclinics(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.pharmclinic for the same arguments, in the contract''s column order: INSERT INTO raw.pharmclinic SELECT * FROM dentsynth.generate_pharmclinics(...) works.';

CREATE FUNCTION dentsynth.generate_procedurecodes(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.procedurecode
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_procedurecodes(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.procedurecode for the same arguments, in the contract''s column order: INSERT INTO raw.procedurecode SELECT * FROM dentsynth.generate_procedurecodes(...) works.';

CREATE FUNCTION dentsynth.generate_procedurelogs(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.procedurelog
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_procedurelogs(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.procedurelog for the same arguments, in the contract''s column order: INSERT INTO raw.procedurelog SELECT * FROM dentsynth.generate_procedurelogs(...) works.';

CREATE FUNCTION dentsynth.generate_procgroupitems(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.procgroupitem
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_procgroupitems(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.procgroupitem for the same arguments, in the contract''s column order: INSERT INTO raw.procgroupitem SELECT * FROM dentsynth.generate_procgroupitems(...) works.';

CREATE FUNCTION dentsynth.generate_procmultivisits(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.procmultivisit
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_procmultivisits(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.procmultivisit for the same arguments, in the contract''s column order: INSERT INTO raw.procmultivisit SELECT * FROM dentsynth.generate_procmultivisits(...) works.';

CREATE FUNCTION dentsynth.generate_procnotes(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.procnote
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_procnotes(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.procnote for the same arguments, in the contract''s column order: INSERT INTO raw.procnote SELECT * FROM dentsynth.generate_procnotes(...) works.';

CREATE FUNCTION dentsynth.generate_proctps(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.proctp
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_proctps(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.proctp for the same arguments, in the contract''s column order: INSERT INTO raw.proctp SELECT * FROM dentsynth.generate_proctps(...) works.';

CREATE FUNCTION dentsynth.generate_programs(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.program
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_programs(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.program for the same arguments, in the contract''s column order: INSERT INTO raw.program SELECT * FROM dentsynth.generate_programs(...) works.';

CREATE FUNCTION dentsynth.generate_programproperties(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.programproperty
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_programproperties(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.programproperty for the same arguments, in the contract''s column order: INSERT INTO raw.programproperty SELECT * FROM dentsynth.generate_programproperties(...) works.';

CREATE FUNCTION dentsynth.generate_providers(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.provider
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_providers(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.provider for the same arguments, in the contract''s column order: INSERT INTO raw.provider SELECT * FROM dentsynth.generate_providers(...) works.';

CREATE FUNCTION dentsynth.generate_recalls(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.recall
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_recalls(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.recall for the same arguments, in the contract''s column order: INSERT INTO raw.recall SELECT * FROM dentsynth.generate_recalls(...) works.';

CREATE FUNCTION dentsynth.generate_recalltriggers(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.recalltrigger
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_recalltriggers(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.recalltrigger for the same arguments, in the contract''s column order: INSERT INTO raw.recalltrigger SELECT * FROM dentsynth.generate_recalltriggers(...) works.';

CREATE FUNCTION dentsynth.generate_recalltypes(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.recalltype
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_recalltypes(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.recalltype for the same arguments, in the contract''s column order: INSERT INTO raw.recalltype SELECT * FROM dentsynth.generate_recalltypes(...) works.';

CREATE FUNCTION dentsynth.generate_refattaches(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.refattach
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_refattaches(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.refattach for the same arguments, in the contract''s column order: INSERT INTO raw.refattach SELECT * FROM dentsynth.generate_refattaches(...) works.';

CREATE FUNCTION dentsynth.generate_referrals(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.referral
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_referrals(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.referral for the same arguments, in the contract''s column order: INSERT INTO raw.referral SELECT * FROM dentsynth.generate_referrals(...) works.';

CREATE FUNCTION dentsynth.generate_rxdefs(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.rxdef
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_rxdefs(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.rxdef for the same arguments, in the contract''s column order: INSERT INTO raw.rxdef SELECT * FROM dentsynth.generate_rxdefs(...) works.';

CREATE FUNCTION dentsynth.generate_rxnorms(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.rxnorm
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_rxnorms(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.rxnorm for the same arguments, in the contract''s column order: INSERT INTO raw.rxnorm SELECT * FROM dentsynth.generate_rxnorms(...) works.';

CREATE FUNCTION dentsynth.generate_rxpats(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.rxpat
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_rxpats(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.rxpat for the same arguments, in the contract''s column order: INSERT INTO raw.rxpat SELECT * FROM dentsynth.generate_rxpats(...) works.';

CREATE FUNCTION dentsynth.generate_schedules(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.schedule
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_schedules(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.schedule for the same arguments, in the contract''s column order: INSERT INTO raw.schedule SELECT * FROM dentsynth.generate_schedules(...) works.';

CREATE FUNCTION dentsynth.generate_scheduleops(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.scheduleop
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_scheduleops(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.scheduleop for the same arguments, in the contract''s column order: INSERT INTO raw.scheduleop SELECT * FROM dentsynth.generate_scheduleops(...) works.';

CREATE FUNCTION dentsynth.generate_sheets(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.sheet
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_sheets(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.sheet for the same arguments, in the contract''s column order: INSERT INTO raw.sheet SELECT * FROM dentsynth.generate_sheets(...) works.';

CREATE FUNCTION dentsynth.generate_sheetdefs(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.sheetdef
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_sheetdefs(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.sheetdef for the same arguments, in the contract''s column order: INSERT INTO raw.sheetdef SELECT * FROM dentsynth.generate_sheetdefs(...) works.';

CREATE FUNCTION dentsynth.generate_sheetfields(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.sheetfield
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_sheetfields(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.sheetfield for the same arguments, in the contract''s column order: INSERT INTO raw.sheetfield SELECT * FROM dentsynth.generate_sheetfields(...) works.';

CREATE FUNCTION dentsynth.generate_sheetfielddefs(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.sheetfielddef
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_sheetfielddefs(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.sheetfielddef for the same arguments, in the contract''s column order: INSERT INTO raw.sheetfielddef SELECT * FROM dentsynth.generate_sheetfielddefs(...) works.';

CREATE FUNCTION dentsynth.generate_statements(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.statement
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_statements(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.statement for the same arguments, in the contract''s column order: INSERT INTO raw.statement SELECT * FROM dentsynth.generate_statements(...) works.';

CREATE FUNCTION dentsynth.generate_statementprods(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.statementprod
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_statementprods(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.statementprod for the same arguments, in the contract''s column order: INSERT INTO raw.statementprod SELECT * FROM dentsynth.generate_statementprods(...) works.';

CREATE FUNCTION dentsynth.generate_tasks(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.task
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_tasks(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.task for the same arguments, in the contract''s column order: INSERT INTO raw.task SELECT * FROM dentsynth.generate_tasks(...) works.';

CREATE FUNCTION dentsynth.generate_taskhists(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.taskhist
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_taskhists(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.taskhist for the same arguments, in the contract''s column order: INSERT INTO raw.taskhist SELECT * FROM dentsynth.generate_taskhists(...) works.';

CREATE FUNCTION dentsynth.generate_tasklists(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.tasklist
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_tasklists(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.tasklist for the same arguments, in the contract''s column order: INSERT INTO raw.tasklist SELECT * FROM dentsynth.generate_tasklists(...) works.';

CREATE FUNCTION dentsynth.generate_tasknotes(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.tasknote
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_tasknotes(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.tasknote for the same arguments, in the contract''s column order: INSERT INTO raw.tasknote SELECT * FROM dentsynth.generate_tasknotes(...) works.';

CREATE FUNCTION dentsynth.generate_tasksubscriptions(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.tasksubscription
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_tasksubscriptions(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.tasksubscription for the same arguments, in the contract''s column order: INSERT INTO raw.tasksubscription SELECT * FROM dentsynth.generate_tasksubscriptions(...) works.';

CREATE FUNCTION dentsynth.generate_taskunreads(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.taskunread
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_taskunreads(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.taskunread for the same arguments, in the contract''s column order: INSERT INTO raw.taskunread SELECT * FROM dentsynth.generate_taskunreads(...) works.';

CREATE FUNCTION dentsynth.generate_timeadjusts(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.timeadjust
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_timeadjusts(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.timeadjust for the same arguments, in the contract''s column order: INSERT INTO raw.timeadjust SELECT * FROM dentsynth.generate_timeadjusts(...) works.';

CREATE FUNCTION dentsynth.generate_toothinitials(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.toothinitial
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_toothinitials(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.toothinitial for the same arguments, in the contract''s column order: INSERT INTO raw.toothinitial SELECT * FROM dentsynth.generate_toothinitials(...) works.';

CREATE FUNCTION dentsynth.generate_treatplans(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.treatplan
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_treatplans(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.treatplan for the same arguments, in the contract''s column order: INSERT INTO raw.treatplan SELECT * FROM dentsynth.generate_treatplans(...) works.';

CREATE FUNCTION dentsynth.generate_treatplanattaches(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.treatplanattach
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_treatplanattaches(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.treatplanattach for the same arguments, in the contract''s column order: INSERT INTO raw.treatplanattach SELECT * FROM dentsynth.generate_treatplanattaches(...) works.';

CREATE FUNCTION dentsynth.generate_treatplanparams(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.treatplanparam
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_treatplanparams(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.treatplanparam for the same arguments, in the contract''s column order: INSERT INTO raw.treatplanparam SELECT * FROM dentsynth.generate_treatplanparams(...) works.';

CREATE FUNCTION dentsynth.generate_usergroups(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.usergroup
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_usergroups(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.usergroup for the same arguments, in the contract''s column order: INSERT INTO raw.usergroup SELECT * FROM dentsynth.generate_usergroups(...) works.';

CREATE FUNCTION dentsynth.generate_usergroupattaches(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.usergroupattach
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_usergroupattaches(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.usergroupattach for the same arguments, in the contract''s column order: INSERT INTO raw.usergroupattach SELECT * FROM dentsynth.generate_usergroupattaches(...) works.';

CREATE FUNCTION dentsynth.generate_userods(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.userod
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_userods(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.userod for the same arguments, in the contract''s column order: INSERT INTO raw.userod SELECT * FROM dentsynth.generate_userods(...) works.';

CREATE FUNCTION dentsynth.generate_userodapptviews(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.userodapptview
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_userodapptviews(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.userodapptview for the same arguments, in the contract''s column order: INSERT INTO raw.userodapptview SELECT * FROM dentsynth.generate_userodapptviews(...) works.';

CREATE FUNCTION dentsynth.generate_userodprefs(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.userodpref
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_userodprefs(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.userodpref for the same arguments, in the contract''s column order: INSERT INTO raw.userodpref SELECT * FROM dentsynth.generate_userodprefs(...) works.';

CREATE FUNCTION dentsynth.generate_zipcodes(
    patients integer DEFAULT 5000,
    seed bigint DEFAULT 42,
    start_date date DEFAULT '2023-01-01',
    as_of timestamptz DEFAULT current_date,
    part integer DEFAULT 1,
    parts integer DEFAULT 1)
RETURNS SETOF dentsynth.zipcode
AS 'MODULE_PATHNAME', 'dentsynth_generate_table'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION dentsynth.generate_zipcodes(integer, bigint, date, timestamptz, integer, integer) IS
  'The rows dentsynth.generate_all() writes into raw.zipcode for the same arguments, in the contract''s column order: INSERT INTO raw.zipcode SELECT * FROM dentsynth.generate_zipcodes(...) works.';

