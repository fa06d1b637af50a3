// The practice's prescription templates (rxdef rows 1..15, in this order) and their named ids:
// shared by the catalogue that writes rxdef and by the patients' prescriptions (rxpat), so both
// always say the same.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>

namespace dentsynth::core {

namespace rxdef {
inline constexpr int64_t kAmoxicillin = 1;
inline constexpr int64_t kAmoxicillinPremed = 2;
inline constexpr int64_t kClindamycin = 3;
inline constexpr int64_t kClindamycinPremed = 4;
inline constexpr int64_t kPenicillinVk = 5;
inline constexpr int64_t kAzithromycin = 6;
inline constexpr int64_t kMetronidazole = 7;
inline constexpr int64_t kIbuprofen800 = 8;
inline constexpr int64_t kIbuprofen600 = 9;
inline constexpr int64_t kNaproxen = 10;
inline constexpr int64_t kHydrocodone = 11;
inline constexpr int64_t kChlorhexidineRinse = 12;
inline constexpr int64_t kFluorideCream = 13;
inline constexpr int64_t kTriazolam = 14;
inline constexpr int64_t kDiazepam = 15;
}  // namespace rxdef

struct RxSpec {
    int64_t num;  // RxDefNum: the entry's position, from 1 (checked below)
    const char* drug;
    const char* sig;
    const char* disp;
    const char* refills;
    const char* notes;
    bool controlled;
    int64_t rx_cui;  // ingredient-level concept
    bool proc_required;  // a controlled prescription must be tied to a procedure
    const char* instruction;
};

inline constexpr RxSpec kRxDefs[] = {
    {rxdef::kAmoxicillin, "Amoxicillin 500 mg capsule", "Take 1 capsule by mouth three times daily until finished", "21", "0", "", false,
     723, false, "Finish all capsules even if you feel better."},
    {rxdef::kAmoxicillinPremed, "Amoxicillin 500 mg capsule (premedication)", "Take 4 capsules by mouth 1 hour before the appointment", "4",
     "0", "Premedication", false, 723, false, "Take one hour before your visit."},
    {rxdef::kClindamycin, "Clindamycin 300 mg capsule", "Take 1 capsule by mouth every 6 hours until finished", "28", "0", "", false, 2582,
     false, "Take with a full glass of water."},
    {rxdef::kClindamycinPremed, "Clindamycin 300 mg capsule (premedication)", "Take 2 capsules by mouth 1 hour before the appointment", "2",
     "0", "Premedication", false, 2582, false, "Take one hour before your visit."},
    {rxdef::kPenicillinVk, "Penicillin VK 500 mg tablet", "Take 1 tablet by mouth four times daily until finished", "28", "0", "", false,
     7984, false, ""},
    {rxdef::kAzithromycin, "Azithromycin 250 mg tablet", "Take 2 tablets on day 1, then 1 tablet daily on days 2 to 5", "6", "0", "", false,
     18631, false, ""},
    {rxdef::kMetronidazole, "Metronidazole 500 mg tablet", "Take 1 tablet by mouth three times daily for 7 days", "21", "0", "", false,
     6922, false, "Avoid alcohol while taking this medicine."},
    {rxdef::kIbuprofen800, "Ibuprofen 800 mg tablet", "Take 1 tablet by mouth every 8 hours as needed for pain, with food", "20", "0", "",
     false, 5640, false, "Take with food."},
    {rxdef::kIbuprofen600, "Ibuprofen 600 mg tablet", "Take 1 tablet by mouth every 6 hours as needed for pain, with food", "20", "0", "",
     false, 5640, false, "Take with food."},
    {rxdef::kNaproxen, "Naproxen 500 mg tablet", "Take 1 tablet by mouth twice daily as needed for pain, with food", "20", "0", "", false,
     7258, false, ""},
    {rxdef::kHydrocodone, "Hydrocodone/Acetaminophen 5/325 mg tablet", "Take 1 tablet by mouth every 6 hours as needed for severe pain",
     "12", "0", "Check state PDMP before prescribing", true, 214182, true, "May cause drowsiness. Do not drive."},
    {rxdef::kChlorhexidineRinse, "Chlorhexidine gluconate 0.12% oral rinse", "Rinse with 15 mL for 30 seconds twice daily, then spit",
     "473 mL", "1", "", false, 2358, false, "Do not swallow. Do not eat or drink for 30 minutes after rinsing."},
    {rxdef::kFluorideCream, "Sodium fluoride 1.1% dental cream", "Brush on teeth once daily at bedtime; spit, do not rinse", "1 tube", "3",
     "", false, 9853, false, ""},
    {rxdef::kTriazolam, "Triazolam 0.25 mg tablet", "Take 1 tablet by mouth 1 hour before the appointment", "1", "0",
     "Patient must have an escort", true, 10767, true, "Do not drive. Bring someone to take you home."},
    {rxdef::kDiazepam, "Diazepam 5 mg tablet", "Take 1 tablet at bedtime the night before and 1 tablet 1 hour before the appointment", "2",
     "0", "Patient must have an escort", true, 3322, true, "Do not drive. Bring someone to take you home."},
};

// Each entry carries its own position as its id, so an entry cannot move without its id.
static_assert(
    [] {
        for (size_t i = 0; i < std::size(kRxDefs); ++i)
            if (kRxDefs[i].num != static_cast<int64_t>(i) + 1) return false;
        return true;
    }(),
    "an rxdef entry and its id in namespace rxdef disagree");

}  // namespace dentsynth::core
