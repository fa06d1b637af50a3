// Named ids of the practice's health-history lists, which the patients' medical histories refer
// to: the problems (diseasedef rows 1..27) and allergies (allergydef rows 1..15) of
// clinical_catalog.cpp. Each id is its entry's position in the list, numbered from 1; each entry of
// the list carries its id and clinical_catalog.cpp checks at compile time that they agree, so an
// entry cannot move without its id.
#pragma once

#include <cstdint>

namespace dentsynth::core {

namespace diseasedef {
inline constexpr int64_t kHighBloodPressure = 1;
inline constexpr int64_t kDiabetesType2 = 2;
inline constexpr int64_t kDiabetesType1 = 3;
inline constexpr int64_t kAsthma = 4;
inline constexpr int64_t kCoronaryArteryDisease = 5;
inline constexpr int64_t kHeartMurmur = 6;
inline constexpr int64_t kAtrialFibrillation = 7;
inline constexpr int64_t kCongestiveHeartFailure = 8;
inline constexpr int64_t kArtificialHeartValve = 9;
inline constexpr int64_t kHistoryOfStroke = 10;
inline constexpr int64_t kArtificialJoint = 11;
inline constexpr int64_t kHepatitisC = 12;
inline constexpr int64_t kHiv = 13;
inline constexpr int64_t kOsteoporosis = 14;
inline constexpr int64_t kPregnancy = 15;
inline constexpr int64_t kAcidReflux = 16;
inline constexpr int64_t kEpilepsy = 17;
inline constexpr int64_t kHypothyroidism = 18;
inline constexpr int64_t kChronicKidneyDisease = 19;
inline constexpr int64_t kAnxiety = 20;
inline constexpr int64_t kDepression = 21;
inline constexpr int64_t kSleepApnea = 22;
inline constexpr int64_t kCopd = 23;
inline constexpr int64_t kBleedingDisorder = 24;
inline constexpr int64_t kRheumatoidArthritis = 25;
inline constexpr int64_t kTobaccoUse = 26;
inline constexpr int64_t kCancer = 27;
}  // namespace diseasedef

namespace allergydef {
inline constexpr int64_t kPenicillin = 1;
inline constexpr int64_t kAmoxicillin = 2;
inline constexpr int64_t kCodeine = 3;
inline constexpr int64_t kSulfaDrugs = 4;
inline constexpr int64_t kLatex = 5;
inline constexpr int64_t kAspirin = 6;
inline constexpr int64_t kNsaids = 7;
inline constexpr int64_t kClindamycin = 8;
inline constexpr int64_t kErythromycin = 9;
inline constexpr int64_t kLocalAnesthetic = 10;
inline constexpr int64_t kIodine = 11;
inline constexpr int64_t kNickel = 12;
inline constexpr int64_t kCephalosporins = 13;
inline constexpr int64_t kChlorhexidine = 14;
inline constexpr int64_t kAcrylic = 15;
}  // namespace allergydef

}  // namespace dentsynth::core
