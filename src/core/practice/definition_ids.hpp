// Named ids of the practice catalogue that other modules reference: definition DefNums the
// downstream project does not fix (confirmation statuses, billing types, specialties, image
// categories, ...), numbered in blocks from def::kFirstFreeDefNum, plus names for the fixed
// blockout ids and the few non-definition catalogue ids patients' code needs (sheet definitions,
// the default claim form, appointment and recall types). definitions.hpp holds the fixed ids;
// definition_table.cpp writes one definition row for every id here.
// Vocabulary: "block" = the consecutive DefNums of one definition category.
#pragma once

#include <cstdint>

#include "core/practice/definitions.hpp"

namespace dentsynth::core::def {

// Appointment confirmation statuses (category 2), in the order a front desk moves through them.
inline constexpr int64_t kConfirmNotCalled = 700;
inline constexpr int64_t kConfirmUnconfirmed = 701;
inline constexpr int64_t kConfirmLeftMessage = 702;
inline constexpr int64_t kConfirmTexted = 703;
inline constexpr int64_t kConfirmEmailed = 704;
inline constexpr int64_t kConfirmConfirmed = 705;
inline constexpr int64_t kConfirmArrived = 706;
inline constexpr int64_t kConfirmSeated = 707;
inline constexpr int64_t kConfirmDismissed = 708;

// Billing types (category 4); kBillingCollections carries ItemValue "C" as OpenDental's does.
inline constexpr int64_t kBillingStandard = 710;
inline constexpr int64_t kBillingInsuranceOnly = 711;
inline constexpr int64_t kBillingPaymentPlan = 712;
inline constexpr int64_t kBillingEmployee = 713;
inline constexpr int64_t kBillingCollections = 714;
inline constexpr int64_t kBillingBadDebt = 715;

// Recall / unscheduled-list statuses (category 13). recall.RecallStatus is tested 0..10
// downstream, so recalls should mostly keep 0; appointments' UnschedStatus may use these.
inline constexpr int64_t kRecallLeftMessage = 720;
inline constexpr int64_t kRecallWillCall = 721;
inline constexpr int64_t kRecallTexted = 722;
inline constexpr int64_t kRecallEmailed = 723;
inline constexpr int64_t kRecallNoAnswer = 724;
inline constexpr int64_t kRecallWrongNumber = 725;
inline constexpr int64_t kRecallSeeingOtherDentist = 726;
inline constexpr int64_t kRecallDoNotContact = 727;
inline constexpr int64_t kRecallFinancialHold = 728;

// Diagnoses (category 16), for procedurelog.Dx.
inline constexpr int64_t kDxCaries = 730;
inline constexpr int64_t kDxRecurrentCaries = 731;
inline constexpr int64_t kDxFracturedTooth = 732;
inline constexpr int64_t kDxIrreversiblePulpitis = 733;
inline constexpr int64_t kDxPeriapicalAbscess = 734;
inline constexpr int64_t kDxNecroticPulp = 735;
inline constexpr int64_t kDxGingivitis = 736;
inline constexpr int64_t kDxPeriodontitis = 737;
inline constexpr int64_t kDxImpactedTooth = 738;
inline constexpr int64_t kDxMissingTooth = 739;
inline constexpr int64_t kDxAttrition = 740;
inline constexpr int64_t kDxSensitivity = 741;

// Image (document) categories (category 18), for document.DocCategory.
inline constexpr int64_t kImgBitewings = 745;
inline constexpr int64_t kImgFullMouthSeries = 746;
inline constexpr int64_t kImgPanoramic = 747;
inline constexpr int64_t kImgPeriapicals = 748;
inline constexpr int64_t kImgIntraoralPhotos = 749;
inline constexpr int64_t kImgPatientPhotos = 750;
inline constexpr int64_t kImgPatientForms = 751;
inline constexpr int64_t kImgInsurance = 752;
inline constexpr int64_t kImgReferrals = 753;
inline constexpr int64_t kImgLabRx = 754;
inline constexpr int64_t kImgTreatmentPlans = 755;
inline constexpr int64_t kImgStatements = 756;
inline constexpr int64_t kImgIntraoralScans = 757;
inline constexpr int64_t kImgMiscellaneous = 758;

// Custom claim tracking statuses (category 31), for claimtracking.TrackingDefNum.
inline constexpr int64_t kClaimTrackSent = 760;
inline constexpr int64_t kClaimTrackInfoRequested = 761;
inline constexpr int64_t kClaimTrackAttachmentsSent = 762;
inline constexpr int64_t kClaimTrackResubmitted = 763;
inline constexpr int64_t kClaimTrackAppealed = 764;
inline constexpr int64_t kClaimTrackCalledCarrier = 765;
inline constexpr int64_t kClaimTrackDenied = 766;

// Provider specialties (category 35): ItemNames exactly as the downstream dim_provider maps them.
inline constexpr int64_t kSpecialtyGeneral = 770;
inline constexpr int64_t kSpecialtyHygiene = 771;
inline constexpr int64_t kSpecialtyOrthodontics = 772;
inline constexpr int64_t kSpecialtyOralSurgery = 773;
inline constexpr int64_t kSpecialtyEndodontics = 774;
inline constexpr int64_t kSpecialtyPeriodontics = 775;
inline constexpr int64_t kSpecialtyPediatric = 776;
inline constexpr int64_t kSpecialtyProsthodontics = 777;

// Claim payment tracking reasons (category 36), for claimtracking.TrackingErrorDefNum and the like.
inline constexpr int64_t kPayTrackPaidAsBilled = 780;
inline constexpr int64_t kPayTrackReducedToAllowed = 781;
inline constexpr int64_t kPayTrackFrequencyLimit = 782;
inline constexpr int64_t kPayTrackNotCovered = 783;
inline constexpr int64_t kPayTrackMaximumReached = 784;
inline constexpr int64_t kPayTrackMissingInfo = 785;

// Insurance verification statuses (category 38), for insverify.DefNum.
inline constexpr int64_t kInsVerifyVerified = 790;
inline constexpr int64_t kInsVerifyPending = 791;
inline constexpr int64_t kInsVerifyNeedsPatientInfo = 792;
inline constexpr int64_t kInsVerifyNotActive = 793;
inline constexpr int64_t kInsVerifyUnableToVerify = 794;

// Time card adjustment (PTO) types (category 50), for timeadjust.PtoDefNum.
inline constexpr int64_t kTimeAdjPto = 800;
inline constexpr int64_t kTimeAdjSick = 801;
inline constexpr int64_t kTimeAdjHoliday = 802;
inline constexpr int64_t kTimeAdjBereavement = 803;
inline constexpr int64_t kTimeAdjJuryDuty = 804;
inline constexpr int64_t kTimeAdjTraining = 805;

// A third task priority (category 33) beside the fixed Normal 263 and High 290. taskhist accepts
// only 263/290 downstream, so tasks that reach history should keep to those two.
inline constexpr int64_t kTaskPriorityLow = 810;

// Extra adjustment types (category 1) a practice also has; not tested downstream by id.
inline constexpr int64_t kAdjFinanceCharge = 815;
inline constexpr int64_t kAdjBillingCharge = 816;
inline constexpr int64_t kAdjBadDebtWriteoff = 817;

// Payment plan categories (category 47).
inline constexpr int64_t kPayPlanCatStandard = 820;
inline constexpr int64_t kPayPlanCatOrthodontic = 821;
inline constexpr int64_t kPayPlanCatInHouse = 822;

// Treatment plan priorities (category 20), for procedurelog.Priority / proctp.Priority.
inline constexpr int64_t kTxPriorityUrgent = 830;
inline constexpr int64_t kTxPrioritySoon = 831;
inline constexpr int64_t kTxPriorityRoutine = 832;
inline constexpr int64_t kTxPriorityElective = 833;
inline constexpr int64_t kTxPriorityWatch = 834;

// Task categories (category 54, OpenDental's TriageCategory of a task): what kind of work a task
// is, one per routine that makes tasks (office/office_tasks.cpp).
inline constexpr int64_t kTaskCatScheduling = 840;
inline constexpr int64_t kTaskCatRecall = 841;
inline constexpr int64_t kTaskCatTreatmentPlans = 842;
inline constexpr int64_t kTaskCatLabCases = 843;
inline constexpr int64_t kTaskCatInsurance = 844;

// Definitions nobody references by name (program-note colours, supply categories, ...) are
// numbered from here, in table order.
inline constexpr int64_t kFirstUnnamedDefNum = 900;

// Names for the fixed blockout type ids (category 25, def::kBlockoutTypeIds).
inline constexpr int64_t kBlockoutLunch = 241;
inline constexpr int64_t kBlockoutStaffMeeting = 257;
inline constexpr int64_t kBlockoutEmergencyOnly = 258;
inline constexpr int64_t kBlockoutNewPatientOnly = 424;
inline constexpr int64_t kBlockoutCrownBridgeOnly = 506;
inline constexpr int64_t kBlockoutHygieneOnly = 532;
inline constexpr int64_t kBlockoutOutOfOffice = 590;
inline constexpr int64_t kBlockoutDoctorExamTime = 617;
inline constexpr int64_t kBlockoutOrthoAdjustments = 618;
inline constexpr int64_t kBlockoutSurgery = 619;
inline constexpr int64_t kBlockoutContinuingEducation = 620;
inline constexpr int64_t kBlockoutHoliday = 621;
inline constexpr int64_t kBlockoutShortNotice = 638;

}  // namespace dentsynth::core::def

namespace dentsynth::core::catalog {

// Sheet definitions (sheetdef.SheetDefNum). They start at 700 so that every SheetDefNum is also an
// existing DefNum: downstream tests sheet.SheetDefNum against definition (a known quirk).
inline constexpr int64_t kSheetDefRegistration = 700;
inline constexpr int64_t kSheetDefMedicalHistory = 701;
inline constexpr int64_t kSheetDefExam = 702;
inline constexpr int64_t kSheetDefConsentTreatment = 703;
inline constexpr int64_t kSheetDefConsentExtraction = 704;
inline constexpr int64_t kSheetDefHipaa = 705;
inline constexpr int64_t kSheetDefFinancialPolicy = 706;
inline constexpr int64_t kSheetDefCount = 7;

// Claim forms: 1 is the current ADA form every plan should use.
inline constexpr int64_t kClaimFormAda2019 = 1;

// Appointment types (appointmenttype.AppointmentTypeNum 0..12; 12 is hidden, never schedule it).
inline constexpr int64_t kApptTypeNone = 0;
inline constexpr int64_t kApptTypeAdultRecare = 1;
inline constexpr int64_t kApptTypeAdultCleaningExisting = 2;
inline constexpr int64_t kApptTypeChildCleaningExisting = 3;
inline constexpr int64_t kApptTypeAdultCleaningNew = 4;
inline constexpr int64_t kApptTypeChildCleaningNew = 5;
inline constexpr int64_t kApptTypeCompFmx4Bwx = 6;
inline constexpr int64_t kApptType30Minute = 7;
inline constexpr int64_t kApptTypeEmergencyPain = 8;
inline constexpr int64_t kApptTypeCrownPrep = 9;
inline constexpr int64_t kApptTypeImplantConsult = 10;
inline constexpr int64_t kApptTypeWebSchedNewPatient = 11;
inline constexpr int64_t kApptTypeDoNotUse = 12;

// Recall types (recalltype.RecallTypeNum).
inline constexpr int64_t kRecallTypeProphy = 1;
inline constexpr int64_t kRecallTypePerio = 2;
inline constexpr int64_t kRecallTypeChildProphy = 3;
inline constexpr int64_t kRecallTypeBitewings = 4;
inline constexpr int64_t kRecallTypePanoFmx = 5;

// Procedure codes with fixed CodeNums (the rest are 1..N in procedure_codes.cpp's order). Both are
// sextant-area enamel-reshaping codes: a procedurelog row on them writes the sextant number in
// Surf and must use only sextant 1, 2, 5 or 6 (a downstream rule on these CodeNums).
inline constexpr int64_t kCodeNumOdontoplastySextant = 523;
inline constexpr int64_t kCodeNumEquilibrationSextant = 1440;

}  // namespace dentsynth::core::catalog

#include "core/core_only.hpp"
