// Turning C++ exceptions into PostgreSQL errors at the edge of every SQL-callable function.
#include "pg/error_bridge.hpp"

#include <cstdio>
#include <new>

namespace dentsynth::pg {

namespace {
void Copy(char (&buffer)[1024], const char* text) { std::snprintf(buffer, sizeof buffer, "%s", text ? text : ""); }
}  // namespace

int SqlStateOf(core::ErrorKind kind) {
    switch (kind) {
        case core::ErrorKind::kInvalidParameter:
            return ERRCODE_INVALID_PARAMETER_VALUE;
        case core::ErrorKind::kNullParameter:
            return ERRCODE_NULL_VALUE_NOT_ALLOWED;
        case core::ErrorKind::kSchemaMismatch:
            return ERRCODE_INVALID_TABLE_DEFINITION;
        case core::ErrorKind::kTargetNotEmpty:
            return ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE;
        case core::ErrorKind::kPermissionDenied:
            return ERRCODE_INSUFFICIENT_PRIVILEGE;
        case core::ErrorKind::kUnsupported:
            return ERRCODE_FEATURE_NOT_SUPPORTED;
        case core::ErrorKind::kProgramLimit:
            return ERRCODE_PROGRAM_LIMIT_EXCEEDED;
        case core::ErrorKind::kInternal:
            return ERRCODE_INTERNAL_ERROR;
    }
    return ERRCODE_INTERNAL_ERROR;
}

void CapturePending(PendingError& pending, std::exception_ptr exception) noexcept {
    try {
        std::rethrow_exception(exception);
    } catch (const PgError& error) {
        pending.pg_error = error.data();
    } catch (const core::Error& error) {
        pending.sqlstate = SqlStateOf(error.kind());
        Copy(pending.message, error.what());
        Copy(pending.hint, error.hint().c_str());
        Copy(pending.detail, error.detail().c_str());
    } catch (const std::bad_alloc&) {
        pending.sqlstate = ERRCODE_OUT_OF_MEMORY;
        Copy(pending.message, "out of memory in dentsynth");
    } catch (const std::exception& error) {
        pending.sqlstate = ERRCODE_INTERNAL_ERROR;
        Copy(pending.message, error.what());
    } catch (...) {
        pending.sqlstate = ERRCODE_INTERNAL_ERROR;
        Copy(pending.message, "unknown C++ exception in dentsynth");
    }
}

void RaisePending(PendingError& pending) {
    if (pending.pg_error != nullptr) ReThrowError(pending.pg_error);
    ereport(ERROR, (errcode(pending.sqlstate), errmsg("%s", pending.message), pending.detail[0] ? errdetail("%s", pending.detail) : 0,
                    pending.hint[0] ? errhint("%s", pending.hint) : 0));
    pg_unreachable();
}

}  // namespace dentsynth::pg
