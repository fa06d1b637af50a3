# Turns the raw-schema contract (schema/columns.tsv) into the generator's table descriptions:
# a TableId per table, a column-index enum per table, and one TableInfo record per table.
# Usage: awk -v out_hpp=H -v out_cpp=C -f tools/schema_to_cpp.awk schema/columns.tsv
BEGIN { FS = "\t"; ntables = 0 }
NR == 1 { next }                       # header line
{
    table = $1
    if (!(table in table_index)) { table_index[table] = ntables; tables[ntables++] = table; ncols[table] = 0 }
    n = ncols[table]++
    colname[table, n] = $3
    sqltype[table, n] = $4
    notnull[table, n] = ($5 == "NOT NULL") ? "true" : "false"
    pk[table, n] = ($7 == "yes") ? "true" : "false"
    def = $6; gsub(/\\/, "\\\\", def); gsub(/"/, "\\\"", def)
    deflt[table, n] = def
}
function type_enum(t) {
    if (t ~ /^varchar/) return "SqlType::kVarchar"
    if (t ~ /^bpchar/) return "SqlType::kBpchar"
    if (t == "int2") return "SqlType::kInt2"
    if (t == "int4") return "SqlType::kInt4"
    if (t == "int8") return "SqlType::kInt8"
    if (t == "serial4") return "SqlType::kSerial4"
    if (t == "float4") return "SqlType::kFloat4"
    if (t == "float8") return "SqlType::kFloat8"
    if (t == "bool") return "SqlType::kBool"
    if (t == "text") return "SqlType::kText"
    if (t == "date") return "SqlType::kDate"
    if (t == "timestamp") return "SqlType::kTimestamp"
    if (t == "time") return "SqlType::kTime"
    if (t == "jsonb") return "SqlType::kJsonb"
    printf("schema_to_cpp.awk: unknown type %s\n", t) > "/dev/stderr"; exit 1
}
function type_length(t,   s) {
    if (t ~ /\(/) { s = t; sub(/^[a-z]+\(/, "", s); sub(/\)$/, "", s); return s + 0 }
    return 0
}
END {
    print "// Generated from schema/columns.tsv by tools/schema_to_cpp.awk: do not edit." > out_hpp
    print "#pragma once" > out_hpp
    print "" > out_hpp
    print "namespace dentsynth::core {" > out_hpp
    print "" > out_hpp
    printf("inline constexpr int kTableCount = %d;\n\n", ntables) > out_hpp
    print "// One identifier per raw table, in the contract's (alphabetical) order." > out_hpp
    print "enum class TableId : int {" > out_hpp
    for (i = 0; i < ntables; i++) printf("    %s = %d,\n", tables[i], i) > out_hpp
    print "};" > out_hpp
    print "" > out_hpp
    print "// Column positions (0-based) per table, in the contract's column order." > out_hpp
    print "namespace col {" > out_hpp
    for (i = 0; i < ntables; i++) {
        t = tables[i]
        printf("namespace %s {\nenum : int {", t) > out_hpp
        for (c = 0; c < ncols[t]; c++) printf("%s %s = %d", (c ? "," : ""), colname[t, c], c) > out_hpp
        printf(" };\ninline constexpr int kCount = %d;\n}  // namespace %s\n", ncols[t], t) > out_hpp
    }
    print "}  // namespace col" > out_hpp
    print "" > out_hpp
    print "}  // namespace dentsynth::core" > out_hpp

    print "// Generated from schema/columns.tsv by tools/schema_to_cpp.awk: do not edit." > out_cpp
    print "#include \"core/schema.hpp\"" > out_cpp
    print "#include \"core/core_only.hpp\"" > out_cpp
    print "" > out_cpp
    print "namespace dentsynth::core {" > out_cpp
    print "namespace {" > out_cpp
    for (i = 0; i < ntables; i++) {
        t = tables[i]
        printf("constexpr ColumnInfo k_%s_columns[] = {\n", t) > out_cpp
        for (c = 0; c < ncols[t]; c++)
            printf("    {\"%s\", \"%s\", %s, %d, %s, %s, \"%s\"},\n", colname[t, c], sqltype[t, c], type_enum(sqltype[t, c]), type_length(sqltype[t, c]), notnull[t, c], pk[t, c], deflt[t, c]) > out_cpp
        print "};" > out_cpp
    }
    print "}  // namespace" > out_cpp
    print "" > out_cpp
    print "const TableInfo kTables[kTableCount] = {" > out_cpp
    for (i = 0; i < ntables; i++) printf("    {\"%s\", TableId::%s, k_%s_columns, %d},\n", tables[i], tables[i], tables[i], ncols[tables[i]]) > out_cpp
    print "};" > out_cpp
    print "" > out_cpp
    print "}  // namespace dentsynth::core" > out_cpp
}
