-- The practice's money at as_of, as the issue note and docs/BUSINESS_LOGIC.md ("Patient billing")
-- report it: production, collections, write-offs, adjustments, AR total and aged, and the KPIs
-- with their targets. Usage: psql -v schema=raw -f tools/billing_report.sql
\if :{?schema}
\else
\set schema raw
\endif
SET search_path = :"schema";

WITH prod AS (SELECT sum(round("ProcFee"::numeric, 2)) AS gross, count(*) AS procedures,
                     min("ProcDate") AS first_day, max("ProcDate") AS last_day
                FROM procedurelog WHERE "ProcStatus" = 2),
     ins AS (SELECT sum(round("InsPayAmt"::numeric, 2)) AS paid, sum(round("WriteOff"::numeric, 2)) AS write_off
               FROM claimproc WHERE "Status" IN (1, 4)),
     adj AS (SELECT sum(round("AdjAmt"::numeric, 2)) AS total, count(*) AS n FROM adjustment),
     pat AS (SELECT sum(round("SplitAmt"::numeric, 2)) AS paid FROM paysplit),
     desk AS (SELECT sum(round("PayAmt"::numeric, 2)) FILTER (WHERE "PayNote" LIKE '%at checkout') AS at_desk,
                     sum(round("PayAmt"::numeric, 2)) FILTER (WHERE "PayType" NOT IN (0, 72)) AS all_in FROM payment),
     ar AS (SELECT sum(round("BalTotal"::numeric, 2)) AS total, sum(round("Bal_0_30"::numeric, 2)) AS b0,
                   sum(round("Bal_31_60"::numeric, 2)) AS b31, sum(round("Bal_61_90"::numeric, 2)) AS b61,
                   sum(round("BalOver90"::numeric, 2)) AS b91, sum(round("InsEst"::numeric, 2)) AS ins_est FROM patient)
SELECT metric, value FROM prod, ins, adj, pat, desk, ar, LATERAL (VALUES
    ('production (completed procedures)', prod.gross),
    ('insurance paid', ins.paid),
    ('insurance write-offs', ins.write_off),
    ('adjustments (signed)', adj.total),
    ('adjustment rows', adj.n),
    ('patient payments (splits)', pat.paid),
    ('AR total (sum of BalTotal)', ar.total),
    ('AR 0-30', ar.b0), ('AR 31-60', ar.b31), ('AR 61-90', ar.b61), ('AR over 90', ar.b91),
    ('insurance still expected (InsEst)', ar.ins_est),
    ('identity: production + adjustments - paid - write-offs - AR (must be 0)',
     prod.gross + adj.total - ins.paid - ins.write_off - pat.paid - ar.total),
    ('write-offs, % of production', round(100 * ins.write_off / prod.gross, 1)),
    ('adjustments, % of production', round(100 * adj.total / prod.gross, 1)),
    ('collections, % of net production (target 95-100)',
     round(100 * (ins.paid + pat.paid) / (prod.gross - ins.write_off + adj.total), 1)),
    ('AR over 90 days, % of aged AR (target 10-20)', round(100 * ar.b91 / nullif(ar.b0 + ar.b31 + ar.b61 + ar.b91, 0), 1)),
    ('AR 0-30 days, % of aged AR (target 50-70)', round(100 * ar.b0 / nullif(ar.b0 + ar.b31 + ar.b61 + ar.b91, 0), 1)),
    ('AR in months of production (target under 1.5)',
     round(ar.total / (prod.gross / greatest(1, (prod.last_day - prod.first_day) / 30.44)), 2)),
    ('patient money paid at the desk, % (target 60-70)', round(100 * desk.at_desk / desk.all_in, 1))
) AS m(metric, value);
