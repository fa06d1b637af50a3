// The office catalogue: claim forms, bridge programs and their properties, the sheet (form)
// definitions patients fill in with their fields, and the zip code list the front desk keeps.
// Vocabulary: a "bridge" is OpenDental's link to another program (imaging, payments, e-Rx,
// texting); a "sheet" is an OpenDental form; SheetType and FieldType are OpenDental's enums
// (9 patient form, 11 medical history, 13 exam sheet, 6 consent; fields 0 output text, 1 input,
// 2 static text, 6 line, 8 check box, 9 signature box).
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <span>
#include <string>
#include <vector>

#include "core/practice/catalog_tables.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"
#include "core/core_only.hpp"

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

// ---- claim forms ----

struct ClaimFormSpec {
    const char* description;
    const char* unique_id;
    bool hidden;
};

// Index + 1 = ClaimFormNum; 1 is the form plans use (catalog::kClaimFormAda2019).
constexpr ClaimFormSpec kClaimForms[] = {
    {"ADA 2019", "OD14", false},     {"ADA 2012", "OD12", false}, {"ADA 2006", "OD9", true},
    {"1500 (02/12)", "OD13", false}, {"UB04", "OD11", true},
};

void EmitClaimForms(const Practice& practice, RowSink& sink) {
    (void)practice;
    if (!sink.Wants(TableId::claimform)) return;
    namespace c = col::claimform;
    Row row(TableId::claimform);
    for (size_t i = 0; i < std::size(kClaimForms); ++i) {
        row.Reset();
        // US letter at 100 dpi, as OpenDental lays its internal forms out.
        row.Set(c::ClaimFormNum, static_cast<int64_t>(i) + 1)
            .Set(c::Description, kClaimForms[i].description)
            .Set(c::IsHidden, kClaimForms[i].hidden)
            .Set(c::FontName, "Arial")
            .Set(c::FontSize, 9.0)
            .Set(c::UniqueID, kClaimForms[i].unique_id)
            .Set(c::PrintImages, true)
            .Set(c::OffsetX, 0)
            .Set(c::OffsetY, 0)
            .Set(c::Width, 850)
            .Set(c::Height, 1100);
        sink.Write(row);
    }
}

// ---- programs (bridges) ----

struct PropertySpec {
    const char* description;
    const char* value;
    bool masked;
    bool high_security;
};

struct ProgramSpec {
    const char* name;
    const char* description;
    bool enabled;
    bool disabled_by_hq;
    const char* path;
    const char* command_line;
    std::initializer_list<PropertySpec> properties;
};

constexpr PropertySpec kIdChoice = {"Enter 0 to use PatientNum, or 1 to use ChartNum", "0", false, false};

// Index + 1 = ProgramNum. The enabled ones are what a typical office runs: one imaging system,
// card processing, e-prescribing, patient texting and a financing partner.
const ProgramSpec kPrograms[] = {
    {"Apteryx", "Apteryx from www.apteryx.com", false, false, "C:\\Program Files\\Apteryx\\Apteryx.exe", "", {kIdChoice}},
    {"CareCredit",
     "CareCredit patient financing",
     true,
     false,
     "",
     "",
     {{"Merchant Number", "", false, false}, {"PaymentType", "391", false, false}}},
    {"DentalEye", "DentalEye from www.dentaleye.com", false, false, "C:\\Program Files\\DentalEye\\DentalEye.exe", "", {kIdChoice}},
    {"Dexis",
     "Dexis from www.dexis.com",
     true,
     false,
     "C:\\Program Files\\DEXIS\\Dexis.exe",
     "",
     {kIdChoice, {"InfoFile path", "C:\\Dexis\\InfoFile.txt", false, false}}},
    {"Dolphin", "Dolphin Imaging from www.dolphinimaging.com", false, false, "C:\\Dolphin\\Dolphin.exe", "", {kIdChoice}},
    {"DoseSpot",
     "DoseSpot electronic prescribing",
     true,
     false,
     "",
     "",
     {{"DoseSpot Clinic ID", "", false, false}, {"DoseSpot Clinic Key", "", true, true}}},
    {"FloridaProbe", "Florida Probe from www.floridaprobe.com", false, false, "C:\\FP32\\FP32.exe", "", {kIdChoice}},
    {"iCat",
     "i-CAT cone beam imaging",
     false,
     false,
     "C:\\Program Files\\iCAT\\iCATVision.exe",
     "",
     {kIdChoice, {"XML output file path", "C:\\iCat\\Out\\", false, false}}},
    {"MiPACS", "MiPACS Dental Enterprise Viewer", false, false, "C:\\Program Files\\MiPACS\\MiPACS.exe", "", {kIdChoice}},
    {"PayConnect",
     "PayConnect credit card processing",
     true,
     false,
     "",
     "",
     {{"Username", "", false, false}, {"Password", "", true, true}, {"PaymentType", "71", false, false}}},
    {"Planmeca", "Planmeca Romexis imaging", false, false, "C:\\Program Files\\Planmeca\\Romexis\\romexis.exe", "", {kIdChoice}},
    {"Podium",
     "Podium patient texting and reviews",
     true,
     false,
     "",
     "",
     {{"Api Token", "", true, true}, {"Location ID", "", false, false}}},
    {"Schick", "Schick CDR imaging", false, false, "C:\\Program Files\\Schick Technologies\\CDRDICOM.exe", "", {kIdChoice}},
    {"Sirona",
     "Sirona Sidexis imaging",
     false,
     false,
     "C:\\sidexis\\sidexis.exe",
     "",
     {kIdChoice, {"Sidexis Path", "C:\\sidexis\\", false, false}}},
    {"TigerView", "TigerView from www.televere.com", false, false, "C:\\Program Files\\TigerView\\TigerView.exe", "", {kIdChoice}},
    {"Trophy",
     "Trophy imaging from www.trophy-imaging.com",
     false,
     false,
     "C:\\Trophy\\Trophy.exe",
     "",
     {kIdChoice, {"Storage Path", "C:\\TW\\", false, false}}},
    {"VixWin", "VixWin from www.gendexxray.com", false, false, "C:\\VixWin\\VixWin.exe", "", {kIdChoice}},
    {"XCharge",
     "X-Charge credit card processing",
     false,
     false,
     "C:\\Program Files\\X-Charge\\XCharge.exe",
     "",
     {{"Username", "", false, false}, {"Password", "", true, true}, {"PaymentType", "71", false, false}}},
    {"XVWeb",
     "XVWeb cloud imaging",
     false,
     false,
     "",
     "",
     {{"Enter desired URL address for XVWeb", "", false, false}, {"Username", "", false, false}, {"Password", "", true, true}}},
    {"eClinicalWorks", "eClinicalWorks medical integration", false, true, "", "", {{"eCWServer", "", false, false}}},
    {"Transworld",
     "Transworld Systems collections",
     false,
     false,
     "",
     "",
     {{"Client ID", "", false, false}, {"SftpPassword", "", true, true}}},
    {"PDMP", "Prescription drug monitoring program lookup", false, false, "", "", {{"PDMP provider license field", "DEA", false, false}}},
};

void EmitPrograms(const Practice& practice, RowSink& sink) {
    (void)practice;
    if (sink.Wants(TableId::program)) {
        namespace c = col::program;
        Row row(TableId::program);
        for (size_t i = 0; i < std::size(kPrograms); ++i) {
            const ProgramSpec& spec = kPrograms[i];
            row.Reset();
            row.Set(c::ProgramNum, static_cast<int64_t>(i) + 1)
                .Set(c::ProgName, spec.name)
                .Set(c::ProgDesc, spec.description)
                .Set(c::Enabled, spec.enabled)
                .Set(c::Path, spec.path)
                .Set(c::CommandLine, spec.command_line)
                .Set(c::IsDisabledByHq, spec.disabled_by_hq);
            sink.Write(row);
        }
    }
    if (!sink.Wants(TableId::programproperty)) return;
    namespace c = col::programproperty;
    Row row(TableId::programproperty);
    int64_t property_num = 0;
    for (size_t i = 0; i < std::size(kPrograms); ++i) {
        for (const PropertySpec& property : kPrograms[i].properties) {
            row.Reset();
            row.Set(c::ProgramPropertyNum, ++property_num)
                .Set(c::ProgramNum, static_cast<int64_t>(i) + 1)
                .Set(c::PropertyDesc, property.description)
                .Set(c::PropertyValue, property.value)
                .Set(c::ComputerName, "")
                .Set(c::ClinicNum, int64_t{0})
                .Set(c::IsMasked, property.masked)
                .Set(c::IsHighSecurity, property.high_security);
            sink.Write(row);
        }
    }
}

// ---- sheets ----

struct SheetSpec {
    int64_t sheet_def_num;
    const char* description;
    int sheet_type;
    int page_count;
};

constexpr SheetSpec kSheets[] = {
    {catalog::kSheetDefRegistration, "Patient Registration", 9, 2},
    {catalog::kSheetDefMedicalHistory, "Medical History", 11, 1},
    {catalog::kSheetDefExam, "Comprehensive Exam", 13, 1},
    {catalog::kSheetDefConsentTreatment, "Consent for Treatment", 6, 1},
    {catalog::kSheetDefConsentExtraction, "Consent for Extraction", 6, 1},
    {catalog::kSheetDefHipaa, "HIPAA Acknowledgement", 9, 1},
    {catalog::kSheetDefFinancialPolicy, "Financial Policy", 9, 1},
};
static_assert(std::size(kSheets) == catalog::kSheetDefCount);

// One field of a sheet, positioned on a 850-pixel-wide page.
struct FieldSpec {
    int field_type;
    std::string name;
    std::string value;
    int x, y, width, height;
    bool bold;
    bool required;
    std::string radio_value;
    std::string radio_group;
    std::string reportable_name;
    float font_size;
};

// Lays fields out top to bottom: a title, then labelled rows.
class SheetLayout {
public:
    void Title(const std::string& text) {
        Add({2, "", text, 50, y_, 750, 30, true, false, "", "", "", 14.0f});
        y_ += 45;
    }
    void Paragraph(const std::string& text, int height) {
        Add({2, "", text, 50, y_, 750, height, false, false, "", "", "", 10.0f});
        y_ += height + 10;
    }
    void Output(const std::string& field) {
        Add({0, field, "", 50, y_, 400, 20, false, false, "", "", "", 10.0f});
        y_ += 25;
    }
    void Input(const std::string& label, const std::string& field, bool required, const std::string& reportable = "") {
        Add({2, "", label, 50, y_, 180, 20, false, false, "", "", "", 10.0f});
        Add({1, field, "", 240, y_, 500, 20, false, required, "", "", reportable, 10.0f});
        y_ += 28;
    }
    void YesNo(const std::string& label, const std::string& field) {
        Add({2, "", label, 50, y_, 450, 20, false, false, "", "", "", 10.0f});
        Add({8, field, "", 520, y_, 15, 15, false, true, "Y", field, "", 10.0f});
        Add({8, field, "", 580, y_, 15, 15, false, true, "N", field, "", 10.0f});
        y_ += 24;
    }
    void Radio(const std::string& label, const std::string& field, std::initializer_list<const char*> choices) {
        Add({2, "", label, 50, y_, 180, 20, false, false, "", "", "", 10.0f});
        int x = 240;
        for (const char* choice : choices) {
            Add({8, field, "", x, y_, 15, 15, false, false, choice, "", "", 10.0f});
            Add({2, "", choice, x + 20, y_, 80, 20, false, false, "", "", "", 10.0f});
            x += 110;
        }
        y_ += 26;
    }
    void Check(const std::string& label, const std::string& reportable) {
        Add({8, "misc", "", 50, y_, 15, 15, false, true, "", "", reportable, 10.0f});
        Add({2, "", label, 75, y_, 675, 20, false, false, "", "", "", 10.0f});
        y_ += 26;
    }
    void Line() {
        Add({6, "", "", 50, y_, 750, 0, false, false, "", "", "", 10.0f});
        y_ += 10;
    }
    void Signature() {
        Add({9, "", "", 50, y_, 364, 81, false, true, "", "", "", 10.0f});
        y_ += 90;
    }
    const std::vector<FieldSpec>& fields() const { return fields_; }

private:
    void Add(FieldSpec field) { fields_.push_back(std::move(field)); }
    int y_ = 40;
    std::vector<FieldSpec> fields_;
};

std::vector<FieldSpec> SheetFields(int64_t sheet_def_num) {
    SheetLayout s;
    switch (sheet_def_num) {
        case catalog::kSheetDefRegistration:
            s.Title("Patient Registration");
            s.Input("Last Name", "LName", true);
            s.Input("First Name", "FName", true);
            s.Input("Middle Initial", "MiddleI", false);
            s.Input("Preferred Name", "Preferred", false);
            s.Input("Birthdate", "Birthdate", true);
            s.Radio("Gender", "Gender", {"Male", "Female", "Unknown"});
            s.Radio("Marital Status", "Position", {"Single", "Married", "Child"});
            s.Input("Address", "Address", true);
            s.Input("Address 2", "Address2", false);
            s.Input("City", "City", true);
            s.Input("State", "State", true);
            s.Input("Zip", "Zip", true);
            s.Input("Home Phone", "HmPhone", false);
            s.Input("Cell Phone", "WirelessPhone", false);
            s.Input("Work Phone", "WkPhone", false);
            s.Input("Email", "Email", false);
            s.Input("Referred By", "referredFrom", false);
            s.Line();
            s.Input("Insurance Company", "ins1CarrierName", false);
            s.Input("Subscriber Name", "ins1SubscriberNameF", false);
            s.Input("Subscriber ID", "ins1SubscriberID", false);
            s.Input("Group Number", "ins1GroupNum", false);
            s.Input("Employer", "ins1EmployerName", false);
            s.Radio("Relationship to Subscriber", "ins1Relat", {"Self", "Spouse", "Child"});
            s.Signature();
            break;
        case catalog::kSheetDefMedicalHistory:
            s.Title("Medical History");
            s.Input("Emergency Contact", "ICEName", false);
            s.Input("Emergency Phone", "ICEPhone", false);
            for (const char* problem : {"High Blood Pressure", "Diabetes, Type 2", "Asthma", "Heart Murmur", "Artificial Joint",
                                        "Artificial Heart Valve", "Bleeding Disorder", "Pregnancy", "Osteoporosis", "Tobacco Use"})
                s.YesNo(std::string("Do you have or have you had: ") + problem + "?", std::string("problem:") + problem);
            for (const char* allergy : {"Penicillin", "Codeine", "Latex", "Local Anesthetic (Lidocaine)", "Sulfa Drugs"})
                s.YesNo(std::string("Are you allergic to: ") + allergy + "?", std::string("allergy:") + allergy);
            s.Input("Current Medication 1", "inputMed1", false);
            s.Input("Current Medication 2", "inputMed2", false);
            s.Input("Current Medication 3", "inputMed3", false);
            s.Signature();
            break;
        case catalog::kSheetDefExam:
            s.Title("Comprehensive Exam");
            s.Output("patient.nameFL");
            s.Output("dateToday");
            s.Input("Chief Complaint", "misc", false, "ChiefComplaint");
            s.Input("Blood Pressure", "misc", false, "BloodPressure");
            s.Input("Pulse", "misc", false, "Pulse");
            s.Check("Extraoral and intraoral soft tissue within normal limits", "SoftTissueWNL");
            s.Check("Oral cancer screening performed", "OralCancerScreening");
            s.Check("TMJ within normal limits", "TmjWNL");
            s.Input("Periodontal Findings", "misc", false, "PerioFindings");
            s.Input("Restorative Findings", "misc", false, "RestorativeFindings");
            s.Signature();
            break;
        case catalog::kSheetDefConsentTreatment:
            s.Title("Consent for Treatment");
            s.Output("patient.nameFL");
            s.Paragraph(
                "I authorize the dentist and staff to perform the treatment discussed with me, including any anesthesia "
                "needed. The benefits, risks and alternatives have been explained and my questions answered.",
                100);
            s.Signature();
            break;
        case catalog::kSheetDefConsentExtraction:
            s.Title("Consent for Extraction");
            s.Output("patient.nameFL");
            s.Paragraph(
                "I understand that removing a tooth can cause swelling, bleeding, bruising, dry socket, numbness of the lip "
                "or tongue, or damage to nearby teeth, and that additional treatment may be required.",
                100);
            s.Input("Tooth Number(s)", "misc", true, "ExtractionTeeth");
            s.Signature();
            break;
        case catalog::kSheetDefHipaa:
            s.Title("Notice of Privacy Practices Acknowledgement");
            s.Paragraph("I acknowledge that I have been offered a copy of this office's Notice of Privacy Practices.", 60);
            s.Check("I received or declined a copy of the Notice of Privacy Practices", "HipaaAcknowledged");
            s.Signature();
            break;
        default:
            s.Title("Financial Policy");
            s.Paragraph(
                "Payment is due when services are rendered. We bill insurance as a courtesy; any balance not paid by "
                "insurance within 60 days is the responsibility of the patient or guarantor.",
                80);
            s.Check("I have read and agree to the financial policy", "FinancialPolicyAgreed");
            s.Signature();
            break;
    }
    return s.fields();
}

void EmitSheets(const Practice& practice, RowSink& sink) {
    if (sink.Wants(TableId::sheetdef)) {
        namespace c = col::sheetdef;
        Row row(TableId::sheetdef);
        for (const SheetSpec& sheet : kSheets) {
            EntityRng rng(practice.params.seed, Stream::kSheetDef, static_cast<uint64_t>(sheet.sheet_def_num));
            const bool patient_facing = sheet.sheet_type != 13;  // the exam sheet is filled in by the provider
            row.Reset();
            row.Set(c::SheetDefNum, sheet.sheet_def_num)
                .Set(c::Description, sheet.description)
                .Set(c::SheetType, sheet.sheet_type)
                .Set(c::FontSize, 10.0)
                .Set(c::FontName, "Microsoft Sans Serif")
                .Set(c::Width, 850)
                .Set(c::Height, 1100 * sheet.page_count)
                .Set(c::IsLandscape, false)
                .Set(c::PageCount, sheet.page_count)
                .Set(c::IsMultiPage, sheet.page_count > 1)
                .Set(c::BypassGlobalLock, false)
                .Set(c::HasMobileLayout, patient_facing)
                .Set(c::DateTCreated, SetupStamp(practice, rng))
                .Set(c::RevID, 1 + static_cast<int>(rng.Uniform(0, 3)))  // a few edits since the form was first made
                .Set(c::AutoCheckSaveImage, true)
                .Set(c::AutoCheckSaveImageDocCategory, def::kImgPatientForms);
            sink.Write(row);
        }
    }
    if (!sink.Wants(TableId::sheetfielddef)) return;
    namespace c = col::sheetfielddef;
    Row row(TableId::sheetfielddef);
    int64_t field_num = 0;
    for (const SheetSpec& sheet : kSheets) {
        int tab_order = 0;
        for (const FieldSpec& field : SheetFields(sheet.sheet_def_num)) {
            const bool fillable = field.field_type == 1 || field.field_type == 8;
            const int tab = fillable ? ++tab_order : 0;
            row.Reset();
            row.Set(c::SheetFieldDefNum, ++field_num)
                .Set(c::SheetDefNum, sheet.sheet_def_num)
                .Set(c::FieldType, field.field_type)
                .Set(c::FieldName, field.name)
                .Set(c::FieldValue, field.value)
                .Set(c::FontSize, static_cast<double>(field.font_size))
                .Set(c::FontName, "Microsoft Sans Serif")
                .Set(c::FontIsBold, field.bold)
                .Set(c::XPos, field.x)
                .Set(c::YPos, field.y)
                .Set(c::Width, field.width)
                .Set(c::Height, field.height)
                .Set(c::GrowthBehavior, 0)
                .Set(c::RadioButtonValue, field.radio_value)
                .Set(c::RadioButtonGroup, field.radio_group)
                .Set(c::IsRequired, field.required)
                .Set(c::TabOrder, tab)
                .Set(c::ReportableName, field.reportable_name)
                .Set(c::TextAlign, 0)
                .Set(c::IsPaymentOption, false)
                .Set(c::ItemColor, Argb(0, 0, 0))
                .Set(c::IsLocked, false)
                .Set(c::TabOrderMobile, tab)
                .Set(c::UiLabelMobile, field.field_type == 9 ? "Signature" : "")
                .Set(c::LayoutMode, false)
                .Set(c::CanElectronicallySign, field.field_type == 9)
                .Set(c::IsSigProvRestricted, field.field_type == 9 && sheet.sheet_type == 13);
            sink.Write(row);
        }
    }
}

// ---- zip codes ----

// The practice's area (Portland, Oregon metro), nearest first; real city names and zip codes,
// which are public postal data, not personal data.
constexpr ZipCodeEntry kZipCodes[] = {
    {"97201", "Portland", "OR"},    {"97205", "Portland", "OR"},      {"97209", "Portland", "OR"},    {"97210", "Portland", "OR"},
    {"97212", "Portland", "OR"},    {"97213", "Portland", "OR"},      {"97214", "Portland", "OR"},    {"97215", "Portland", "OR"},
    {"97219", "Portland", "OR"},    {"97202", "Portland", "OR"},      {"97206", "Portland", "OR"},    {"97211", "Portland", "OR"},
    {"97217", "Portland", "OR"},    {"97218", "Portland", "OR"},      {"97220", "Portland", "OR"},    {"97221", "Portland", "OR"},
    {"97225", "Portland", "OR"},    {"97229", "Portland", "OR"},      {"97005", "Beaverton", "OR"},   {"97006", "Beaverton", "OR"},
    {"97007", "Beaverton", "OR"},   {"97008", "Beaverton", "OR"},     {"97223", "Tigard", "OR"},      {"97224", "Tigard", "OR"},
    {"97034", "Lake Oswego", "OR"}, {"97035", "Lake Oswego", "OR"},   {"97222", "Milwaukie", "OR"},   {"97267", "Milwaukie", "OR"},
    {"97030", "Gresham", "OR"},     {"97080", "Gresham", "OR"},       {"97123", "Hillsboro", "OR"},   {"97124", "Hillsboro", "OR"},
    {"97062", "Tualatin", "OR"},    {"97068", "West Linn", "OR"},     {"97045", "Oregon City", "OR"}, {"97086", "Happy Valley", "OR"},
    {"97015", "Clackamas", "OR"},   {"97140", "Sherwood", "OR"},      {"97070", "Wilsonville", "OR"}, {"97060", "Troutdale", "OR"},
    {"98660", "Vancouver", "WA"},   {"98661", "Vancouver", "WA"},     {"98662", "Vancouver", "WA"},   {"98664", "Vancouver", "WA"},
    {"98682", "Vancouver", "WA"},   {"98683", "Vancouver", "WA"},     {"98684", "Vancouver", "WA"},   {"98607", "Camas", "WA"},
    {"98671", "Washougal", "WA"},   {"98604", "Battle Ground", "WA"},
};

// The nearest zips are the ones typed most; OpenDental lists "frequent" zips first.
constexpr size_t kFrequentZipCount = 10;

void EmitZipCodes(const Practice& practice, RowSink& sink) {
    if (!sink.Wants(TableId::zipcode)) return;
    namespace c = col::zipcode;
    Row row(TableId::zipcode);
    const std::span<const ZipCodeEntry> zips = PracticeZipCodes(practice.params);
    for (size_t i = 0; i < zips.size(); ++i) {
        row.Reset();
        row.Set(c::ZipCodeNum, static_cast<int64_t>(i) + 1)
            .Set(c::ZipCodeDigits, zips[i].digits)
            .Set(c::City, zips[i].city)
            .Set(c::State, zips[i].state)
            .Set(c::IsFrequent, i < kFrequentZipCount);
        sink.Write(row);
    }
}

}  // namespace

std::span<const ZipCodeEntry> PracticeZipCodes(const GenerationParams& params) {
    // A bigger practice draws from a wider area: 20 zips, plus one per 250 patients, up to the list.
    const int64_t wanted = std::clamp<int64_t>(20 + params.patients / 250, 20, static_cast<int64_t>(std::size(kZipCodes)));
    return std::span<const ZipCodeEntry>(kZipCodes, static_cast<size_t>(wanted));
}

void EmitOfficeCatalog(const Practice& practice, RowSink& out) {
    ProducerSink sink(out, kProducer);
    // Fixed lists; only sheet stamps and revisions are drawn.
    EmitClaimForms(practice, sink);
    EmitPrograms(practice, sink);
    EmitSheets(practice, sink);
    EmitZipCodes(practice, sink);
}

}  // namespace dentsynth::core
