// Errors the core reports. The core never knows SQLSTATEs; it says what kind of error it is and
// the PostgreSQL layer maps the kind to a SQLSTATE (see src/pg/error_bridge.cpp).
#pragma once

#include <stdexcept>
#include <string>

namespace dentsynth::core {

enum class ErrorKind {
    kInvalidParameter,  // a caller's argument is out of range or inconsistent (22023)
    kNullParameter,  // a caller's argument is NULL (22004)
    kSchemaMismatch,  // an existing table does not match the contract (42P16 invalid table definition)
    kTargetNotEmpty,  // rows exist and the caller did not ask to replace them (55000)
    kPermissionDenied,  // the caller lacks a privilege on the target (42501)
    kUnsupported,  // a target the writer cannot honour, e.g. a table with triggers (0A000)
    kProgramLimit,  // a limit of the generator itself was reached (54000 program_limit_exceeded)
    kInternal,  // a broken invariant of the generator itself (XX000)
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& message, std::string hint = {}, std::string detail = {})
        : std::runtime_error(message), kind_(kind), hint_(std::move(hint)), detail_(std::move(detail)) {}
    ErrorKind kind() const { return kind_; }
    const std::string& hint() const { return hint_; }
    const std::string& detail() const { return detail_; }

private:
    ErrorKind kind_;
    std::string hint_;
    std::string detail_;
};

}  // namespace dentsynth::core
