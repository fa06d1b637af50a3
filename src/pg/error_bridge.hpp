// The error bridge between C++ and PostgreSQL, both ways.
//  - PgCall(fn): runs backend code from C++. A PostgreSQL ERROR (a longjmp) raised inside is
//    caught at once, copied, and rethrown as a C++ PgError, so it never jumps over C++ frames
//    that own resources. `fn` itself must only hold trivially destructible locals.
//  - EntryPoint(fn): wraps the body of every SQL-callable function. It catches every C++
//    exception and raises the matching PostgreSQL ERROR only after the try block, when all C++
//    destructors have run.
#pragma once

#include "pg/postgres_headers.hpp"

#include <exception>

#include "core/errors.hpp"

namespace dentsynth::pg {

// A PostgreSQL error carried across C++ frames; rethrown unchanged (same SQLSTATE) at the edge.
class PgError : public std::exception {
public:
    explicit PgError(ErrorData* data) : data_(data) {}
    ErrorData* data() const { return data_; }
    const char* what() const noexcept override { return data_ && data_->message ? data_->message : "PostgreSQL error"; }

private:
    ErrorData* data_;
};

template <typename Fn>
void PgCall(Fn&& fn) {
    MemoryContext caller_context = CurrentMemoryContext;
    ErrorData* volatile error = nullptr;  // volatile: assigned after the longjmp
    PG_TRY();
    { fn(); }
    PG_CATCH();
    {
        MemoryContextSwitchTo(caller_context);
        error = CopyErrorData();
        FlushErrorState();
    }
    PG_END_TRY();
    if (error != nullptr) throw PgError(error);
}

// What a failed entry point reports; plain buffers, so raising it needs no C++ destructor.
struct PendingError {
    ErrorData* pg_error = nullptr;
    int sqlstate = 0;
    char message[1024] = {};
    char hint[1024] = {};
    char detail[1024] = {};
};

void CapturePending(PendingError& pending, std::exception_ptr exception) noexcept;
[[noreturn]] void RaisePending(PendingError& pending);

template <typename Fn>
Datum EntryPoint(Fn&& fn) {
    PendingError pending;
    bool failed = false;
    Datum result = (Datum)0;
    try {
        result = fn();
    } catch (...) {
        CapturePending(pending, std::current_exception());
        failed = true;
    }
    if (failed) RaisePending(pending);
    return result;
}

// Core error kinds as SQLSTATEs.
int SqlStateOf(core::ErrorKind kind);

}  // namespace dentsynth::pg
