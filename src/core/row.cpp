// The cold parts of Row: construction, reset to OpenDental's empty values, NULLs, and the error
// raised when a generator writes a value that does not fit its column (a generator bug, reported
// as an internal error naming table and column instead of a wrong tuple).
#include "core/row.hpp"

#include "core/errors.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

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

}  // namespace

Row::Row(TableId table) : table_(table), info_(&InfoOf(table)), cells_(info_->column_count) { Reset(); }

void Row::Reset() {
    has_entered_ = false;
    for (int i = 0; i < info_->column_count; ++i) SetEmpty(cells_[i], info_->columns[i]);
}

void Row::Mismatch(int column, const char* what) const {
    const std::string column_name = column >= 0 && column < info_->column_count ? info_->columns[column].name : "<out of range>";
    throw Error(ErrorKind::kInternal, std::string("generator wrote ") + what + " into " + info_->name + "." + column_name);
}

Row& Row::SetNull(int column) {
    if (column < 0 || column >= info_->column_count) Mismatch(column, "NULL");
    if (info_->columns[column].not_null) Mismatch(column, "NULL into a NOT NULL column");
    cells_[column].is_null = true;
    return *this;
}

}  // namespace dentsynth::core
