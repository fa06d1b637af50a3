// The practice's partners besides the insurers (partners.cpp decides and writes them): referral
// sources and the doctors the office refers to, dental laboratories, pharmacies. Referral rows
// 1..PatientSourceReferralCount() are patient sources ("Google", "Friend", ...); doctors follow.
#pragma once

#include <cstdint>

#include "core/practice/practice.hpp"

namespace dentsynth::core {

// Number of leading referral rows that are patient sources.
int64_t PatientSourceReferralCount();

// The specialty definition of doctor referral `referral_num` (numbers after the patient sources).
int64_t ReferralSpecialty(const Practice& practice, int64_t referral_num);

}  // namespace dentsynth::core
