# Places the practice's tables (level "practice" in schema/producers.tsv: written with part 1 only)
# into the multi-server script: @PRACTICE_TABLES@ becomes a SQL array literal of their names.
# Usage: awk -f tools/practice_tables_to_sql.awk schema/producers.tsv sql/remote_parts.sql.in
BEGIN { FS = "\t" }
FNR == 1 { file++ }
file == 1 {
    if (FNR > 1 && $2 == "practice") names = names (names == "" ? "" : ",") $1
    next
}
{ gsub(/@PRACTICE_TABLES@/, "{" names "}"); print }
