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
