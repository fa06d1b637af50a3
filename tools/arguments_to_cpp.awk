# schema/arguments.tsv -> src/core/generated/argument_defaults.inc: the SQL defaults the core shares
# (every argument whose default is a constant: integers and dates; as_of's current_date is not one).
BEGIN { FS = "\t"; print "// Generated from schema/arguments.tsv by tools/arguments_to_cpp.awk. Do not edit." }
/^#/ || $1 == "group" || NF < 4 { next }
{
    split($2, words, "_"); name = ""
    for (i = 1; i in words; i++) name = name toupper(substr(words[i], 1, 1)) substr(words[i], 2)
    if ($4 ~ /^-?[0-9]+$/) printf("inline constexpr int64_t kDefault%s = %s;\n", name, $4)
    else if ($4 ~ /^'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'$/)
        printf("inline constexpr Date kDefault%s = MakeDate(%d, %d, %d);\n", name, substr($4, 2, 4), substr($4, 7, 2), substr($4, 10, 2))
}
