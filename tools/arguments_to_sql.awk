# Places the generation arguments of schema/arguments.tsv into the hand-written extension script:
# a line "@STORY_ARGUMENTS@," or "@PARTITION_ARGUMENTS@)" becomes that group's declarations (one
# "    name type DEFAULT value" per line), and @STORY_ARGUMENT_TYPES@ / @PARTITION_ARGUMENT_TYPES@
# become the group's types (for COMMENT ON FUNCTION signatures).
# Usage: awk -f tools/arguments_to_sql.awk schema/arguments.tsv sql/dentsynth.sql.in
BEGIN { FS = "\t" }
FNR == 1 { file++ }
file == 1 {
    if ($0 ~ /^#/ || $1 == "group" || NF < 4) next
    declarations[$1] = declarations[$1] (count[$1] ? ",\n" : "") "    " $2 " " $3 " DEFAULT " $4
    types[$1] = types[$1] (count[$1]++ ? ", " : "") $3
    next
}
$0 == "@STORY_ARGUMENTS@," { print declarations["story"] ","; next }
$0 == "@PARTITION_ARGUMENTS@)" { print declarations["partition"] ")"; next }
{
    gsub(/@STORY_ARGUMENT_TYPES@/, types["story"])
    gsub(/@PARTITION_ARGUMENT_TYPES@/, types["partition"])
    print
}
