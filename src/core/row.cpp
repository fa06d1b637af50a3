// Typed setters for Row; each checks that the value fits the column's SQL type, so a generator
// bug surfaces as a clear internal error naming table and column instead of a wrong tuple.
#include "core/row.hpp"

#include "core/errors.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

bool IsInteger(SqlType t) {
    return t == SqlType::kInt2 || t == SqlType::kInt4 || t == SqlType::kInt8 || t == SqlType::kSerial4;
}
bool IsText(SqlType t) {
    return t == SqlType::kText || t == SqlType::kVarchar || t == SqlType::kBpchar || t == SqlType::kJsonb;
}

// The value OpenDental writes when it has nothing to say.
void SetEmpty(Cell& cell, const ColumnInfo& column) {
    cell.is_null = false;
    cell.real = 0.0;
    cell.text.clear();
    switch (column.type) {
        case SqlType::kDate: cell.integer = kZeroDate.days; break;
        case SqlType::kTimestamp: cell.integer = kZeroTimestamp.micros; break;
        case SqlType::kJsonb: cell.is_null = true; cell.integer = 0; break;
        default: cell.integer = 0; break;
    }
}

[[noreturn]] void Mismatch(const TableInfo& table, int column, const char* what) {
    throw Error(ErrorKind::kInternal,
                std::string("generator wrote ") + what + " into " + table.name + "." +
                    (column >= 0 && column < table.column_count ? table.columns[column].name : "<out of range>"));
}

}  // namespace

Row::Row(TableId table) : table_(table), info_(&InfoOf(table)), cells_(info_->column_count) { Reset(); }

void Row::Reset() {
    for (int i = 0; i < info_->column_count; ++i) SetEmpty(cells_[i], info_->columns[i]);
}

Cell& Row::Writable(int column, SqlType family) {
    if (column < 0 || column >= info_->column_count) Mismatch(*info_, column, "a value");
    const SqlType actual = info_->columns[column].type;
    const bool fits = (family == SqlType::kInt8 && IsInteger(actual)) || (family == SqlType::kText && IsText(actual)) ||
                      (family == SqlType::kFloat8 && (actual == SqlType::kFloat8 || actual == SqlType::kFloat4)) ||
                      family == actual;
    if (!fits) Mismatch(*info_, column, "a value of the wrong type");
    Cell& cell = cells_[column];
    cell.is_null = false;
    return cell;
}

Row& Row::Set(int column, int64_t value) {
    Writable(column, SqlType::kInt8).integer = value;
    return *this;
}
Row& Row::Set(int column, double value) {
    Writable(column, SqlType::kFloat8).real = value;
    return *this;
}
Row& Row::Set(int column, bool value) {
    Writable(column, SqlType::kBool).integer = value ? 1 : 0;
    return *this;
}
Row& Row::Set(int column, std::string_view value) {
    Cell& cell = Writable(column, SqlType::kText);
    const ColumnInfo& info = info_->columns[column];
    if (info.max_length > 0 && value.size() > static_cast<size_t>(info.max_length))
        Mismatch(*info_, column, ("text longer than " + std::to_string(info.max_length) + " characters").c_str());
    cell.text.assign(value);
    return *this;
}
Row& Row::Set(int column, Date value) {
    Writable(column, SqlType::kDate).integer = value.days;
    return *this;
}
Row& Row::Set(int column, Timestamp value) {
    Writable(column, SqlType::kTimestamp).integer = value.micros;
    return *this;
}
Row& Row::Set(int column, TimeOfDay value) {
    Writable(column, SqlType::kTime).integer = value.micros;
    return *this;
}
Row& Row::SetNull(int column) {
    if (column < 0 || column >= info_->column_count) Mismatch(*info_, column, "NULL");
    if (info_->columns[column].not_null) Mismatch(*info_, column, "NULL into a NOT NULL column");
    cells_[column].is_null = true;
    return *this;
}
Row& Row::SetCents(int column, int64_t cents) {
    Writable(column, SqlType::kFloat8).real = static_cast<double>(cents) / 100.0;
    return *this;
}

}  // namespace dentsynth::core
