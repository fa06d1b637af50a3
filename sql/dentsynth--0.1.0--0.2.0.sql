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

-- The generation record: one row per schema generate_all wrote, with the arguments of its
-- generation and the rows it wrote per table (docs/GENERATION_RECORD.md). The extension owns it and
-- pg_dump keeps its rows (a configuration table); the functions write it as its owner, anyone may
-- read it.
CREATE TABLE dentsynth.generation (
    target_schema name PRIMARY KEY,
    seed bigint NOT NULL,
    patients integer NOT NULL,
    start_date date NOT NULL,
    as_of timestamptz NOT NULL,
    cut timestamp NOT NULL,
    parts integer NOT NULL,
    parts_loaded integer[] NOT NULL,
    generator_version text NOT NULL,
    table_rows jsonb NOT NULL,
    generated_at timestamptz NOT NULL,
    advanced_at timestamptz
);
SELECT pg_catalog.pg_extension_config_dump('dentsynth.generation', '');
GRANT SELECT ON dentsynth.generation TO PUBLIC;
COMMENT ON TABLE dentsynth.generation IS
  'One row per schema generate_all wrote: the generation''s arguments (seed, patients, start_date, as_of as given and cut as the generator read it in the session''s TimeZone, parts and the parts loaded, generator version), the rows it wrote per generated table (summed over the parts loaded), when it was generated (transaction time) and last advanced. A single call replaces the schema''s row; each part adds itself to its generation''s row; advance() moves as_of and cut on.';

-- advance(): a generated schema moved on in place to a later cut (docs/ADVANCE.md).
CREATE FUNCTION dentsynth.advance("to" timestamptz DEFAULT now(), target_schema name DEFAULT 'raw')
RETURNS TABLE (table_name text, inserted bigint, updated bigint, deleted bigint)
AS 'MODULE_PATHNAME', 'dentsynth_advance'
LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION dentsynth.advance(timestamptz, name) IS
  'Moves a schema generate_all wrote (dentsynth.generation) from its as_of to the later moment "to", in place and in the caller''s transaction: inserts the rows entered since, updates the rows whose story moved on, deletes only what OpenDental deletes (a dropped coverage''s patplan and eligibility item); every other row keeps its physical identity. Afterwards every generated table equals a fresh generate_all at "to" with the same other arguments. Records the change as a load in the ETL tables and moves the record''s as_of on. Returns the rows inserted, updated and deleted per table.';

CREATE FUNCTION dentsynth.check_remote_parts(target_schema name DEFAULT 'raw')
RETURNS TABLE (table_name text, partition_name text, bound text, violations bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
-- A partition queried by itself is scanned whole, never excluded by its own bound.
SET constraint_exclusion = off
AS $check$
DECLARE
    p record;
BEGIN
    IF target_schema IS NULL THEN
        RAISE EXCEPTION 'parameter "target_schema" must not be NULL' USING ERRCODE = '22004', HINT = 'Name the coordinator''s schema, e.g. ''raw''.';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_namespace WHERE nspname = target_schema) THEN
        RAISE EXCEPTION 'schema "%" does not exist', target_schema USING ERRCODE = '3F000',
            HINT = 'Pass the target_schema given to dentsynth.attach_remote_parts().';
    END IF;
    FOR p IN SELECT parent.relname::text AS parent_name, format('%I.%I', ns.nspname, c.relname) AS qualified,
                    pg_get_expr(c.relpartbound, c.oid) AS bound_text, pg_get_partition_constraintdef(c.oid) AS constraint_text
               FROM pg_inherits i
               JOIN pg_class parent ON parent.oid = i.inhparent
               JOIN pg_namespace pn ON pn.oid = parent.relnamespace
               JOIN pg_class c ON c.oid = i.inhrelid
               JOIN pg_namespace ns ON ns.oid = c.relnamespace
              WHERE pn.nspname = target_schema AND parent.relkind = 'p' AND c.relkind = 'f'
              ORDER BY 1, 2 LOOP
        table_name := p.parent_name;
        partition_name := p.qualified;
        bound := p.bound_text;
        -- The partition constraint is what pruning assumes of every row; counted on the server.
        EXECUTE format('SELECT count(*) FROM %s WHERE NOT (%s)', p.qualified, p.constraint_text) INTO violations;
        RETURN NEXT;
    END LOOP;
END
$check$;
COMMENT ON FUNCTION dentsynth.check_remote_parts(name) IS
  'Counts, on each server, the rows of every foreign partition of target_schema''s partitioned tables that lie outside the partition''s bound (a NULL key included). Pruning trusts the bounds and PostgreSQL does not check a foreign partition''s rows: every count must be 0. attach_remote_parts() runs it before returning.';

CREATE FUNCTION dentsynth.attach_remote_parts(
    servers name[],
    target_schema name DEFAULT 'raw',
    remote_schema name DEFAULT 'raw',
    parts_schema name DEFAULT NULL,
    practice text DEFAULT 'copy')
RETURNS TABLE (table_name text, layout text, partitions integer)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $attach$
DECLARE
    practice_tables CONSTANT text[] := '{definition,procedurecode,feesched,fee,appointmenttype,recalltype,recalltrigger,codegroup,autocode,claimform,diseasedef,allergydef,medication,rxdef,rxnorm,program,programproperty,sheetdef,sheetfielddef,zipcode,clinic,provider,operatory,employee,userod,usergroup,usergroupattach,userodpref,apptview,userodapptview,tasklist,carrier,employer,insplan,benefit,referral,laboratory,pharmacy,pharmclinic,schedule,scheduleop,tasksubscription,timeadjust}';
    etl_tables CONSTANT text[] := ARRAY['etl_load_status', 'etl_transform_status', 'etl_pipeline_metrics', 'etl_table_metrics'];
    -- The family block (src/core/patients/roster.hpp): families never cross one.
    family_block CONSTANT bigint := 8;
    n_servers integer;
    server_parts integer[];
    run record;
    first_run record;
    t record;
    k integer;
    server name;
    columns_ddl text;
    lo bigint;
    hi bigint;
    bad record;
BEGIN
    IF servers IS NULL OR target_schema IS NULL OR remote_schema IS NULL OR practice IS NULL THEN
        RAISE EXCEPTION 'parameters "servers", "target_schema", "remote_schema" and "practice" must not be NULL' USING ERRCODE = '22004',
            HINT = 'Name the foreign servers that hold the parts, e.g. ARRAY[''part1'', ''part2''].';
    END IF;
    n_servers := coalesce(cardinality(servers), 0);
    IF n_servers = 0 OR array_position(servers, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'invalid value for parameter "servers": %', servers USING ERRCODE = '22023',
            HINT = 'Name one postgres_fdw server per part, none NULL.';
    END IF;
    IF (SELECT count(DISTINCT s) FROM unnest(servers) s) <> n_servers THEN
        RAISE EXCEPTION 'invalid value for parameter "servers": % names a server twice', servers USING ERRCODE = '22023',
            HINT = 'Name one postgres_fdw server per part.';
    END IF;
    IF practice NOT IN ('copy', 'remote') THEN
        RAISE EXCEPTION 'invalid value for parameter "practice": "%"', practice USING ERRCODE = '22023',
            HINT = 'Use ''copy'' (a local copy of part 1''s practice tables) or ''remote'' (read them from part 1''s server).';
    END IF;
    parts_schema := coalesce(parts_schema, (target_schema || '_parts')::name);
    IF target_schema = '' OR parts_schema = '' OR parts_schema = target_schema THEN
        RAISE EXCEPTION 'invalid value for parameter "parts_schema": "%"', parts_schema USING ERRCODE = '22023',
            HINT = 'The foreign partitions need a schema of their own, other than target_schema.';
    END IF;
    IF NOT EXISTS (SELECT FROM pg_extension WHERE extname = 'postgres_fdw') THEN
        RAISE EXCEPTION 'attach_remote_parts needs the postgres_fdw extension' USING ERRCODE = '55000',
            HINT = 'CREATE EXTENSION postgres_fdw; then CREATE SERVER and CREATE USER MAPPING for each part''s server.';
    END IF;
    FOREACH server IN ARRAY servers LOOP
        IF NOT EXISTS (SELECT FROM pg_foreign_server s JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
                        WHERE s.srvname = server AND w.fdwname = 'postgres_fdw') THEN
            RAISE EXCEPTION 'invalid value for parameter "servers": "%" is not a postgres_fdw server', server USING ERRCODE = '42704',
                HINT = 'CREATE SERVER ... FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host ..., dbname ...) and a USER MAPPING for it.';
        END IF;
    END LOOP;
    IF EXISTS (SELECT FROM pg_namespace WHERE nspname = parts_schema) THEN
        RAISE EXCEPTION 'schema "%" for the foreign partitions already exists', parts_schema USING ERRCODE = '42P06',
            HINT = 'Drop it (DROP SCHEMA ... CASCADE drops only foreign tables and local copies) or pass another parts_schema.';
    END IF;

    -- The contract's tables, made by the extension itself into the parts schema: the templates the
    -- coordinator's tables copy their columns (names, types, order, NOT NULL) from.
    EXECUTE format('CREATE SCHEMA %I', parts_schema);
    PERFORM dentsynth.create_raw_schema(parts_schema);
    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', target_schema);
    SELECT string_agg(c.relname, ', ' ORDER BY c.relname) INTO columns_ddl
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = target_schema AND c.relname IN (SELECT relname FROM pg_class WHERE relnamespace = quote_ident(parts_schema)::regnamespace AND relkind = 'r');
    IF columns_ddl IS NOT NULL THEN
        RAISE EXCEPTION 'schema "%" already holds tables of the raw contract: %', target_schema, columns_ddl USING ERRCODE = '42P07',
            HINT = 'Attach into an empty schema (target_schema), or drop those tables first.';
    END IF;

    -- Which part each server holds: its own record of the load (etl_pipeline_metrics), which names
    -- the generation (seed, patients, cut) and the part.
    CREATE TEMP TABLE IF NOT EXISTS pg_temp.remote_part_runs (server name, position int, part int, parts int, seed bigint, patients bigint, cut text);
    TRUNCATE pg_temp.remote_part_runs;
    SELECT string_agg(format('%I %s%s', a.attname, format_type(a.atttypid, a.atttypmod), CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END),
                      ', ' ORDER BY a.attnum) INTO columns_ddl
      FROM pg_attribute a WHERE a.attrelid = format('%I.etl_pipeline_metrics', parts_schema)::regclass AND a.attnum > 0 AND NOT a.attisdropped;
    FOR k IN 1 .. n_servers LOOP
        EXECUTE format('CREATE FOREIGN TABLE %I.%I (%s) SERVER %I OPTIONS (schema_name %L, table_name %L)', parts_schema,
                       'etl_pipeline_metrics_server_' || k, columns_ddl, servers[k], remote_schema, 'etl_pipeline_metrics');
        EXECUTE format('INSERT INTO pg_temp.remote_part_runs SELECT %L, %s, (metrics_json->>''part'')::int, (metrics_json->>''parts'')::int,
                               (metrics_json->>''seed'')::bigint, (metrics_json->>''patients'')::bigint,
                               regexp_replace(pipeline_id, ''_part_[0-9]+_of_[0-9]+$'', '''')
                          FROM %I.%I WHERE metrics_json->>''generator'' = ''dentsynth''', servers[k], k, parts_schema, 'etl_pipeline_metrics_server_' || k);
        IF (SELECT count(*) FROM pg_temp.remote_part_runs WHERE position = k) <> 1 THEN
            RAISE EXCEPTION 'server "%" holds % dentsynth loads in %.etl_pipeline_metrics', servers[k],
                  (SELECT count(*) FROM pg_temp.remote_part_runs WHERE position = k), remote_schema USING ERRCODE = '55000',
                HINT = 'Each server holds exactly one part: generate_all(..., part => k, parts => N) into an empty schema.';
        END IF;
    END LOOP;
    SELECT * INTO first_run FROM pg_temp.remote_part_runs ORDER BY position LIMIT 1;
    SELECT string_agg(format('%s: part %s of %s, seed %s, %s patients, %s', r.server, r.part, r.parts, r.seed, r.patients, r.cut), '; ' ORDER BY r.position)
      INTO columns_ddl FROM pg_temp.remote_part_runs r;
    IF EXISTS (SELECT FROM pg_temp.remote_part_runs r
                WHERE (r.parts, r.seed, r.patients, r.cut) IS DISTINCT FROM (first_run.parts, first_run.seed, first_run.patients, first_run.cut)) THEN
        RAISE EXCEPTION 'the servers hold parts of different generations' USING ERRCODE = '22023', DETAIL = columns_ddl,
            HINT = 'Generate every part with the same patients, seed, start_date, as_of and parts.';
    END IF;
    IF first_run.parts <> n_servers OR (SELECT count(DISTINCT r.part) FROM pg_temp.remote_part_runs r) <> n_servers THEN
        RAISE EXCEPTION 'invalid value for parameter "servers": % servers for a roster generated in % parts', n_servers, first_run.parts
            USING ERRCODE = '22023', DETAIL = columns_ddl, HINT = 'Name exactly one server for each part 1 .. parts.';
    END IF;
    FOR k IN 1 .. first_run.parts - 1 LOOP
        IF (k * first_run.patients / first_run.parts) % family_block <> 0 THEN
            RAISE EXCEPTION 'part % of % ends at patient %, inside a family block of % patient numbers', k, first_run.parts,
                  k * first_run.patients / first_run.parts, family_block USING ERRCODE = '22023', DETAIL = columns_ddl,
                HINT = format('A family''s payments are written by its guarantor''s part, so parts must not cut a family block: generate with patients a multiple of %s.',
                              family_block * first_run.parts);
        END IF;
    END LOOP;
    SELECT array_agg(r.server ORDER BY r.part) INTO servers FROM pg_temp.remote_part_runs r;  -- servers[k] holds part k
    FOR k IN 1 .. n_servers LOOP
        EXECUTE format('ALTER FOREIGN TABLE %I.%I RENAME TO %I', parts_schema, 'etl_pipeline_metrics_server_' ||
                       (SELECT r.position FROM pg_temp.remote_part_runs r WHERE r.part = k), 'etl_pipeline_metrics_part_' || k);
    END LOOP;

    FOR t IN SELECT c.relname::text AS name, c.oid AS template,
                    EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'PatNum') AS has_pat_num,
                    (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum = 1) AS first_column
               FROM pg_class c WHERE c.relnamespace = quote_ident(parts_schema)::regnamespace AND c.relkind = 'r' ORDER BY c.relname LOOP
        SELECT string_agg(format('%I %s%s', a.attname, format_type(a.atttypid, a.atttypmod), CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END),
                          ', ' ORDER BY a.attnum) INTO columns_ddl
          FROM pg_attribute a WHERE a.attrelid = t.template AND a.attnum > 0 AND NOT a.attisdropped;
        table_name := t.name;
        IF t.name = ANY (etl_tables) THEN
            -- Local, with its unique constraints and id sequence: the downstream writes here.
            EXECUTE format('ALTER TABLE %I.%I SET SCHEMA %I', parts_schema, t.name, target_schema);
            FOR k IN 1 .. n_servers LOOP
                IF t.name <> 'etl_pipeline_metrics' THEN
                    EXECUTE format('CREATE FOREIGN TABLE %I.%I (%s) SERVER %I OPTIONS (schema_name %L, table_name %L)', parts_schema,
                                   t.name || '_part_' || k, columns_ddl, servers[k], remote_schema, t.name);
                END IF;
                EXECUTE format('INSERT INTO %I.%I AS t SELECT * FROM %I.%I%s', target_schema, t.name, parts_schema, t.name || '_part_' || k,
                               CASE t.name
                                   -- The merge generate_all makes when parts share one schema (src/pg/etl_bookkeeping.cpp).
                                   WHEN 'etl_load_status' THEN
                                       ' ON CONFLICT (table_name) DO UPDATE SET last_loaded = GREATEST(t.last_loaded, EXCLUDED.last_loaded),'
                                       ' primary_column_name = EXCLUDED.primary_column_name,'
                                       ' rows_loaded = LEAST(COALESCE(t.rows_loaded, 0)::bigint + EXCLUDED.rows_loaded, 2147483647)::integer,'
                                       ' load_status = EXCLUDED.load_status, _loaded_at = GREATEST(t._loaded_at, EXCLUDED._loaded_at), last_primary_value = '
                                   WHEN 'etl_transform_status' THEN
                                       ' ON CONFLICT (table_name) DO UPDATE SET last_transformed = GREATEST(t.last_transformed, EXCLUDED.last_transformed),'
                                       ' primary_column_name = EXCLUDED.primary_column_name,'
                                       ' rows_transformed = LEAST(COALESCE(t.rows_transformed, 0)::bigint + EXCLUDED.rows_transformed, 2147483647)::integer,'
                                       ' transform_status = EXCLUDED.transform_status, _transformed_at = GREATEST(t._transformed_at, EXCLUDED._transformed_at),'
                                       ' _created_at = LEAST(t._created_at, EXCLUDED._created_at), _updated_at = GREATEST(t._updated_at, EXCLUDED._updated_at),'
                                       ' last_primary_value = '
                                   ELSE '' END ||
                               CASE WHEN t.name IN ('etl_load_status', 'etl_transform_status') THEN
                                   'CASE WHEN t.last_primary_value ~ ''^[0-9]+$'' AND EXCLUDED.last_primary_value ~ ''^[0-9]+$'''
                                   ' THEN GREATEST(t.last_primary_value::numeric, EXCLUDED.last_primary_value::numeric)::text'
                                   ' ELSE COALESCE(EXCLUDED.last_primary_value, t.last_primary_value) END'
                               ELSE '' END);
            END LOOP;
            -- The id sequence past every id copied, so the downstream's INSERTs without an id work.
            EXECUTE format('SELECT setval(s, GREATEST((SELECT max(id) FROM %1$I.%2$I), pg_sequence_last_value(s), 1))
                              FROM pg_get_serial_sequence(%3$L, ''id'') s',
                           target_schema, t.name, format('%I.%I', target_schema, t.name));
            layout := 'local: the servers'' bookkeeping, merged';
            partitions := n_servers;
        ELSIF t.name = ANY (practice_tables) THEN
            IF practice = 'copy' THEN
                EXECUTE format('CREATE FOREIGN TABLE %I.%I (%s) SERVER %I OPTIONS (schema_name %L, table_name %L)', parts_schema,
                               t.name || '_part_1', columns_ddl, servers[1], remote_schema, t.name);
                EXECUTE format('ALTER TABLE %I.%I SET SCHEMA %I', parts_schema, t.name, target_schema);
                EXECUTE format('INSERT INTO %I.%I SELECT * FROM %I.%I', target_schema, t.name, parts_schema, t.name || '_part_1');
                layout := 'local copy of part 1';
            ELSE
                EXECUTE format('CREATE TABLE %I.%I (%s) PARTITION BY RANGE (%I)', target_schema, t.name, columns_ddl, t.first_column);
                EXECUTE format('CREATE FOREIGN TABLE %I.%I PARTITION OF %I.%I FOR VALUES FROM (MINVALUE) TO (MAXVALUE) SERVER %I OPTIONS (schema_name %L, table_name %L)',
                               parts_schema, t.name || '_part_1', target_schema, t.name, servers[1], remote_schema, t.name);
                layout := 'remote: part 1 holds every row';
            END IF;
            partitions := 1;
        ELSIF t.has_pat_num THEN
            EXECUTE format('CREATE TABLE %I.%I (%s) PARTITION BY RANGE ("PatNum")', target_schema, t.name, columns_ddl);
            FOR k IN 1 .. n_servers LOOP
                lo := (k - 1) * first_run.patients / n_servers + 1;
                hi := k * first_run.patients / n_servers;
                EXECUTE format('CREATE FOREIGN TABLE %I.%I PARTITION OF %I.%I FOR VALUES FROM (%s) TO (%s) SERVER %I OPTIONS (schema_name %L, table_name %L)',
                               parts_schema, t.name || '_part_' || k, target_schema, t.name, lo, hi + 1, servers[k], remote_schema, t.name);
            END LOOP;
            layout := 'partitioned by PatNum';
            partitions := n_servers;
        ELSE
            EXECUTE format('CREATE TABLE %I.%I (%s)', target_schema, t.name, columns_ddl);
            FOR k IN 1 .. n_servers LOOP
                EXECUTE format('CREATE FOREIGN TABLE %I.%I () INHERITS (%I.%I) SERVER %I OPTIONS (schema_name %L, table_name %L)',
                               parts_schema, t.name || '_part_' || k, target_schema, t.name, servers[k], remote_schema, t.name);
            END LOOP;
            layout := 'union of the parts (inheritance, no bound)';
            partitions := n_servers;
        END IF;
        RETURN NEXT;
    END LOOP;
    -- The templates left in the parts schema (those not moved to target_schema).
    FOR t IN SELECT c.relname FROM pg_class c WHERE c.relnamespace = quote_ident(parts_schema)::regnamespace AND c.relkind = 'r' LOOP
        EXECUTE format('DROP TABLE %I.%I', parts_schema, t.relname);
    END LOOP;

    DROP TABLE pg_temp.remote_part_runs;

    -- Every bound must hold on the servers before anyone queries through it.
    SELECT * INTO bad FROM dentsynth.check_remote_parts(target_schema) c WHERE c.violations > 0 ORDER BY c.partition_name LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION '% rows of % lie outside the partition''s bound %', bad.violations, bad.partition_name, bad.bound USING ERRCODE = '23514',
            HINT = 'Each server must hold exactly the part it was generated as, unchanged: regenerate that part.';
    END IF;
END
$attach$;
COMMENT ON FUNCTION dentsynth.attach_remote_parts(name[], name, name, name, text) IS
  'On a coordinator: presents the parts generated on several servers (generate_all(..., part => k, parts => N) into remote_schema on each, read through the named postgres_fdw servers, in any order) as the contract''s tables of target_schema. Patient tables with PatNum are partitioned by PatNum, one foreign partition per part; patient tables without PatNum are the union of one foreign child table per server; the practice''s tables are copied from part 1 (practice => ''copy'') or read from its server (''remote''); the ETL bookkeeping is local, merged from every server. The foreign tables live in parts_schema (default target_schema_parts). Refuses servers holding parts of different generations, a missing or repeated part, parts that cut a family block, and rows outside their partition''s bound; creates nothing then.';

-- validate() gains the checks that catch the kinds of inject_faults().
-- validate(): the checks a user runs on a generated (or any) raw schema. Each check is one query
-- counting the rows that break a rule; the rules are the integrity, money and business properties
-- the generator promises (docs/BUSINESS_LOGIC.md), stated over the tables alone so they also run
-- on data loaded from elsewhere. {s} stands for the quoted schema name, {n} for its name as a
-- literal.
CREATE OR REPLACE FUNCTION dentsynth.validate(target_schema name DEFAULT 'raw')
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
        (9, 'no claim procedure is entered twice', 'integrity', 'a procedure has at most one not-received or received line (Status 0 or 1) per claim',
         $q$SELECT count(*) FROM (SELECT row_number() OVER (PARTITION BY "ClaimNum", "ProcNum" ORDER BY "ClaimProcNum") nth
                                    FROM {s}.claimproc WHERE "ClaimNum" <> 0 AND "Status" IN (0, 1)) t WHERE nth > 1$q$),
        -- The downstream casts every key to a 32-bit integer (docs/DOWNSTREAM.md): count the rows
        -- of every generated table (one with a row type in schema dentsynth) with a bigint column
        -- (in OpenDental's schema, a key or a definition's id) outside that range.
        (10, 'keys fit in 32 bits', 'integrity', 'no bigint column of a generated table holds a value outside -2147483648..2147483647',
         $q$SELECT coalesce(sum((xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I WHERE %s', {n}, t.relname, t.outside),
                                                               false, true, '')))[1]::text::bigint), 0)
              FROM (SELECT c.relname, string_agg(format('%I NOT BETWEEN -2147483648 AND 2147483647', a.attname), ' OR ') outside
                      FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
                     WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = {n}) AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
                       AND a.atttypid = 'int8'::regtype
                       AND c.relname IN (SELECT typname FROM pg_type WHERE typtype = 'c' AND typnamespace = 'dentsynth'::regnamespace)
                     GROUP BY c.relname) t$q$),
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
        (28, 'no negative fees', 'financial', 'fee schedule amounts and procedure fees are never negative',
         $q$SELECT (SELECT count(*) FROM {s}.fee WHERE "Amount" < 0) + (SELECT count(*) FROM {s}.procedurelog WHERE "ProcFee" < 0)$q$),
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
                 + (SELECT count(*) FROM {s}.adjustment WHERE "SecDateTEdit"::date < "DateEntry")$q$),
        (48, 'completed procedures carry a date', 'business', 'no completed procedure is dated with OpenDental''s zero date (0001-01-01 or 1900-01-01) or not at all',
         $q$SELECT count(*) FROM {s}.procedurelog WHERE "ProcStatus" = 2 AND ("ProcDate" IS NULL OR "ProcDate" < '1900-01-02')$q$),
        -- The cut is the one the generation record holds; for data dentsynth did not write, the
        -- latest stamp of a procedure stands for it.
        (49, 'nothing is completed after the cut', 'business', 'no completed procedure is dated after the day of the cut (the generation''s as_of, else the latest procedure stamp)',
         $q$SELECT count(*) FROM {s}.procedurelog WHERE "ProcStatus" = 2
              AND "ProcDate" > coalesce((SELECT g.cut FROM dentsynth.generation g WHERE g.target_schema = {n}),
                                        (SELECT max("DateTStamp") FROM {s}.procedurelog))::date$q$),
        -- Bookings made before a patient left stay on the schedule (OpenDental keeps them); one
        -- entered after the patient's last edit while the patient is inactive was made for a
        -- patient who had already left.
        (50, 'no bookings for patients who left', 'business', 'no scheduled appointment (AptStatus 1) of an inactive, archived, deleted or deceased patient (PatStatus 2-5) was entered after the patient''s last edit (DateTStamp)',
         $q$SELECT count(*) FROM {s}.appointment a JOIN {s}.patient p USING ("PatNum")
             WHERE a."AptStatus" = 1 AND p."PatStatus" IN (2, 3, 4, 5) AND a."SecDateTEntry" > p."DateTStamp"$q$)
    ) AS t(ord, name, cat, what, query) ORDER BY ord
    LOOP
        EXECUTE replace(replace(c.query, '{s}', quote_ident(target_schema)), '{n}', quote_literal(target_schema)) INTO n;
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

-- inject_faults(): breaks a generated schema on purpose and returns what it broke, one row per
-- damaged row, so a user can see which of the downstream's tests (and which validate() checks)
-- fire. Each kind damages a share `rate` of its candidate rows (at least one when there is any),
-- chosen by a hash of (seed, kind, key), never by random(): the same schema and arguments give
-- the same damage. Kinds run in the catalogue's order; each leaves the rows of every other kind's
-- check intact, so validate() counts exactly the rows returned. The calls are recorded in
-- dentsynth.fault_injection (docs/DBT.md, "Breaking it on purpose").
CREATE TABLE dentsynth.fault_injection (
    target_schema name NOT NULL,
    call integer NOT NULL,
    generated_at timestamptz,
    kinds text[] NOT NULL,
    rate float8 NOT NULL,
    seed bigint NOT NULL,
    forced boolean NOT NULL,
    damaged_rows bigint NOT NULL,
    PRIMARY KEY (target_schema, call)
);
SELECT pg_catalog.pg_extension_config_dump('dentsynth.fault_injection', '');
-- Anyone may read it; a role may record a call only on a schema it may create objects in (the
-- privilege generate_all needs), so nobody marks another's schema as damaged.
ALTER TABLE dentsynth.fault_injection ENABLE ROW LEVEL SECURITY;
CREATE POLICY fault_injection_read ON dentsynth.fault_injection FOR SELECT USING (true);
CREATE POLICY fault_injection_record ON dentsynth.fault_injection FOR INSERT
    WITH CHECK (has_schema_privilege(target_schema, 'CREATE'));
GRANT SELECT, INSERT ON dentsynth.fault_injection TO PUBLIC;
COMMENT ON TABLE dentsynth.fault_injection IS
  'One row per inject_faults() call that damaged a schema: the schema, the call''s number on it, the generated_at of the generation it damaged (dentsynth.generation; NULL when forced on a schema without one), the kinds, rate, seed, whether force was needed, and how many rows it damaged. A schema with a row for its current generation is no longer clean; generate_all(..., replace => true) makes it clean again.';

CREATE FUNCTION dentsynth.inject_faults(kinds text[], rate float8 DEFAULT 0.01, seed bigint DEFAULT 1,
                                        target_schema name DEFAULT 'raw', force boolean DEFAULT false)
RETURNS TABLE (fault text, table_name text, key bigint, detail text)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $inject$
DECLARE
    k record;
    gen record;
    recorded boolean;
    catalogue jsonb;
    known text[];
    unknown text;
    cut timestamp;
    changed text;
    previous bigint;
    damaged bigint := 0;
    n bigint;
BEGIN
    IF kinds IS NULL THEN
        RAISE EXCEPTION 'parameter "kinds" must not be NULL' USING ERRCODE = '22004',
            HINT = 'Pass the kinds to inject, or ''{}'' to list them: SELECT * FROM dentsynth.inject_faults(''{}'').';
    END IF;
    IF rate IS NULL OR seed IS NULL OR target_schema IS NULL OR force IS NULL THEN
        RAISE EXCEPTION 'parameter "%" must not be NULL',
            CASE WHEN rate IS NULL THEN 'rate' WHEN seed IS NULL THEN 'seed' WHEN target_schema IS NULL THEN 'target_schema' ELSE 'force' END
            USING ERRCODE = '22004', HINT = 'Leave the parameter out to take its default.';
    END IF;
    IF NOT (rate > 0 AND rate <= 1) THEN  -- NaN fails both
        RAISE EXCEPTION 'invalid value for parameter "rate": % is outside (0, 1]', rate USING ERRCODE = '22023',
            HINT = 'rate is the share of each kind''s candidate rows to damage, e.g. 0.01 (at least one row is damaged per kind).';
    END IF;

    -- The catalogue. Each kind: the table its ground-truth rows belong to, what it does, the
    -- candidates (a query with one column k, the key the hash draws on, and what the damage
    -- needs), and the damage (data-modifying CTEs over `pick`, the chosen candidates, ending in a
    -- SELECT of the ground truth). {s}: the quoted schema; {cut}: the cut as a literal.
    SELECT jsonb_agg(to_jsonb(t) ORDER BY t.ord) INTO catalogue FROM (VALUES
        (1, 'orphaned_paysplit', 'paysplit', 'a payment is deleted and its splits are left behind, naming a PayNum that no longer exists (caught by validate(): payment splits join payments and what they pay)',
         $q$SELECT p."PayNum" k FROM {s}.payment p WHERE EXISTS (SELECT FROM {s}.paysplit s WHERE s."PayNum" = p."PayNum")$q$,
         $q$gone AS (DELETE FROM {s}.payment p USING pick WHERE p."PayNum" = pick.k RETURNING p."PayNum"),
            truth AS (SELECT s."SplitNum" AS key, format('payment %s deleted; the split still names it', s."PayNum") AS detail FROM {s}.paysplit s JOIN gone USING ("PayNum"))$q$),
        (2, 'orphaned_claimproc', 'claimproc', 'a claim is deleted and its claim procedures are left behind, naming a ClaimNum that no longer exists (caught by: claim procedures join claims, procedures and checks)',
         $q$SELECT c."ClaimNum" k FROM {s}.claim c WHERE EXISTS (SELECT FROM {s}.claimproc cp WHERE cp."ClaimNum" = c."ClaimNum")$q$,
         $q$gone AS (DELETE FROM {s}.claim c USING pick WHERE c."ClaimNum" = pick.k RETURNING c."ClaimNum"),
            truth AS (SELECT cp."ClaimProcNum" AS key, format('claim %s deleted; the claim procedure still names it', cp."ClaimNum") AS detail FROM {s}.claimproc cp JOIN gone USING ("ClaimNum"))$q$),
        (3, 'unbalanced_payment', 'payment', 'a payment''s amount is cut by 10% (sign kept) while its splits still sum to the old amount (caught by: payments equal their splits)',
         $q$SELECT p."PayNum" k, p."PayAmt" was FROM {s}.payment p
             WHERE p."PayType" <> 0 AND abs(p."PayAmt") >= 1 AND EXISTS (SELECT FROM {s}.paysplit s WHERE s."PayNum" = p."PayNum")$q$,
         $q$done AS (UPDATE {s}.payment p SET "PayAmt" = round((pick.was * 0.9)::numeric, 2)::float8 FROM pick WHERE p."PayNum" = pick.k RETURNING p."PayNum", p."PayAmt", pick.was),
            truth AS (SELECT "PayNum" AS key, format('PayAmt %s -> %s; its splits still sum to %s', round(was::numeric, 2), round("PayAmt"::numeric, 2), round(was::numeric, 2)) AS detail FROM done)$q$),
        (4, 'procedure_zero_date', 'procedurelog', 'a completed procedure gets OpenDental''s zero date 0001-01-01 (caught by: completed procedures carry a date)',
         $q$SELECT l."ProcNum" k, l."ProcDate" was FROM {s}.procedurelog l WHERE l."ProcStatus" = 2 AND l."ProcDate" BETWEEN '1900-01-02' AND {cut}::date$q$,
         $q$done AS (UPDATE {s}.procedurelog l SET "ProcDate" = '0001-01-01' FROM pick WHERE l."ProcNum" = pick.k RETURNING l."ProcNum", pick.was),
            truth AS (SELECT "ProcNum" AS key, format('ProcDate %s -> 0001-01-01', was) AS detail FROM done)$q$),
        (5, 'procedure_after_cut', 'procedurelog', 'a completed procedure with nothing paid or adjusted on it is dated 1-30 days after the cut (caught by: nothing is completed after the cut)',
         $q$SELECT l."ProcNum" k, l."ProcDate" was FROM {s}.procedurelog l WHERE l."ProcStatus" = 2 AND l."ProcDate" BETWEEN '1900-01-02' AND {cut}::date
              AND NOT EXISTS (SELECT FROM {s}.paysplit s WHERE s."ProcNum" = l."ProcNum") AND NOT EXISTS (SELECT FROM {s}.adjustment a WHERE a."ProcNum" = l."ProcNum")$q$,
         $q$done AS (UPDATE {s}.procedurelog l SET "ProcDate" = {cut}::date + 1 + ((pick.h * 1e6)::bigint % 30)::int FROM pick WHERE l."ProcNum" = pick.k
                     RETURNING l."ProcNum", l."ProcDate", pick.was),
            truth AS (SELECT "ProcNum" AS key, format('ProcDate %s -> %s, after the cut %s', was, "ProcDate", {cut}) AS detail FROM done)$q$),
        (6, 'double_booked_operatory', 'appointment', 'an appointment is moved to the start of the appointment before it in the same operatory that day (caught by: no double booking)',
         $q$SELECT "AptNum" k, "AptDateTime" was, "Op", prev_num, prev_start FROM (
                SELECT "AptNum", "AptDateTime", "Op", lag("AptNum") OVER w prev_num, lag("AptDateTime") OVER w prev_start
                  FROM {s}.appointment WHERE "AptStatus" NOT IN (3, 6) AND "Op" <> 0
                WINDOW w AS (PARTITION BY "Op" ORDER BY "AptDateTime", "AptNum")) t
             WHERE prev_start::date = "AptDateTime"::date AND prev_start < "AptDateTime"$q$,
         $q$-- An appointment whose predecessor moves too would not overlap it: only the first of a chain moves.
            done AS (UPDATE {s}.appointment a SET "AptDateTime" = pick.prev_start FROM pick
                      WHERE a."AptNum" = pick.k AND pick.prev_num NOT IN (SELECT k FROM pick)
                     RETURNING a."AptNum", pick.was, pick.prev_start, pick.prev_num, pick."Op"),
            truth AS (SELECT "AptNum" AS key, format('AptDateTime %s -> %s, the start of appointment %s in operatory %s', was, prev_start, prev_num, "Op") AS detail FROM done)$q$),
        (7, 'duplicated_claimproc', 'claimproc', 'a not-yet-received claim procedure is entered twice: a copy with a new ClaimProcNum, the claim''s totals recomputed to include it (caught by: no claim procedure is entered twice)',
         $q$SELECT cp."ClaimProcNum" k FROM {s}.claimproc cp
             WHERE cp."Status" = 0 AND cp."ClaimNum" <> 0 AND cp."ClaimPaymentNum" = 0 AND EXISTS (SELECT FROM {s}.claim c WHERE c."ClaimNum" = cp."ClaimNum")$q$,
         $q$numbered AS (SELECT k, (SELECT max("ClaimProcNum") FROM {s}.claimproc) + row_number() OVER (ORDER BY k) new_key FROM pick),
            copied AS (INSERT INTO {s}.claimproc SELECT r.* FROM {s}.claimproc cp JOIN numbered ON cp."ClaimProcNum" = numbered.k
                           CROSS JOIN LATERAL jsonb_populate_record(cp, jsonb_build_object('ClaimProcNum', numbered.new_key)) r
                       RETURNING "ClaimProcNum", "ClaimNum", "ProcNum", "FeeBilled", "InsPayEst", "InsPayAmt", "WriteOff"),
            totals AS (UPDATE {s}.claim c SET "ClaimFee" = round((c."ClaimFee" + d.fee)::numeric, 2)::float8, "InsPayEst" = round((c."InsPayEst" + d.est)::numeric, 2)::float8,
                              "InsPayAmt" = round((c."InsPayAmt" + d.paid)::numeric, 2)::float8, "WriteOff" = round((c."WriteOff" + d.wo)::numeric, 2)::float8
                         FROM (SELECT cp."ClaimNum", sum(cp."FeeBilled") fee, sum(cp."InsPayEst") est, sum(cp."InsPayAmt") paid, sum(cp."WriteOff") wo
                                 FROM {s}.claimproc cp JOIN pick ON cp."ClaimProcNum" = pick.k GROUP BY 1) d
                        WHERE c."ClaimNum" = d."ClaimNum"),
            truth AS (SELECT copied."ClaimProcNum" AS key, format('copy of claim procedure %s (claim %s, procedure %s); the claim''s totals include it', numbered.k, copied."ClaimNum", copied."ProcNum") AS detail
                        FROM copied JOIN numbered ON numbered.new_key = copied."ClaimProcNum")$q$),
        (8, 'negative_fee', 'fee', 'a fee schedule amount turns negative (caught by: no negative fees)',
         $q$SELECT f."FeeNum" k, f."Amount" was FROM {s}.fee f WHERE f."Amount" > 0$q$,
         $q$done AS (UPDATE {s}.fee f SET "Amount" = -pick.was FROM pick WHERE f."FeeNum" = pick.k RETURNING f."FeeNum", pick.was),
            truth AS (SELECT "FeeNum" AS key, format('Amount %s -> %s', round(was::numeric, 2), -round(was::numeric, 2)) AS detail FROM done)$q$),
        (9, 'appointment_inactive_patient', 'appointment', 'a patient is marked inactive (PatStatus 0 -> 2, DateTStamp kept) while holding appointments scheduled since their last edit (caught by: no bookings for patients who left)',
         $q$SELECT p."PatNum" k FROM {s}.patient p
             WHERE p."PatStatus" = 0 AND EXISTS (SELECT FROM {s}.appointment a WHERE a."PatNum" = p."PatNum" AND a."AptStatus" = 1 AND a."SecDateTEntry" > p."DateTStamp")$q$,
         $q$done AS (UPDATE {s}.patient p SET "PatStatus" = 2 FROM pick WHERE p."PatNum" = pick.k RETURNING p."PatNum"),
            truth AS (SELECT a."AptNum" AS key, format('patient %s marked inactive; the appointment on %s is still scheduled', a."PatNum", a."AptDateTime") AS detail
                        FROM {s}.appointment a JOIN {s}.patient p USING ("PatNum") JOIN done USING ("PatNum") WHERE a."AptStatus" = 1 AND a."SecDateTEntry" > p."DateTStamp")$q$),
        (10, 'missing_guarantor', 'patient', 'a family member whose account nets to zero names a guarantor that does not exist (caught by: patient guarantors exist)',
         $q$WITH ledger AS (
                SELECT "PatNum" pat, round("ProcFee"::numeric, 2) v FROM {s}.procedurelog WHERE "ProcStatus" = 2
                UNION ALL SELECT "PatNum", round("AdjAmt"::numeric, 2) FROM {s}.adjustment
                UNION ALL SELECT "PatNum", -round(("InsPayAmt" + "WriteOff")::numeric, 2) FROM {s}.claimproc WHERE "Status" IN (1, 4)
                UNION ALL SELECT "PatNum", -round("SplitAmt"::numeric, 2) FROM {s}.paysplit)
            SELECT p."PatNum" k, p."Guarantor" was FROM {s}.patient p LEFT JOIN (SELECT pat, sum(v) v FROM ledger GROUP BY 1) l ON l.pat = p."PatNum"
             WHERE p."PatNum" <> p."Guarantor" AND p."BalTotal" = 0 AND coalesce(l.v, 0) = 0
               AND EXISTS (SELECT FROM {s}.patient g WHERE g."PatNum" = p."Guarantor")$q$,
         $q$numbered AS (SELECT k, was, (SELECT max("PatNum") FROM {s}.patient) + row_number() OVER (ORDER BY k) new_guarantor FROM pick),
            done AS (UPDATE {s}.patient p SET "Guarantor" = numbered.new_guarantor FROM numbered WHERE p."PatNum" = numbered.k
                     RETURNING p."PatNum", p."Guarantor", numbered.was),
            truth AS (SELECT "PatNum" AS key, format('Guarantor %s -> %s, no such patient', was, "Guarantor") AS detail FROM done)$q$),
        (11, 'claim_received_before_sent', 'claim', 'a received claim''s DateReceived is moved 1-30 days before its DateSent (caught by: claims go out after the visit and come back after they go out)',
         $q$SELECT c."ClaimNum" k, c."DateReceived" was, c."DateSent" sent FROM {s}.claim c
             WHERE c."ClaimStatus" = 'R' AND c."DateSent" > '1900-01-01' AND c."DateReceived" >= c."DateSent"$q$,
         $q$done AS (UPDATE {s}.claim c SET "DateReceived" = pick.sent - 1 - ((pick.h * 1e6)::bigint % 30)::int FROM pick WHERE c."ClaimNum" = pick.k
                     RETURNING c."ClaimNum", c."DateReceived", pick.was, pick.sent),
            truth AS (SELECT "ClaimNum" AS key, format('DateReceived %s -> %s, before DateSent %s', was, "DateReceived", sent) AS detail FROM done)$q$),
        (12, 'key_beyond_32_bits', 'commlog', 'a communication log entry''s key is moved past 2^31 - 1 (2^32 added), as keys of replicated or randomly keyed databases are (caught by: keys fit in 32 bits)',
         $q$SELECT c."CommlogNum" k FROM {s}.commlog c WHERE c."CommlogNum" BETWEEN 1 AND 2147483647$q$,
         $q$done AS (UPDATE {s}.commlog c SET "CommlogNum" = c."CommlogNum" + 4294967296 FROM pick WHERE c."CommlogNum" = pick.k RETURNING c."CommlogNum"),
            truth AS (SELECT "CommlogNum" AS key, format('CommlogNum %s -> %s', "CommlogNum" - 4294967296, "CommlogNum") AS detail FROM done)$q$)
    ) AS t(ord, kind, tbl, what, candidates, damage);

    IF cardinality(kinds) = 0 THEN
        RETURN QUERY SELECT t.kind, t.tbl, NULL::bigint, t.what FROM jsonb_to_recordset(catalogue) AS t(ord int, kind text, tbl text, what text, candidates text, damage text) ORDER BY t.ord;
        RETURN;
    END IF;
    SELECT array_agg(t.kind ORDER BY t.ord) INTO known FROM jsonb_to_recordset(catalogue) AS t(ord int, kind text, tbl text, what text, candidates text, damage text);
    SELECT u INTO unknown FROM unnest(kinds) u WHERE u IS NULL OR u <> ALL (known) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'invalid value for parameter "kinds": unknown fault kind %', coalesce(quote_literal(unknown), 'NULL') USING ERRCODE = '22023',
            HINT = format('The kinds are %s; SELECT * FROM dentsynth.inject_faults(''{}'') describes them.', array_to_string(known, ', '));
    END IF;

    IF NOT EXISTS (SELECT FROM pg_namespace WHERE nspname = target_schema) THEN
        RAISE EXCEPTION 'invalid value for parameter "target_schema": schema "%" does not exist', target_schema USING ERRCODE = '3F000',
            HINT = 'Generate into it first: SELECT * FROM dentsynth.generate_all(target_schema => ...).';
    END IF;

    -- Only a schema dentsynth wrote and nobody changed since is damaged without force: the
    -- generation record must exist and every generated table hold the rows it wrote (the ETL
    -- tables, which dbt itself writes to, are not compared). A schema damaged before is not clean.
    SELECT * INTO gen FROM dentsynth.generation g WHERE g.target_schema = inject_faults.target_schema;
    recorded := FOUND;
    IF NOT force THEN
        IF NOT recorded THEN
            RAISE EXCEPTION 'schema "%" has no generation record: dentsynth did not write it', target_schema USING ERRCODE = '55000',
                HINT = 'inject_faults damages rows that may be yours; to damage it anyway, pass force => true.';
        END IF;
        FOR k IN SELECT t.key AS tbl, t.value::bigint AS recorded FROM jsonb_each_text(gen.table_rows) t WHERE t.key NOT LIKE 'etl\_%' ORDER BY 1 LOOP
            IF to_regclass(format('%I.%I', target_schema, k.tbl)) IS NULL THEN
                n := NULL;
            ELSE
                EXECUTE format('SELECT count(*) FROM %I.%I', target_schema, k.tbl) INTO n;
            END IF;
            IF n IS NULL THEN
                changed := format('table %I.%I is missing', target_schema, k.tbl);
            ELSIF n <> k.recorded THEN
                changed := format('table %I.%I holds %s row%s %s than the generation wrote', target_schema, k.tbl, abs(n - k.recorded),
                                  CASE WHEN abs(n - k.recorded) = 1 THEN '' ELSE 's' END, CASE WHEN n > k.recorded THEN 'more' ELSE 'fewer' END);
            END IF;
            EXIT WHEN changed IS NOT NULL;
        END LOOP;
        IF changed IS NOT NULL THEN
            RAISE EXCEPTION 'schema "%" holds rows dentsynth did not write: %', target_schema, changed USING ERRCODE = '55000',
                HINT = 'inject_faults damages rows that may be yours; regenerate the schema (generate_all(..., replace => true)) or pass force => true.';
        END IF;
        SELECT max(f.call) INTO previous FROM dentsynth.fault_injection f
         WHERE f.target_schema = inject_faults.target_schema AND f.generated_at IS NOT DISTINCT FROM gen.generated_at;
        IF previous IS NOT NULL THEN
            RAISE EXCEPTION 'schema "%" was already damaged by inject_faults (% call%)', target_schema, previous, CASE WHEN previous > 1 THEN 's' ELSE '' END
                USING ERRCODE = '55000',
                HINT = 'A second call damages rows of a damaged schema and validate() no longer counts each call apart; regenerate it (generate_all(..., replace => true)) or pass force => true.';
        END IF;
    END IF;

    -- The cut: the generation's, else the latest procedure stamp (as validate() takes it).
    IF recorded THEN
        cut := gen.cut;
    END IF;
    IF cut IS NULL AND to_regclass(format('%I.procedurelog', target_schema)) IS NOT NULL THEN
        EXECUTE format('SELECT max("DateTStamp") FROM %I.procedurelog', target_schema) INTO cut;
    END IF;

    FOR k IN SELECT t.* FROM jsonb_to_recordset(catalogue) AS t(ord int, kind text, tbl text, what text, candidates text, damage text) WHERE t.kind = ANY (kinds) ORDER BY t.ord LOOP
        -- h in [0, 1): 52 bits of md5(seed/kind/key). The damage ends in the CTE truth(key, detail).
        RETURN QUERY EXECUTE replace(replace(
            format($f$WITH cand AS (%s),
                         drawn AS (SELECT c.*, ('x' || substr(md5(%L || c.k::text), 1, 13))::bit(52)::bigint / 4503599627370496.0 AS h FROM cand c),
                         pick AS (SELECT * FROM drawn WHERE h < %s OR h = (SELECT min(h) FROM drawn)),
                         %s
                    SELECT %L::text, %L::text, key::bigint, detail::text FROM truth ORDER BY key$f$,
                   k.candidates, seed::text || '/' || k.kind || '/', rate, k.damage, k.kind, k.tbl),
            '{s}', quote_ident(target_schema)), '{cut}', coalesce(quote_literal(cut), 'NULL::timestamp'));
        GET DIAGNOSTICS n = ROW_COUNT;
        damaged := damaged + n;
    END LOOP;

    INSERT INTO dentsynth.fault_injection
    SELECT inject_faults.target_schema, coalesce(max(f.call), 0) + 1, CASE WHEN recorded THEN gen.generated_at END,
           ARRAY(SELECT t.kind FROM jsonb_to_recordset(catalogue) AS t(ord int, kind text) WHERE t.kind = ANY (inject_faults.kinds) ORDER BY t.ord),
           inject_faults.rate, inject_faults.seed, inject_faults.force, damaged
      FROM dentsynth.fault_injection f WHERE f.target_schema = inject_faults.target_schema;
END
$inject$;
COMMENT ON FUNCTION dentsynth.inject_faults(text[], float8, bigint, name, boolean) IS
  'Breaks a generated schema on purpose and returns the ground truth, one row per damaged row (fault, table, key, what changed). Each kind damages a share rate of its candidate rows (at least one), chosen by a hash of (seed, kind, key): same schema and arguments, same damage; validate() reports exactly those rows under the kind''s check. inject_faults(''{}'') lists the kinds. Refuses (55000) a schema without a generation record, with rows dentsynth did not write, or already damaged, unless force => true; records each call in dentsynth.fault_injection. Writes in the caller''s transaction, nothing outside target_schema but that record.';
