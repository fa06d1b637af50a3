// The definition table: OpenDental's per-office lists (adjustment and payment types, procedure
// categories, confirmation statuses, billing types, image categories, specialties, ...). Every
// fixed id of definitions.hpp and every named id of definition_ids.hpp gets one row whose
// ItemName says what the id means; lists nobody references by id follow, numbered from
// def::kFirstUnnamedDefNum. ItemOrder runs 0..n-1 within each category in the order listed here.
// Vocabulary: ItemValue is the category-specific extra OpenDental keeps (adjustment sign "+"/"-",
// commlog auto-type, billing "C" for collections, image flags "X" chart / "P" patient picture /
// "S" statements); ItemColor is an ARGB colour.
#include <cstdint>
#include <map>

#include "core/practice/catalog_tables.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"
#include "core/core_only.hpp"

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

// One definition; def_num 0 = "next unnamed id".
struct DefSpec {
    int64_t def_num;
    int category;
    const char* name;
    const char* value;
    int32_t color;
};

constexpr int32_t kNoColor = 0;
constexpr int32_t kWhite = Argb(255, 255, 255);

constexpr DefSpec kDefinitions[] = {
    // 1 adjustment types: sign in ItemValue; meanings fixed by the downstream models.
    {def::kAdjCashDiscount, def::kAdjTypes, "Cash Discount", "-", kNoColor},
    {def::kAdjPatientRefund, def::kAdjTypes, "Patient Refund", "+", kNoColor},
    {def::kAdjCashDiscountPif, def::kAdjTypes, "Cash Discount - Paid in Full", "-", kNoColor},
    {def::kAdjSeniorDiscount, def::kAdjTypes, "Senior Discount", "-", kNoColor},
    {def::kAdjInsuranceWriteoff, def::kAdjTypes, "Insurance Write-off", "-", kNoColor},
    {def::kAdjReallocation, def::kAdjTypes, "Reallocation", "+", kNoColor},
    {def::kAdjRefundCheck, def::kAdjTypes, "Refund Check", "+", kNoColor},
    {def::kAdjEmployeeDiscount, def::kAdjTypes, "Employee Discount", "-", kNoColor},
    {def::kAdjProviderDiscount, def::kAdjTypes, "Provider Discount", "-", kNoColor},
    {def::kAdjProviderCourtesy, def::kAdjTypes, "Provider Courtesy Discount", "-", kNoColor},
    {def::kAdjFamilyDiscount, def::kAdjTypes, "Family Discount", "-", kNoColor},
    {def::kAdjReferralCredit, def::kAdjTypes, "Referral Credit", "-", kNoColor},
    {def::kAdjEmployeeFamilyDiscount, def::kAdjTypes, "Employee Family Discount", "-", kNoColor},
    {def::kAdjFamilyCourtesy, def::kAdjTypes, "Family Courtesy", "-", kNoColor},
    {def::kAdjNewPatientDiscount, def::kAdjTypes, "New Patient Discount", "-", kNoColor},
    {def::kAdjAdminCorrection, def::kAdjTypes, "Admin Correction", "+", kNoColor},
    {def::kAdjAdminAdjustment, def::kAdjTypes, "Admin Adjustment", "-", kNoColor},
    {def::kAdjProviderWriteoff, def::kAdjTypes, "Provider Write-off", "-", kNoColor},
    {def::kAdjStaffCourtesy, def::kAdjTypes, "Staff Courtesy", "-", kNoColor},
    {def::kAdjFinanceCharge, def::kAdjTypes, "Finance Charge", "+", kNoColor},
    {def::kAdjBillingCharge, def::kAdjTypes, "Billing Charge", "+", kNoColor},
    {def::kAdjBadDebtWriteoff, def::kAdjTypes, "Bad Debt Write-off", "-", kNoColor},

    // 2 appointment confirmation statuses: ItemValue is the short label shown on the appointment.
    {def::kConfirmNotCalled, def::kApptConfirmed, "Not Called", "NotCalled", kWhite},
    {def::kConfirmUnconfirmed, def::kApptConfirmed, "Unconfirmed", "Unconf", Argb(255, 255, 192)},
    {def::kConfirmLeftMessage, def::kApptConfirmed, "Left Message", "LM", Argb(255, 224, 192)},
    {def::kConfirmTexted, def::kApptConfirmed, "Texted", "Txt", Argb(224, 224, 255)},
    {def::kConfirmEmailed, def::kApptConfirmed, "E-mailed", "Email", Argb(224, 240, 255)},
    {def::kConfirmConfirmed, def::kApptConfirmed, "Appointment Confirmed", "Conf", Argb(192, 255, 192)},
    {def::kConfirmArrived, def::kApptConfirmed, "Arrived", "Arrived", Argb(128, 255, 128)},
    {def::kConfirmSeated, def::kApptConfirmed, "In Treatment Room", "Seated", Argb(128, 192, 255)},
    {def::kConfirmDismissed, def::kApptConfirmed, "Dismissed", "Dism", Argb(192, 192, 192)},

    // 3 appointment quick-add procedure buttons: ItemValue lists the codes added.
    {0, def::kApptProcsQuickAdd, "Recall: Exam, Prophy, 4BW", "D0120,D1110,D0274", kNoColor},
    {0, def::kApptProcsQuickAdd, "Child Recall: Exam, Prophy, Fluoride", "D0120,D1120,D1206", kNoColor},
    {0, def::kApptProcsQuickAdd, "New Patient: Comp Exam, FMX", "D0150,D0210", kNoColor},
    {0, def::kApptProcsQuickAdd, "Perio Maintenance", "D0120,D4910", kNoColor},
    {0, def::kApptProcsQuickAdd, "Emergency Exam, PA", "D0140,D0220", kNoColor},

    // 4 billing types.
    {def::kBillingStandard, def::kBillingTypes, "Standard Account", "", kNoColor},
    {def::kBillingInsuranceOnly, def::kBillingTypes, "Insurance Only - No Statements", "", kNoColor},
    {def::kBillingPaymentPlan, def::kBillingTypes, "Payment Plan", "", kNoColor},
    {def::kBillingEmployee, def::kBillingTypes, "Employee/Family", "", kNoColor},
    {def::kBillingCollections, def::kBillingTypes, "Sent to Collections", "C", kNoColor},
    {def::kBillingBadDebt, def::kBillingTypes, "Bad Debt", "", kNoColor},

    // 8 medical notes (quick phrases for the medical alert field).
    {0, def::kMedicalNotes, "Premedicate before treatment", "", kNoColor},
    {0, def::kMedicalNotes, "Latex allergy - use nitrile", "", kNoColor},
    {0, def::kMedicalNotes, "Check blood pressure", "", kNoColor},

    // 10 patient payment types: the practice's names (the downstream warns about any other).
    {def::kPayCheck, def::kPaymentTypes, "Check", "", kNoColor},
    {def::kPayCash, def::kPaymentTypes, "Cash", "", kNoColor},
    {def::kPayCreditCard, def::kPaymentTypes, "Credit Card", "", kNoColor},
    {def::kPayRefund, def::kPaymentTypes, "Patient Refund", "", kNoColor},
    {def::kPayCareCredit, def::kPaymentTypes, "Care Credit", "", kNoColor},
    {def::kPayStripe, def::kPaymentTypes, "Stripe", "", kNoColor},
    {def::kPayLendingClub, def::kPaymentTypes, "Lending Club", "", kNoColor},
    {def::kPayProceedFinance, def::kPaymentTypes, "ProceedFinance", "", kNoColor},
    {def::kPayCherry, def::kPaymentTypes, "Cherry", "", kNoColor},
    {def::kPayInsuranceInterest, def::kPaymentTypes, "Insurance Interest", "", kNoColor},
    {def::kPaySunbit, def::kPaymentTypes, "Sunbit", "", kNoColor},

    // 11 procedure code categories: the 23 accepted ids (mapping documented in docs/BUSINESS_LOGIC.md).
    {73, def::kProcCodeCats, "Exams & Evaluations", "", kNoColor},
    {74, def::kProcCodeCats, "Radiographs", "", kNoColor},
    {75, def::kProcCodeCats, "Cleanings & Fluoride", "", kNoColor},
    {76, def::kProcCodeCats, "Sealants & Space Maintainers", "", kNoColor},
    {77, def::kProcCodeCats, "Amalgam Fillings", "", kNoColor},
    {78, def::kProcCodeCats, "Composite Fillings", "", kNoColor},
    {79, def::kProcCodeCats, "Crowns", "", kNoColor},
    {80, def::kProcCodeCats, "Endodontics", "", kNoColor},
    {81, def::kProcCodeCats, "Periodontics", "", kNoColor},
    {82, def::kProcCodeCats, "Removable Prosthodontics", "", kNoColor},
    {83, def::kProcCodeCats, "Bridges", "", kNoColor},
    {85, def::kProcCodeCats, "Oral Surgery", "", kNoColor},
    {250, def::kProcCodeCats, "Implants", "", kNoColor},
    {251, def::kProcCodeCats, "Orthodontics", "", kNoColor},
    {260, def::kProcCodeCats, "Adjunctive Services", "", kNoColor},
    {300, def::kProcCodeCats, "Cosmetic", "", kNoColor},
    {301, def::kProcCodeCats, "Tests & Assessments", "", kNoColor},
    {540, def::kProcCodeCats, "Inlays & Onlays", "", kNoColor},
    {548, def::kProcCodeCats, "Buildups, Posts & Repairs", "", kNoColor},
    {622, def::kProcCodeCats, "Anesthesia & Sedation", "", kNoColor},
    {665, def::kProcCodeCats, "Denture Repairs & Relines", "", kNoColor},
    {667, def::kProcCodeCats, "Office Fees & Visits", "", kNoColor},
    {668, def::kProcCodeCats, "Notes & No-Charge", "", kNoColor},

    // 12 progress note colours (OpenDental's fixed list).
    {0, def::kProgNoteColors, "Treatment Planned Procedure", "", Argb(255, 0, 0)},
    {0, def::kProgNoteColors, "Completed Procedure", "", Argb(0, 0, 0)},
    {0, def::kProgNoteColors, "Existing - Current Provider", "", Argb(0, 128, 0)},
    {0, def::kProgNoteColors, "Existing - Other Provider", "", Argb(0, 0, 255)},
    {0, def::kProgNoteColors, "Referred Procedure", "", Argb(128, 0, 128)},
    {0, def::kProgNoteColors, "Condition", "", Argb(255, 128, 0)},
    {0, def::kProgNoteColors, "Scheduled Appointment", "", Argb(0, 128, 128)},
    {0, def::kProgNoteColors, "Broken Appointment", "", Argb(128, 0, 0)},
    {0, def::kProgNoteColors, "Commlog", "", Argb(0, 96, 160)},

    // 13 recall / unscheduled statuses.
    {def::kRecallLeftMessage, def::kRecallUnschedStatus, "Left Message", "LM", kNoColor},
    {def::kRecallWillCall, def::kRecallUnschedStatus, "Will Call Back", "WC", kNoColor},
    {def::kRecallTexted, def::kRecallUnschedStatus, "Texted", "Txt", kNoColor},
    {def::kRecallEmailed, def::kRecallUnschedStatus, "E-mailed", "Email", kNoColor},
    {def::kRecallNoAnswer, def::kRecallUnschedStatus, "No Answer", "NA", kNoColor},
    {def::kRecallWrongNumber, def::kRecallUnschedStatus, "Wrong Number", "WN", kNoColor},
    {def::kRecallSeeingOtherDentist, def::kRecallUnschedStatus, "Seeing Another Dentist", "Other", kNoColor},
    {def::kRecallDoNotContact, def::kRecallUnschedStatus, "Do Not Contact", "DNC", kNoColor},
    {def::kRecallFinancialHold, def::kRecallUnschedStatus, "Financial Hold", "Fin", kNoColor},

    // 16 diagnoses.
    {def::kDxCaries, def::kDiagnosis, "Caries", "", kNoColor},
    {def::kDxRecurrentCaries, def::kDiagnosis, "Recurrent Caries", "", kNoColor},
    {def::kDxFracturedTooth, def::kDiagnosis, "Fractured Tooth", "", kNoColor},
    {def::kDxIrreversiblePulpitis, def::kDiagnosis, "Irreversible Pulpitis", "", kNoColor},
    {def::kDxPeriapicalAbscess, def::kDiagnosis, "Periapical Abscess", "", kNoColor},
    {def::kDxNecroticPulp, def::kDiagnosis, "Necrotic Pulp", "", kNoColor},
    {def::kDxGingivitis, def::kDiagnosis, "Gingivitis", "", kNoColor},
    {def::kDxPeriodontitis, def::kDiagnosis, "Periodontitis", "", kNoColor},
    {def::kDxImpactedTooth, def::kDiagnosis, "Impacted Tooth", "", kNoColor},
    {def::kDxMissingTooth, def::kDiagnosis, "Missing Tooth", "", kNoColor},
    {def::kDxAttrition, def::kDiagnosis, "Attrition/Wear", "", kNoColor},
    {def::kDxSensitivity, def::kDiagnosis, "Sensitivity", "", kNoColor},

    // 17 appointment colours (OpenDental's fixed list).
    {0, def::kAppointmentColors, "Provider Time", "", Argb(255, 255, 255)},
    {0, def::kAppointmentColors, "Hygienist Time", "", Argb(220, 240, 255)},
    {0, def::kAppointmentColors, "Complete", "", Argb(192, 192, 192)},
    {0, def::kAppointmentColors, "Broken/Unscheduled", "", Argb(255, 160, 160)},
    {0, def::kAppointmentColors, "ASAP", "", Argb(255, 255, 128)},

    // 18 image categories: ItemValue flags X = show in Chart, P = patient picture, S = statements.
    {def::kImgBitewings, def::kImageCats, "Bitewings", "X", kNoColor},
    {def::kImgFullMouthSeries, def::kImageCats, "Full Mouth Series", "X", kNoColor},
    {def::kImgPanoramic, def::kImageCats, "Panoramic", "X", kNoColor},
    {def::kImgPeriapicals, def::kImageCats, "Periapicals", "X", kNoColor},
    {def::kImgIntraoralPhotos, def::kImageCats, "Intraoral Photos", "X", kNoColor},
    {def::kImgPatientPhotos, def::kImageCats, "Patient Photos", "P", kNoColor},
    {def::kImgPatientForms, def::kImageCats, "Patient Forms", "", kNoColor},
    {def::kImgInsurance, def::kImageCats, "Insurance Cards & EOBs", "", kNoColor},
    {def::kImgReferrals, def::kImageCats, "Referrals & Correspondence", "", kNoColor},
    {def::kImgLabRx, def::kImageCats, "Lab Prescriptions", "", kNoColor},
    {def::kImgTreatmentPlans, def::kImageCats, "Treatment Plans", "", kNoColor},
    {def::kImgStatements, def::kImageCats, "Statements", "S", kNoColor},
    {def::kImgIntraoralScans, def::kImageCats, "Intraoral Scans", "X", kNoColor},
    {def::kImgMiscellaneous, def::kImageCats, "Miscellaneous", "", kNoColor},

    // 20 treatment plan priorities.
    {def::kTxPriorityUrgent, def::kTxPriorities, "1 - Urgent", "", Argb(255, 0, 0)},
    {def::kTxPrioritySoon, def::kTxPriorities, "2 - Soon", "", Argb(255, 128, 0)},
    {def::kTxPriorityRoutine, def::kTxPriorities, "3 - Routine", "", Argb(0, 128, 0)},
    {def::kTxPriorityElective, def::kTxPriorities, "4 - Elective", "", Argb(0, 0, 255)},
    {def::kTxPriorityWatch, def::kTxPriorities, "5 - Watch", "", Argb(128, 128, 128)},

    // 21 miscellaneous colours.
    {0, def::kMiscColors, "Family Module Coverage", "", Argb(255, 255, 192)},
    {0, def::kMiscColors, "Perio Bleeding", "", Argb(255, 0, 0)},
    {0, def::kMiscColors, "Perio Suppuration", "", Argb(255, 192, 0)},
    {0, def::kMiscColors, "Chart Module Medical", "", Argb(255, 0, 0)},

    // 23 contact categories.
    {0, def::kContactCategories, "Specialists", "", kNoColor},
    {0, def::kContactCategories, "Labs", "", kNoColor},
    {0, def::kContactCategories, "Insurance Companies", "", kNoColor},
    {0, def::kContactCategories, "Vendors", "", kNoColor},

    // 25 blockout types: ItemValue "NS" marks blocks that take no appointments.
    {def::kBlockoutLunch, def::kBlockoutTypes, "Lunch", "NS", Argb(192, 192, 192)},
    {def::kBlockoutStaffMeeting, def::kBlockoutTypes, "Staff Meeting", "NS", Argb(160, 160, 160)},
    {def::kBlockoutEmergencyOnly, def::kBlockoutTypes, "Emergency Only", "", Argb(255, 128, 128)},
    {def::kBlockoutNewPatientOnly, def::kBlockoutTypes, "New Patient Only", "", Argb(128, 255, 128)},
    {def::kBlockoutCrownBridgeOnly, def::kBlockoutTypes, "Crown/Bridge Only", "", Argb(255, 224, 128)},
    {def::kBlockoutHygieneOnly, def::kBlockoutTypes, "Hygiene Only", "", Argb(128, 192, 255)},
    {def::kBlockoutOutOfOffice, def::kBlockoutTypes, "Out of Office", "NS", Argb(96, 96, 96)},
    {def::kBlockoutDoctorExamTime, def::kBlockoutTypes, "Doctor Exam Time", "", Argb(255, 255, 128)},
    {def::kBlockoutOrthoAdjustments, def::kBlockoutTypes, "Ortho Adjustments", "", Argb(192, 128, 255)},
    {def::kBlockoutSurgery, def::kBlockoutTypes, "Implant/Surgery Block", "", Argb(255, 160, 64)},
    {def::kBlockoutContinuingEducation, def::kBlockoutTypes, "Continuing Education", "NS", Argb(128, 128, 192)},
    {def::kBlockoutHoliday, def::kBlockoutTypes, "Holiday", "NS", Argb(64, 64, 64)},
    {def::kBlockoutShortNotice, def::kBlockoutTypes, "Short-Notice Reserve", "", Argb(255, 192, 224)},

    // 26 procedure button categories.
    {0, def::kProcButtonCats, "Common", "", kNoColor},
    {0, def::kProcButtonCats, "Hygiene", "", kNoColor},

    // 27 commlog types: ItemValue is OpenDental's auto-type tag; meanings fixed downstream.
    {def::kCommApptRelated, def::kCommLogTypes, "Appointment Related", "APPT", kNoColor},
    {def::kCommInsurance, def::kCommLogTypes, "Insurance", "", kNoColor},
    {def::kCommFinancial, def::kCommLogTypes, "Financial", "FIN", kNoColor},
    {def::kCommRecall, def::kCommLogTypes, "Recall", "RECALL", kNoColor},
    {def::kCommMisc, def::kCommLogTypes, "Misc", "MISC", kNoColor},
    {def::kCommText, def::kCommLogTypes, "Text Message", "TEXT", kNoColor},
    {def::kCommEmail, def::kCommLogTypes, "E-mail", "", kNoColor},
    {def::kCommWebForm, def::kCommLogTypes, "Web Form", "", kNoColor},
    {def::kCommClinical, def::kCommLogTypes, "Clinical", "", kNoColor},
    {def::kCommClinicalFollowUp, def::kCommLogTypes, "Clinical Follow-up", "", kNoColor},
    {def::kCommClinicalNote, def::kCommLogTypes, "Clinical Note", "", kNoColor},
    {def::kCommInsuranceVerify, def::kCommLogTypes, "Insurance Verification", "", kNoColor},
    {def::kCommGeneral, def::kCommLogTypes, "General", "", kNoColor},
    {def::kCommReferralOut, def::kCommLogTypes, "Referral Out", "", kNoColor},
    {def::kCommReferralIn, def::kCommLogTypes, "Referral In", "", kNoColor},
    {def::kCommTreatmentPlan, def::kCommLogTypes, "Treatment Plan", "", kNoColor},

    // 28 supply categories.
    {0, def::kSupplyCats, "Disposables", "", kNoColor},
    {0, def::kSupplyCats, "Restorative Materials", "", kNoColor},
    {0, def::kSupplyCats, "Impression Materials", "", kNoColor},
    {0, def::kSupplyCats, "Office Supplies", "", kNoColor},

    // 29 unearned (prepayment) types.
    {def::kUnearnedPrepayment, def::kPaySplitUnearnedType, "Prepayment", "", kNoColor},
    {def::kUnearnedTreatPlanPrepayment, def::kPaySplitUnearnedType, "Treatment Plan Prepayment", "X", kNoColor},
    {def::kUnearnedCredit, def::kPaySplitUnearnedType, "Account Credit", "", kNoColor},
    {def::kUnearnedDeposit, def::kPaySplitUnearnedType, "Deposit", "", kNoColor},

    // 31 custom claim tracking: ItemValue is the follow-up interval in days.
    {def::kClaimTrackSent, def::kClaimCustomTracking, "Sent - Awaiting Response", "30", kNoColor},
    {def::kClaimTrackInfoRequested, def::kClaimCustomTracking, "Additional Info Requested", "14", kNoColor},
    {def::kClaimTrackAttachmentsSent, def::kClaimCustomTracking, "X-rays/Narrative Sent", "21", kNoColor},
    {def::kClaimTrackResubmitted, def::kClaimCustomTracking, "Resubmitted", "30", kNoColor},
    {def::kClaimTrackAppealed, def::kClaimCustomTracking, "Appeal Filed", "45", kNoColor},
    {def::kClaimTrackCalledCarrier, def::kClaimCustomTracking, "Called Carrier", "14", kNoColor},
    {def::kClaimTrackDenied, def::kClaimCustomTracking, "Denied", "0", kNoColor},

    // 32 insurance payment types: "N" in ItemValue keeps the type off deposit slips.
    {def::kInsPayCheck, def::kInsurancePaymentType, "Check", "", kNoColor},
    {def::kInsPayEft, def::kInsurancePaymentType, "EFT", "", kNoColor},
    {def::kInsPayZeroCheck, def::kInsurancePaymentType, "Zero-Dollar EOB", "N", kNoColor},
    {def::kInsPayVirtualCard, def::kInsurancePaymentType, "Virtual Credit Card", "", kNoColor},
    {def::kInsPayCreditCard, def::kInsurancePaymentType, "Credit Card", "", kNoColor},
    {def::kInsPayPaperCheck2, def::kInsurancePaymentType, "Paper Check", "", kNoColor},
    {def::kInsPayAch, def::kInsurancePaymentType, "ACH", "", kNoColor},
    {def::kInsPayOther, def::kInsurancePaymentType, "Other", "", kNoColor},
    {def::kInsPayRefund, def::kInsurancePaymentType, "Insurance Refund", "", kNoColor},
    {def::kInsPayRecoupment, def::kInsurancePaymentType, "Recoupment", "", kNoColor},
    {def::kInsPayOverpayment, def::kInsurancePaymentType, "Overpayment Return", "", kNoColor},
    {def::kInsPayTakeback, def::kInsurancePaymentType, "Takeback", "", kNoColor},

    // 33 task priorities: "D" marks the default.
    {def::kTaskPriorityNormal, def::kTaskPriorities, "Normal", "D", kWhite},
    {def::kTaskPriorityHigh, def::kTaskPriorities, "High", "", Argb(255, 128, 128)},
    {def::kTaskPriorityLow, def::kTaskPriorities, "Low", "", Argb(192, 224, 255)},

    // 54 task categories: the kinds of work the office's tasks are (no colour, as OpenDental offers).
    {def::kTaskCatScheduling, def::kTaskCategories, "Scheduling", "", kNoColor},
    {def::kTaskCatRecall, def::kTaskCategories, "Recall", "", kNoColor},
    {def::kTaskCatTreatmentPlans, def::kTaskCategories, "Treatment Plans", "", kNoColor},
    {def::kTaskCatLabCases, def::kTaskCategories, "Lab Cases", "", kNoColor},
    {def::kTaskCatInsurance, def::kTaskCategories, "Insurance", "", kNoColor},

    // 35 provider specialties: ItemNames exactly as the downstream provider dimension maps them.
    {def::kSpecialtyGeneral, def::kProviderSpecialties, "General", "", kNoColor},
    {def::kSpecialtyHygiene, def::kProviderSpecialties, "Hygiene", "", kNoColor},
    {def::kSpecialtyOrthodontics, def::kProviderSpecialties, "Orthodontics", "", kNoColor},
    {def::kSpecialtyOralSurgery, def::kProviderSpecialties, "Oral Surgery", "", kNoColor},
    {def::kSpecialtyEndodontics, def::kProviderSpecialties, "Endodontics", "", kNoColor},
    {def::kSpecialtyPeriodontics, def::kProviderSpecialties, "Periodontics", "", kNoColor},
    {def::kSpecialtyPediatric, def::kProviderSpecialties, "Pediatric", "", kNoColor},
    {def::kSpecialtyProsthodontics, def::kProviderSpecialties, "Prosthodontics", "", kNoColor},

    // 36 claim payment tracking reasons.
    {def::kPayTrackPaidAsBilled, def::kClaimPaymentTracking, "Paid as Billed", "", kNoColor},
    {def::kPayTrackReducedToAllowed, def::kClaimPaymentTracking, "Reduced to Allowed Fee", "", kNoColor},
    {def::kPayTrackFrequencyLimit, def::kClaimPaymentTracking, "Denied - Frequency Limitation", "", kNoColor},
    {def::kPayTrackNotCovered, def::kClaimPaymentTracking, "Denied - Not a Covered Benefit", "", kNoColor},
    {def::kPayTrackMaximumReached, def::kClaimPaymentTracking, "Denied - Annual Maximum Reached", "", kNoColor},
    {def::kPayTrackMissingInfo, def::kClaimPaymentTracking, "Pending - Missing Information", "", kNoColor},

    // 37 account quick charges: ItemValue is the procedure code charged.
    {0, def::kAccountQuickCharge, "Missed Appointment Fee", "D9986", kNoColor},
    {0, def::kAccountQuickCharge, "Records Copy", "PCOPY", kNoColor},

    // 38 insurance verification statuses.
    {def::kInsVerifyVerified, def::kInsuranceVerificationStatus, "Verified", "", kNoColor},
    {def::kInsVerifyPending, def::kInsuranceVerificationStatus, "Pending Verification", "", kNoColor},
    {def::kInsVerifyNeedsPatientInfo, def::kInsuranceVerificationStatus, "Needs Patient Info", "", kNoColor},
    {def::kInsVerifyNotActive, def::kInsuranceVerificationStatus, "Coverage Not Active", "", kNoColor},
    {def::kInsVerifyUnableToVerify, def::kInsuranceVerificationStatus, "Unable to Verify", "", kNoColor},

    // 40 claim payment groups, 41 auto-note categories, 42/51 web scheduling types.
    {0, def::kClaimPaymentGroups, "Default", "", kNoColor},
    {0, def::kAutoNoteCats, "Exams", "", kNoColor},
    {0, def::kAutoNoteCats, "Hygiene", "", kNoColor},
    {0, def::kAutoNoteCats, "Restorative", "", kNoColor},
    {0, def::kAutoNoteCats, "Surgery", "", kNoColor},
    {0, def::kWebSchedNewPatApptTypes, "New Patient Exam & Cleaning", "", kNoColor},
    {0, def::kWebSchedExistingApptTypes, "Recall Cleaning", "", kNoColor},

    // 0 account module colours (OpenDental's fixed list).
    {0, def::kAccountColors, "Default", "", Argb(0, 0, 0)},
    {0, def::kAccountColors, "Adjustment", "", Argb(128, 0, 128)},
    {0, def::kAccountColors, "Insurance Payment", "", Argb(0, 0, 255)},
    {0, def::kAccountColors, "Patient Payment", "", Argb(0, 128, 0)},

    // 50 time card adjustment types.
    {def::kTimeAdjPto, def::kTimeCardAdjTypes, "PTO", "", kNoColor},
    {def::kTimeAdjSick, def::kTimeCardAdjTypes, "Sick Leave", "", kNoColor},
    {def::kTimeAdjHoliday, def::kTimeCardAdjTypes, "Holiday", "", kNoColor},
    {def::kTimeAdjBereavement, def::kTimeCardAdjTypes, "Bereavement", "", kNoColor},
    {def::kTimeAdjJuryDuty, def::kTimeCardAdjTypes, "Jury Duty", "", kNoColor},
    {def::kTimeAdjTraining, def::kTimeCardAdjTypes, "Training", "", kNoColor},

    // 47 payment plan categories, 52 certification categories.
    {def::kPayPlanCatStandard, def::kPayPlanCategories, "Standard", "", kNoColor},
    {def::kPayPlanCatOrthodontic, def::kPayPlanCategories, "Orthodontic", "", kNoColor},
    {def::kPayPlanCatInHouse, def::kPayPlanCategories, "In-House Financing", "", kNoColor},
    {0, def::kCertificationCategories, "CPR/BLS", "", kNoColor},
    {0, def::kCertificationCategories, "Radiology", "", kNoColor},
    {0, def::kCertificationCategories, "Infection Control", "", kNoColor},
};

}  // namespace

void EmitDefinitionTable(const Practice& practice, RowSink& out) {
    ProducerSink sink(out, kProducer);
    // One row per entry; ItemOrder counts entries of the same category in list order.
    (void)practice;  // definitions are fixed: nothing depends on the parameters
    if (!sink.Wants(TableId::definition)) return;
    namespace c = col::definition;
    Row row(TableId::definition);
    std::map<int, int> next_order;
    int64_t next_unnamed = def::kFirstUnnamedDefNum;
    for (const DefSpec& spec : kDefinitions) {
        const int64_t def_num = spec.def_num != 0 ? spec.def_num : next_unnamed++;
        row.Reset();
        row.Set(c::DefNum, def_num)
            .Set(c::Category, spec.category)
            .Set(c::ItemOrder, next_order[spec.category]++)
            .Set(c::ItemName, spec.name)
            .Set(c::ItemValue, spec.value)
            .Set(c::ItemColor, spec.color)
            .Set(c::IsHidden, false);
        sink.Write(row);
    }
}

}  // namespace dentsynth::core
