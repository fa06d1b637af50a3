// The cold parts of Row: construction, reset to OpenDental's empty values, NULLs, and the error
// raised when a generator writes a value that does not fit its column (a generator bug, reported
// as an internal error naming table and column instead of a wrong tuple).
#include "core/row.hpp"

#include <cstring>

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
        case SqlType::kDate:
            cell.integer = kZeroDate.days;
            break;
        case SqlType::kTimestamp:
            cell.integer = kZeroTimestamp.micros;
            break;
        case SqlType::kJsonb:
            cell.is_null = true;
            cell.integer = 0;
            break;
        default:
            cell.integer = 0;
            break;
    }
}

}  // namespace

Row::Row(TableId table) : table_(table), info_(&InfoOf(table)), cells_(info_->column_count) { Reset(); }

void Row::Reset() {
    has_entered_ = false;
    deleted_ = false;
    for (int i = 0; i < info_->column_count; ++i) SetEmpty(cells_[i], info_->columns[i]);
}

void Row::AppendPacked(std::vector<char>& out) const {
    // Sized once, then written through a pointer: this runs for every held row.
    size_t bound = sizeof(int64_t) + 1;
    for (int i = 0; i < info_->column_count; ++i) bound += 1 + sizeof(int64_t) + cells_[i].text.size();
    const size_t start = out.size();
    out.resize(start + bound);
    char* to = out.data() + start;
    const auto put = [&to](const void* data, size_t size) {
        std::memcpy(to, data, size);
        to += size;
    };
    put(&entered_.micros, sizeof entered_.micros);
    *to++ = static_cast<char>(has_entered_);
    for (int i = 0; i < info_->column_count; ++i) {
        const Cell& cell = cells_[i];
        *to++ = static_cast<char>(cell.is_null);
        switch (info_->columns[i].type) {
            case SqlType::kFloat4:
            case SqlType::kFloat8:
                put(&cell.real, sizeof cell.real);
                break;
            case SqlType::kText:
            case SqlType::kVarchar:
            case SqlType::kBpchar:
            case SqlType::kJsonb: {
                const uint32_t size = static_cast<uint32_t>(cell.text.size());
                put(&size, sizeof size);
                put(cell.text.data(), size);
                break;
            }
            default:
                put(&cell.integer, sizeof cell.integer);
                break;
        }
    }
    out.resize(static_cast<size_t>(to - out.data()));
}

const char* Row::ReadPacked(const char* in) {
    const auto get = [&in](void* data, size_t size) {
        std::memcpy(data, in, size);
        in += size;
    };
    get(&entered_.micros, sizeof entered_.micros);
    has_entered_ = *in++ != 0;
    for (int i = 0; i < info_->column_count; ++i) {
        Cell& cell = cells_[i];
        cell.is_null = *in++ != 0;
        switch (info_->columns[i].type) {
            case SqlType::kFloat4:
            case SqlType::kFloat8:
                get(&cell.real, sizeof cell.real);
                break;
            case SqlType::kText:
            case SqlType::kVarchar:
            case SqlType::kBpchar:
            case SqlType::kJsonb: {
                uint32_t size = 0;
                get(&size, sizeof size);
                cell.text.assign(in, size);
                in += size;
                break;
            }
            default:
                get(&cell.integer, sizeof cell.integer);
                break;
        }
    }
    return in;
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
