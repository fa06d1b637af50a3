// Money as the office writes it in notes, task descriptions and messages: "$1234.56".
// Amounts travel in integer cents everywhere (core/row.hpp SetCents writes the float8 columns).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace dentsynth::core {

inline std::string DollarText(int64_t cents) {
    char text[32];
    std::snprintf(text, sizeof text, "%s$%lld.%02lld", cents < 0 ? "-" : "", static_cast<long long>((cents < 0 ? -cents : cents) / 100),
                  static_cast<long long>((cents < 0 ? -cents : cents) % 100));
    return text;
}

}  // namespace dentsynth::core
