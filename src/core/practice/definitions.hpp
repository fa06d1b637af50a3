// OpenDental definition ids (definition.DefNum) the generator uses, by category. The ids the
// downstream dbt project tests by number are fixed here with their meaning (see
// docs/BUSINESS_LOGIC.md); definitions the project does not test by number are numbered from
// kFirstFreeDefNum up.
#pragma once

#include <cstdint>

namespace dentsynth::core::def {

// definition.Category values: OpenDental's DefCat enum, in its order (0 account colours .. 55
// operatory types).
enum Category : int {
    kAccountColors = 0,
    kAdjTypes = 1,
    kApptConfirmed = 2,
    kApptProcsQuickAdd = 3,
    kBillingTypes = 4,
    kClaimFormats = 5,
    kDunningMessages = 6,
    kFeeSchedNamesOld = 7,
    kMedicalNotes = 8,
    kOperatoriesOld = 9,
    kPaymentTypes = 10,
    kProcCodeCats = 11,
    kProgNoteColors = 12,
    kRecallUnschedStatus = 13,
    kServiceNotes = 14,
    kDiscountTypes = 15,
    kDiagnosis = 16,
    kAppointmentColors = 17,
    kImageCats = 18,
    kApptPhoneNotes = 19,
    kTxPriorities = 20,
    kMiscColors = 21,
    kChartGraphicColors = 22,
    kContactCategories = 23,
    kLetterMergeCats = 24,
    kBlockoutTypes = 25,
    kProcButtonCats = 26,
    kCommLogTypes = 27,
    kSupplyCats = 28,
    kPaySplitUnearnedType = 29,
    kPrognosis = 30,
    kClaimCustomTracking = 31,
    kInsurancePaymentType = 32,
    kTaskPriorities = 33,
    kFeeColors = 34,
    kProviderSpecialties = 35,
    kClaimPaymentTracking = 36,
    kAccountQuickCharge = 37,
    kInsuranceVerificationStatus = 38,
    kRegions = 39,
    kClaimPaymentGroups = 40,
    kAutoNoteCats = 41,
    kWebSchedNewPatApptTypes = 42,
    kClaimErrorCode = 43,
    kClinicSpecialty = 44,
    kJobPriorities = 45,
    kCarrierGroupNames = 46,
    kPayPlanCategories = 47,
    kAutoDeposit = 48,
    kInsuranceFilingCodeGroup = 49,
    kTimeCardAdjTypes = 50,
    kWebSchedExistingApptTypes = 51,
    kCertificationCategories = 52,
    kEClipboardImageCapture = 53,
    kTaskCategories = 54,
    kOperatoryTypes = 55,
};

// Adjustment types (category 1), tested by id downstream.
inline constexpr int64_t kAdjCashDiscount = 9;
inline constexpr int64_t kAdjPatientRefund = 18;
inline constexpr int64_t kAdjCashDiscountPif = 185;
inline constexpr int64_t kAdjSeniorDiscount = 186;
inline constexpr int64_t kAdjInsuranceWriteoff = 188;
inline constexpr int64_t kAdjReallocation = 235;
inline constexpr int64_t kAdjRefundCheck = 337;
inline constexpr int64_t kAdjEmployeeDiscount = 472;
inline constexpr int64_t kAdjProviderDiscount = 474;
inline constexpr int64_t kAdjProviderCourtesy = 475;
inline constexpr int64_t kAdjFamilyDiscount = 482;
inline constexpr int64_t kAdjReferralCredit = 483;
inline constexpr int64_t kAdjEmployeeFamilyDiscount = 485;
inline constexpr int64_t kAdjFamilyCourtesy = 486;
inline constexpr int64_t kAdjNewPatientDiscount = 537;
inline constexpr int64_t kAdjAdminCorrection = 549;
inline constexpr int64_t kAdjAdminAdjustment = 550;
inline constexpr int64_t kAdjProviderWriteoff = 601;
inline constexpr int64_t kAdjStaffCourtesy = 655;

// Patient payment types (category 10), named as the practice keys them. PayType 0 (an income
// transfer) has no definition row. Card payments are 71 at the desk or by phone and 412 through the
// online processor; the patient-financing companies pay the office on the patient's behalf.
inline constexpr int64_t kPayCheck = 69;
inline constexpr int64_t kPayCash = 70;
inline constexpr int64_t kPayCreditCard = 71;
inline constexpr int64_t kPayRefund = 72;
inline constexpr int64_t kPayCareCredit = 391;
inline constexpr int64_t kPayStripe = 412;
inline constexpr int64_t kPayLendingClub = 417;
inline constexpr int64_t kPayProceedFinance = 574;
inline constexpr int64_t kPayCherry = 634;
inline constexpr int64_t kPayInsuranceInterest = 676;
inline constexpr int64_t kPaySunbit = 681;

// Insurance payment types (category 32).
inline constexpr int64_t kInsPayCheck = 261;
inline constexpr int64_t kInsPayEft = 303;
inline constexpr int64_t kInsPayZeroCheck = 463;  // the practice's "$0 EOB" type; $0 EOBs make no claimpayment row
inline constexpr int64_t kInsPayVirtualCard = 464;
inline constexpr int64_t kInsPayCreditCard = 465;
inline constexpr int64_t kInsPayPaperCheck2 = 466;
inline constexpr int64_t kInsPayAch = 467;
inline constexpr int64_t kInsPayOther = 469;
inline constexpr int64_t kInsPayRefund = 645;  // refunds/recoupments: CheckAmt < 0
inline constexpr int64_t kInsPayRecoupment = 646;
inline constexpr int64_t kInsPayOverpayment = 647;
inline constexpr int64_t kInsPayTakeback = 661;

// Unearned (prepayment) split types (category 29).
inline constexpr int64_t kUnearnedPrepayment = 288;
inline constexpr int64_t kUnearnedTreatPlanPrepayment = 439;
inline constexpr int64_t kUnearnedCredit = 598;
inline constexpr int64_t kUnearnedDeposit = 641;

// Commlog types (category 27).
inline constexpr int64_t kCommApptRelated = 224;
inline constexpr int64_t kCommInsurance = 225;
inline constexpr int64_t kCommFinancial = 226;
inline constexpr int64_t kCommRecall = 228;
inline constexpr int64_t kCommMisc = 425;
inline constexpr int64_t kCommText = 427;
inline constexpr int64_t kCommEmail = 428;
inline constexpr int64_t kCommWebForm = 429;
inline constexpr int64_t kCommClinical = 432;
inline constexpr int64_t kCommClinicalFollowUp = 509;
inline constexpr int64_t kCommClinicalNote = 510;
inline constexpr int64_t kCommInsuranceVerify = 571;
inline constexpr int64_t kCommGeneral = 603;
inline constexpr int64_t kCommReferralOut = 614;
inline constexpr int64_t kCommReferralIn = 615;
inline constexpr int64_t kCommTreatmentPlan = 636;

// Task priorities (category 33).
inline constexpr int64_t kTaskPriorityNormal = 263;
inline constexpr int64_t kTaskPriorityHigh = 290;

// Procedure code categories (category 11): the 23 ids downstream accepts.
inline constexpr int64_t kProcCatIds[] = {73,  74,  75,  76,  77,  78,  79,  80,  81,  82,  83, 85,
                                          250, 251, 260, 300, 301, 540, 548, 622, 665, 667, 668};

// Blockout types (category 25).
inline constexpr int64_t kBlockoutTypeIds[] = {241, 257, 258, 424, 506, 532, 590, 617, 618, 619, 620, 621, 638};

// Definitions not tested by id are numbered from here.
inline constexpr int64_t kFirstFreeDefNum = 700;

}  // namespace dentsynth::core::def
