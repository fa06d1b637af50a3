// A Row is one record of one raw table, in the contract's column order, as the generator builds
// it before a sink turns it into a PostgreSQL tuple. Vocabulary: a Cell holds one column's value;
// integers, day numbers, timestamps and times all travel as 64-bit integers and are interpreted
// by the column's SqlType. A Row starts with OpenDental's own "empty" values (0, false, '',
// 0001-01-01), so a generator sets only what it means and never leaves a NULL by accident.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.hpp"
#include "core/schema.hpp"

namespace dentsynth::core {

struct Cell {
    bool is_null = false;
    int64_t integer = 0;  // int2/4/8, serial, bool (0/1), date (days), timestamp and time (micros)
    double real = 0.0;  // float4/float8
    std::string text;  // text, varchar, bpchar, jsonb
};

class Row {
public:
    explicit Row(TableId table);

    TableId table() const { return table_; }
    const TableInfo& info() const { return *info_; }
    int size() const { return static_cast<int>(cells_.size()); }
    const Cell& operator[](int column) const { return cells_[column]; }

    // Back to OpenDental's empty values in every column, keeping string capacity.
    void Reset();

    Row& Set(int column, int64_t value);
    Row& Set(int column, int value) { return Set(column, int64_t{value}); }
    Row& Set(int column, double value);
    Row& Set(int column, bool value);
    Row& Set(int column, std::string_view value);
    Row& Set(int column, const char* value) { return Set(column, std::string_view(value)); }
    Row& Set(int column, const std::string& value) { return Set(column, std::string_view(value)); }
    Row& Set(int column, Date value);
    Row& Set(int column, Timestamp value);
    Row& Set(int column, TimeOfDay value);
    Row& SetNull(int column);
    // Money is kept in integer cents and written to OpenDental's float8 dollar columns.
    Row& SetCents(int column, int64_t cents);

    // The moment the row was entered, when its table's entry column holds only a date: the key
    // plan (key_plan.hpp) numbers rows in entry order, and within a day only this tells it apart.
    Row& SetEntered(Timestamp t) {
        entered_ = t;
        has_entered_ = true;
        return *this;
    }
    bool has_entered() const { return has_entered_; }
    Timestamp entered() const { return entered_; }
    // A row OpenDental has deleted by the cut (a dropped coverage's eligibility item): it is still
    // numbered, because its key was taken when it was entered and rows that point at it keep it
    // (OpenDental never reuses a key), but it is not written.
    Row& SetDeleted() {
        deleted_ = true;
        return *this;
    }
    bool deleted() const { return deleted_; }
    // A row held for later (the key plan holds a cohort's rows) is packed into a byte buffer:
    // appended in column order, read back into a row of the same table. Packing streams through
    // memory, where holding Row copies would scatter 56-byte cells over a cohort's worth of rows.
    void AppendPacked(std::vector<char>& out) const;
    // Reads a packed row of this row's table starting at `in`; returns the end of it.
    const char* ReadPacked(const char* in);
    // Overwrites one integer column in place (the key plan's renumbering of a finished row).
    void ReplaceInteger(int column, int64_t value) { cells_[column].integer = value; }

private:
    Cell& Writable(int column, SqlType expected_family);
    [[noreturn]] void Mismatch(int column, const char* what) const;

    TableId table_;
    const TableInfo* info_;
    std::vector<Cell> cells_;
    Timestamp entered_{};
    bool has_entered_ = false;
    bool deleted_ = false;
};

}  // namespace dentsynth::core

namespace dentsynth::core {

// The setters are inline: they run for every column of every generated row.
namespace row_detail {
inline bool IsIntegerType(SqlType t) { return t == SqlType::kInt2 || t == SqlType::kInt4 || t == SqlType::kInt8 || t == SqlType::kSerial4; }
inline bool IsTextType(SqlType t) { return t == SqlType::kText || t == SqlType::kVarchar || t == SqlType::kBpchar || t == SqlType::kJsonb; }
}  // namespace row_detail

inline Cell& Row::Writable(int column, SqlType family) {
    if (column < 0 || column >= info_->column_count) Mismatch(column, "a value");
    const SqlType actual = info_->columns[column].type;
    const bool fits = (family == SqlType::kInt8 && row_detail::IsIntegerType(actual)) ||
                      (family == SqlType::kText && row_detail::IsTextType(actual)) ||
                      (family == SqlType::kFloat8 && (actual == SqlType::kFloat8 || actual == SqlType::kFloat4)) || family == actual;
    if (!fits) Mismatch(column, "a value of the wrong type");
    Cell& cell = cells_[column];
    cell.is_null = false;
    return cell;
}

inline Row& Row::Set(int column, int64_t value) {
    Writable(column, SqlType::kInt8).integer = value;
    return *this;
}
inline Row& Row::Set(int column, double value) {
    Writable(column, SqlType::kFloat8).real = value;
    return *this;
}
inline Row& Row::Set(int column, bool value) {
    Writable(column, SqlType::kBool).integer = value ? 1 : 0;
    return *this;
}
inline Row& Row::Set(int column, std::string_view value) {
    Cell& cell = Writable(column, SqlType::kText);
    const int max_length = info_->columns[column].max_length;
    if (max_length > 0 && value.size() > static_cast<size_t>(max_length)) Mismatch(column, "text longer than the column allows");
    cell.text.assign(value);
    return *this;
}
inline Row& Row::Set(int column, Date value) {
    Writable(column, SqlType::kDate).integer = value.days;
    return *this;
}
inline Row& Row::Set(int column, Timestamp value) {
    Writable(column, SqlType::kTimestamp).integer = value.micros;
    return *this;
}
inline Row& Row::Set(int column, TimeOfDay value) {
    Writable(column, SqlType::kTime).integer = value.micros;
    return *this;
}
inline Row& Row::SetCents(int column, int64_t cents) {
    Writable(column, SqlType::kFloat8).real = static_cast<double>(cents) / 100.0;
    return *this;
}

}  // namespace dentsynth::core
