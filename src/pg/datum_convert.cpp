// Datum conversion, one case per SQL type of the contract. Day numbers and timestamps move from
// the core's 1970 epoch to PostgreSQL's 2000 epoch through pg/epoch.hpp.
#include "pg/datum_convert.hpp"

#include "pg/epoch.hpp"

namespace dentsynth::pg {

namespace {

[[noreturn]] void OutOfRange(const core::Row& row, int column) {
    ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR),
                    errmsg("dentsynth generated an out-of-range value for %s.%s", row.info().name, row.info().columns[column].name)));
    pg_unreachable();
}

Datum PaddedBpchar(const std::string& value, int length) {
    const int used = static_cast<int>(value.size());
    text* result = static_cast<struct varlena*>(palloc(VARHDRSZ + length));
    SET_VARSIZE(result, VARHDRSZ + length);
    memcpy(VARDATA(result), value.data(), used);
    memset(VARDATA(result) + used, ' ', length - used);
    return PointerGetDatum(result);
}

Datum ToDatum(const core::Row& row, int column) {
    const core::ColumnInfo& info = row.info().columns[column];
    const core::Cell& cell = row[column];
    switch (info.type) {
        case core::SqlType::kInt2:
            if (cell.integer < PG_INT16_MIN || cell.integer > PG_INT16_MAX) OutOfRange(row, column);
            return Int16GetDatum(static_cast<int16>(cell.integer));
        case core::SqlType::kInt4:
        case core::SqlType::kSerial4:
            if (cell.integer < PG_INT32_MIN || cell.integer > PG_INT32_MAX) OutOfRange(row, column);
            return Int32GetDatum(static_cast<int32>(cell.integer));
        case core::SqlType::kInt8:
            return Int64GetDatum(cell.integer);
        case core::SqlType::kFloat4:
            return Float4GetDatum(static_cast<float4>(cell.real));
        case core::SqlType::kFloat8:
            return Float8GetDatum(cell.real);
        case core::SqlType::kBool:
            return BoolGetDatum(cell.integer != 0);
        case core::SqlType::kText:
        case core::SqlType::kVarchar:
            return PointerGetDatum(cstring_to_text_with_len(cell.text.data(), static_cast<int>(cell.text.size())));
        case core::SqlType::kBpchar:
            return PaddedBpchar(cell.text, info.max_length);
        case core::SqlType::kDate:
            return DateADTGetDatum(ToPostgresDate(cell.integer));
        case core::SqlType::kTimestamp:
            return TimestampGetDatum(ToPostgresTimestamp(cell.integer));
        case core::SqlType::kTime:
            return TimeADTGetDatum(cell.integer);
        case core::SqlType::kJsonb:
            return DirectFunctionCall1(jsonb_in, CStringGetDatum(cell.text.c_str()));
    }
    OutOfRange(row, column);
}

}  // namespace

void RowToDatums(const core::Row& row, Datum* values, bool* nulls) {
    for (int column = 0; column < row.size(); ++column) {
        nulls[column] = row[column].is_null;
        values[column] = nulls[column] ? (Datum)0 : ToDatum(row, column);
    }
}

}  // namespace dentsynth::pg
