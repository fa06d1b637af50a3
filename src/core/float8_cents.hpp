// Cents as the float8 money columns hold them, and whether parts written that way add up exactly.
// OpenDental keeps money in double columns, and readers sum them in float8: a payment of $14.10
// split $7.05 + $7.05 reads back as 14.1, but $0.10 + $0.20 as 0.30000000000000004, not 0.3. A
// payment's splits must add up to its amount exactly in float8 whatever order the reader sums them
// in (sum() follows the scan order; a parallel plan adds partial sums), so the allocation of a
// payment checks every order of its parts (at most 3, so at most 6 orders).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>

namespace dentsynth::core {

// The float8 a cents amount is written as (core/row.hpp SetCents writes exactly this).
inline double Float8OfCents(int64_t cents) { return static_cast<double>(cents) / 100.0; }

// Whether the float8 sum of `parts`, added one by one in any order, is exactly the float8 of their
// total. Only for up to 3 parts (payments have at most 3 splits); more are reported as not exact.
inline bool Float8SumExact(std::span<const int64_t> parts) {
    if (parts.size() > 3) return false;
    int64_t total = 0;
    std::array<double, 3> values{};
    std::array<int, 3> order{0, 1, 2};
    for (size_t i = 0; i < parts.size(); ++i) {
        total += parts[i];
        values[i] = Float8OfCents(parts[i]);
    }
    const double want = Float8OfCents(total);
    const auto n = static_cast<std::ptrdiff_t>(parts.size());
    do {
        double sum = 0.0;
        for (std::ptrdiff_t i = 0; i < n; ++i) sum += values[static_cast<size_t>(order[static_cast<size_t>(i)])];
        if (sum != want) return false;
    } while (std::next_permutation(order.begin(), order.begin() + n));
    return true;
}

}  // namespace dentsynth::core
