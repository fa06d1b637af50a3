// The forms a patient fills in (sheet, sheetfield) and the PDF each is saved as (document, Patient
// Forms category, as the sheet definitions' AutoCheckSaveImage asks). At the first kept visit:
// registration, health history, privacy acknowledgement and financial policy, filled online before
// the visit (web forms) or on the office tablet at check-in; a health-history update at the first
// visit a year or more after the last one; the provider's exam sheet at a comprehensive exam; a
// consent for crowns, root canals, build-ups and scaling and root planing, and one for extractions.
// The sheet definitions and their fields are the practice catalogue's (office_catalog.cpp), read by
// running its emitter into a capturing sink, so ids and layouts cannot drift apart. Every sheet field
// of the definition gets a row: inputs hold the patient's answers, check boxes "X" or "", static text
// its label, signature boxes stay empty. Rates: docs/BUSINESS_LOGIC.md ("front-office records").
#include <algorithm>
#include <string>
#include <vector>

#include "core/clinical/medical_history.hpp"
#include "core/clinical/patient_documents.hpp"
#include "core/patients/roster.hpp"
#include "core/practice/catalog_tables.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"
#include "core/visits/visit_tables.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

constexpr double kWebFormChance = 0.35;  // new-patient packets filled online before the visit
constexpr double kTobaccoChance = 0.12;  // adults answering yes to tobacco use
constexpr double kLatexChance = 0.02;
constexpr int kHistoryUpdateDays = 365;  // health history reviewed yearly

// Form slots within a visit (the sheet local is kFormsPerVisit * (appointment index + 1) + slot).
enum FormSlot { kSlotRegistration, kSlotHistory, kSlotHipaa, kSlotFinancial, kSlotExam, kSlotConsentTx, kSlotConsentExt };

struct FieldDef {
    int64_t num;
    int type;
    std::string name, value, font_name, radio_value, radio_group, reportable, ui_label;
    double font_size;
    bool bold, required, locked, can_sign, sig_restricted;
    int x, y, width, height, tab, tab_mobile, align, color;
};

struct SheetDefInfo {
    int64_t num;
    std::string description, font_name;
    int type, width, height, rev;
    double font_size;
    bool landscape, multi_page, mobile;
    std::vector<FieldDef> fields;
};

// Collects the practice's sheetdef and sheetfielddef rows.
class CatalogCapture : public RowSink {
public:
    std::vector<SheetDefInfo> defs;
    bool Wants(TableId table) const override { return table == TableId::sheetdef || table == TableId::sheetfielddef; }
    void Write(const Row& r) override {
        if (r.table() == TableId::sheetdef) {
            namespace c = col::sheetdef;
            defs.push_back({r[c::SheetDefNum].integer,
                            r[c::Description].text,
                            r[c::FontName].text,
                            static_cast<int>(r[c::SheetType].integer),
                            static_cast<int>(r[c::Width].integer),
                            static_cast<int>(r[c::Height].integer),
                            static_cast<int>(r[c::RevID].integer),
                            r[c::FontSize].real,
                            r[c::IsLandscape].integer != 0,
                            r[c::IsMultiPage].integer != 0,
                            r[c::HasMobileLayout].integer != 0,
                            {}});
            return;
        }
        namespace c = col::sheetfielddef;
        FieldDef f{r[c::SheetFieldDefNum].integer,
                   static_cast<int>(r[c::FieldType].integer),
                   r[c::FieldName].text,
                   r[c::FieldValue].text,
                   r[c::FontName].text,
                   r[c::RadioButtonValue].text,
                   r[c::RadioButtonGroup].text,
                   r[c::ReportableName].text,
                   r[c::UiLabelMobile].text,
                   r[c::FontSize].real,
                   r[c::FontIsBold].integer != 0,
                   r[c::IsRequired].integer != 0,
                   r[c::IsLocked].integer != 0,
                   r[c::CanElectronicallySign].integer != 0,
                   r[c::IsSigProvRestricted].integer != 0,
                   static_cast<int>(r[c::XPos].integer),
                   static_cast<int>(r[c::YPos].integer),
                   static_cast<int>(r[c::Width].integer),
                   static_cast<int>(r[c::Height].integer),
                   static_cast<int>(r[c::TabOrder].integer),
                   static_cast<int>(r[c::TabOrderMobile].integer),
                   static_cast<int>(r[c::TextAlign].integer),
                   static_cast<int>(r[c::ItemColor].integer)};
        for (SheetDefInfo& d : defs)
            if (d.num == r[c::SheetDefNum].integer) d.fields.push_back(std::move(f));
    }
};

// The practice's sheet definitions, captured once per thread and set of parameters. The
// catalogue is a pure function of the parameters, so the key is the parameters themselves (never
// the practice's address, which a later call may reuse).
const std::vector<SheetDefInfo>& SheetDefsOf(const Practice& practice) {
    struct Cache {
        bool filled = false;
        uint64_t seed = 0;
        int64_t patients = 0;
        int32_t start = 0;
        int64_t as_of = 0;
        std::vector<SheetDefInfo> defs;
    };
    thread_local Cache cache;
    const GenerationParams& p = practice.params;
    if (!cache.filled || cache.seed != p.seed || cache.patients != p.patients || cache.start != p.start_date.days ||
        cache.as_of != p.as_of.micros) {
        CatalogCapture capture;
        EmitOfficeCatalog(practice, capture);
        cache = Cache{true, p.seed, p.patients, p.start_date.days, p.as_of.micros, std::move(capture.defs)};
    }
    return cache.defs;
}

std::string DayText(Date d) {
    const CivilDate c = ToCivil(d);
    return std::to_string(c.month) + "/" + std::to_string(c.day) + "/" + std::to_string(c.year);
}

std::string Compact(Date d) {
    const CivilDate c = ToCivil(d);
    return std::to_string(c.year * 10000 + c.month * 100 + c.day);
}

struct PlannedForm {
    int64_t local;
    int64_t def_num;
    Timestamp when;
    bool web;
    const AppointmentStory* apt;
};

class FormWriter {
public:
    FormWriter(const PatientContext& patient, const PatientLife& life, RowSink& sink)
        : patient_(patient),
          life_(life),
          sink_(sink),
          defs_(SheetDefsOf(patient.practice)),
          sheet_(TableId::sheet),
          field_(TableId::sheetfield),
          document_(TableId::document) {}

    void WriteAll() {
        const std::vector<PlannedForm> forms = Plan();
        if (forms.empty()) return;
        answers_ = EntityRng(patient_.practice.params.seed, Stream::kPatientForm, static_cast<uint64_t>(PatientKey(life_.pat_num, 0)));
        tobacco_ = answers_.Chance(kTobaccoChance);  // answered yes only on forms filled as an adult
        latex_ = answers_.Chance(kLatexChance);
        penicillin_ = BuildMedicalStory(patient_).penicillin_allergy;
        for (const PlannedForm& form : forms) {
            if (!patient_.Happened(form.when)) continue;
            const SheetDefInfo* def = DefOf(form.def_num);
            if (def == nullptr || (form.local + 1) * kFieldsPerSheet > kKeyStride) continue;
            WriteSheet(form, *def);
        }
    }

private:
    const SheetDefInfo* DefOf(int64_t num) const {
        for (const SheetDefInfo& d : defs_)
            if (d.num == num) return &d;
        return nullptr;
    }

    // Every form of the story, from the kept visits in time order (each decision looks only at
    // earlier visits, so the plan of past visits never changes as the story goes on).
    std::vector<PlannedForm> Plan() const {
        std::vector<size_t> kept;
        for (size_t i = 0; i < life_.appointments.size(); ++i)
            if (life_.appointments[i].outcome == Outcome::kKept) kept.push_back(i);
        std::stable_sort(kept.begin(), kept.end(),
                         [&](size_t a, size_t b) { return life_.appointments[a].slot.start < life_.appointments[b].slot.start; });
        std::vector<PlannedForm> forms;
        Date last_history = kZeroDate;
        for (const size_t i : kept) {
            const AppointmentStory& apt = life_.appointments[i];
            const AppointmentTimes t = TimesOf(apt, life_.pat_num);
            const int64_t base = kFormsPerVisit * (static_cast<int64_t>(i) + 1);
            const Date day = DateOf(apt.slot.start);
            if (last_history == kZeroDate) {
                EntityRng rng = RngOf(base + kSlotRegistration);
                const Timestamp online = AddMinutes(apt.created, rng.Uniform(60, 60 * 48));
                const bool web = rng.Chance(kWebFormChance) && online < AddMinutes(t.arrived, -60);
                const int64_t packet[] = {catalog::kSheetDefRegistration, catalog::kSheetDefMedicalHistory, catalog::kSheetDefHipaa,
                                          catalog::kSheetDefFinancialPolicy};
                for (int k = 0; k < 4; ++k)
                    forms.push_back({base + k, packet[k], web ? AddMinutes(online, 3 * k) : AddMinutes(t.arrived, -12 + 3 * k), web, &apt});
                last_history = day;
            } else if (day - last_history >= kHistoryUpdateDays) {
                forms.push_back({base + kSlotHistory, catalog::kSheetDefMedicalHistory, AddMinutes(t.arrived, -4), false, &apt});
                last_history = day;
            }
            if (DoneAt(apt, {"D0150"}))
                forms.push_back({base + kSlotExam, catalog::kSheetDefExam,
                                 AddMinutes(t.seated, std::min(25, std::max(1, apt.minutes - 10))), false, &apt});
            if (DoneAt(apt, {"D2740", "D3330", "D4341", "D2950"}))
                forms.push_back({base + kSlotConsentTx, catalog::kSheetDefConsentTreatment, AddMinutes(t.seated, 1), false, &apt});
            if (DoneAt(apt, {"D7140", "D7210"}))
                forms.push_back({base + kSlotConsentExt, catalog::kSheetDefConsentExtraction, AddMinutes(t.seated, 2), false, &apt});
        }
        return forms;
    }

    bool DoneAt(const AppointmentStory& apt, std::initializer_list<const char*> codes) const {
        for (const ProcedureStory& p : life_.procedures)
            if (p.apt_num == apt.apt_num && p.completed != kZeroTimestamp)
                for (const char* code : codes)
                    if (p.code->code == code) return true;
        return false;
    }

    std::string TeethDoneAt(const AppointmentStory& apt, std::initializer_list<const char*> codes) const {
        std::string teeth;
        for (const ProcedureStory& p : life_.procedures)
            if (p.apt_num == apt.apt_num && p.completed != kZeroTimestamp)
                for (const char* code : codes)
                    if (p.code->code == code && !p.tooth.empty()) teeth += (teeth.empty() ? "#" : ", #") + p.tooth;
        return teeth;
    }

    EntityRng RngOf(int64_t local) const {
        return EntityRng(patient_.practice.params.seed, Stream::kPatientForm, static_cast<uint64_t>(PatientKey(life_.pat_num, local)));
    }

    void WriteSheet(const PlannedForm& form, const SheetDefInfo& def) {
        const int64_t sheet_num = PatientKey(life_.pat_num, form.local);
        const int64_t doc_num = PatientKey(life_.pat_num, kFormDocLocalBase + form.local);
        if (sink_.Wants(TableId::sheet)) {
            namespace c = col::sheet;
            sheet_.Reset();
            sheet_.Set(c::SheetNum, sheet_num)
                .Set(c::SheetType, def.type)
                .Set(c::PatNum, life_.pat_num)
                .Set(c::DateTimeSheet, form.when)
                .Set(c::FontSize, def.font_size)
                .Set(c::FontName, def.font_name)
                .Set(c::Width, def.width)
                .Set(c::Height, def.height)
                .Set(c::IsLandscape, def.landscape)
                .Set(c::InternalNote, "")
                .Set(c::Description, def.description)
                .Set(c::ShowInTerminal, 0)
                .Set(c::IsWebForm, form.web)
                .Set(c::IsMultiPage, def.multi_page)
                .Set(c::IsDeleted, false)
                .Set(c::SheetDefNum, def.num)
                .Set(c::DocNum, doc_num)
                .Set(c::ClinicNum, int64_t{0})
                .Set(c::DateTSheetEdited, form.when)
                .Set(c::HasMobileLayout, def.mobile)
                // A web form keeps the number it had on the web-forms service; the sheet's own
                // number stands in for it (renumbered with it by the key plan, key_references.tsv).
                .Set(c::RevID, def.rev)
                .Set(c::WebFormSheetID, form.web ? sheet_num : int64_t{0});
            sink_.Write(sheet_);
        }
        if (sink_.Wants(TableId::sheetfield)) {
            namespace c = col::sheetfield;
            for (size_t i = 0; i < def.fields.size(); ++i) {
                const FieldDef& f = def.fields[i];
                field_.Reset();
                field_.Set(c::SheetFieldNum, PatientKey(life_.pat_num, form.local * kFieldsPerSheet + static_cast<int64_t>(i)))
                    .Set(c::SheetNum, sheet_num)
                    .Set(c::FieldType, f.type)
                    .Set(c::FieldName, f.name)
                    .Set(c::FieldValue, ValueOf(f, form))
                    .Set(c::FontSize, f.font_size)
                    .Set(c::FontName, f.font_name)
                    .Set(c::FontIsBold, f.bold)
                    .Set(c::XPos, f.x)
                    .Set(c::YPos, f.y)
                    .Set(c::Width, f.width)
                    .Set(c::Height, f.height)
                    .Set(c::GrowthBehavior, 0)
                    .Set(c::RadioButtonValue, f.radio_value)
                    .Set(c::RadioButtonGroup, f.radio_group)
                    .Set(c::IsRequired, f.required)
                    .Set(c::TabOrder, f.tab)
                    .Set(c::ReportableName, f.reportable)
                    .Set(c::TextAlign, f.align)
                    .Set(c::ItemColor, f.color)
                    .Set(c::DateTimeSig, kZeroTimestamp)
                    .Set(c::IsLocked, f.locked)
                    .Set(c::TabOrderMobile, f.tab_mobile)
                    .Set(c::UiLabelMobile, f.ui_label)
                    .Set(c::UiLabelMobileRadioButton, f.type == 8 ? f.radio_value : std::string())
                    .Set(c::SheetFieldDefNum, f.num)
                    .Set(c::CanElectronicallySign, f.can_sign)
                    .Set(c::IsSigProvRestricted, f.sig_restricted);
                sink_.Write(field_);
            }
        }
        if (sink_.Wants(TableId::document)) {
            namespace c = col::document;
            std::string name;
            for (const char ch : def.description)
                if (ch != ' ') name += ch;
            document_.Reset();
            document_.Set(c::DocNum, doc_num)
                .Set(c::Description, def.description)
                .Set(c::DateCreated, form.when)
                .Set(c::DocCategory, def::kImgPatientForms)
                .Set(c::PatNum, life_.pat_num)
                .Set(c::FileName, std::to_string(life_.pat_num) + "_" + Compact(DateOf(form.when)) + "_" + name + "_" +
                                      std::to_string(form.local) + ".pdf")
                .Set(c::ImgType, 0)
                .Set(c::IsFlipped, false)
                .Set(c::DegreesRotated, 0.0)
                .Set(c::ToothNumbers, "")
                .Set(c::Note, "")
                .Set(c::SigIsTopaz, false)
                .Set(c::Signature, "")
                .Set(c::MountItemNum, int64_t{0})
                .Set(c::DateTStamp, form.when)
                .Set(c::ProvNum, patient_.family.dentist)
                .Set(c::IsCropOld, false)
                .Set(c::ImageCaptureType, false)
                .Set(c::PrintHeading, false)
                .Set(c::ChartLetterStatus, false)
                .Set(c::UserNum, patient_.family.entry_user);
            sink_.Write(document_);
        }
    }

    // The subscription covering the patient on `day`, first in coverage order, or nullptr.
    const Subscription* CoverageOn(Date day, int& relationship) const {
        const FamilyStory& family = patient_.family;
        const PersonStory& person = patient_.person;
        auto covers = [&](const Subscription& s) { return s.effective <= day && (s.term == kZeroDate || s.term > day); };
        relationship = person.role == FamilyRole::kHead ? 0 : person.role == FamilyRole::kSpouse ? 1 : 2;
        if (person.role == FamilyRole::kSpouse && family.subscriptions.size() > 1 && covers(family.subscriptions[1])) {
            relationship = 0;
            return &family.subscriptions[1];
        }
        if (!family.subscriptions.empty() && covers(family.subscriptions[0])) return &family.subscriptions[0];
        return nullptr;
    }

    std::string ValueOf(const FieldDef& f, const PlannedForm& form) const {
        const FamilyStory& family = patient_.family;
        const PersonStory& person = patient_.person;
        const Date day = DateOf(form.when);
        switch (f.type) {
            case 2:
                return f.value;  // static text keeps its label
            case 0:  // output text
                if (f.name == "patient.nameFL") return person.first_name + " " + family.last_name;
                if (f.name == "dateToday") return DayText(day);
                return "";
            case 1:
                return InputValue(f, form);
            case 8:
                return Checked(f, form) ? "X" : "";
            default:
                return "";  // lines, signature boxes
        }
    }

    std::string InputValue(const FieldDef& f, const PlannedForm& form) const {
        const FamilyStory& family = patient_.family;
        const PersonStory& person = patient_.person;
        const std::string& n = f.name;
        if (n == "LName") return family.last_name;
        if (n == "FName") return person.first_name;
        if (n == "MiddleI") return person.middle_initial;
        if (n == "Preferred") return person.preferred;
        if (n == "Birthdate") return DayText(person.birthdate);
        if (n == "Address") return family.address;
        if (n == "City") return std::string(family.city->city);
        if (n == "State") return std::string(family.city->state);
        if (n == "Zip") return std::string(family.city->zip);
        if (n == "HmPhone") return family.home_phone;
        if (n == "WirelessPhone") return person.wireless_phone;
        if (n == "Email") return person.email;
        if (n == "ICEName") return family.last_name + " household";
        if (n == "ICEPhone") return family.home_phone;
        if (n == "inputMed1") return person.premed ? "Amoxicillin 2 g one hour before dental visits" : "";
        if (n.rfind("ins1", 0) == 0) {
            int relationship = 0;
            const Subscription* sub = CoverageOn(DateOf(form.when), relationship);
            if (sub == nullptr) return "";
            if (n == "ins1CarrierName") return CarrierName(sub->plan_num);
            if (n == "ins1SubscriberNameF") return SubscriberName(sub->subscriber);
            if (n == "ins1SubscriberID") return sub->subscriber_id;
            return "";
        }
        if (f.reportable == "ChiefComplaint") return form.apt->kind == VisitKind::kEmergency ? "Toothache" : "None, routine visit";
        if (f.reportable == "BloodPressure") {
            EntityRng rng = RngOf(form.local);
            return std::to_string(rng.Uniform(108, 142)) + "/" + std::to_string(rng.Uniform(68, 90));
        }
        if (f.reportable == "Pulse") return std::to_string(RngOf(form.local + 1).Uniform(58, 92));
        if (f.reportable == "PerioFindings")
            return life_.perio && life_.perio_since != kZeroDate && life_.perio_since <= DateOf(form.when)
                       ? "Generalized 4-6 mm pockets with bleeding; SRP advised"
                       : "Pockets 1-3 mm, localized gingivitis";
        if (f.reportable == "RestorativeFindings") {
            int found = 0;
            for (const ProcedureStory& p : life_.procedures)
                if (p.initial_status == kProcTreatPlanned && p.entry == AddMinutes(form.apt->slot.start, 30)) ++found;
            return found == 0 ? "No new findings" : std::to_string(found) + " item(s) charted for treatment";
        }
        if (f.reportable == "ExtractionTeeth") return TeethDoneAt(*form.apt, {"D7140", "D7210"});
        return "";
    }

    bool Checked(const FieldDef& f, const PlannedForm& form) const {
        const PersonStory& person = patient_.person;
        const std::string& n = f.name;
        if (n == "Gender") return f.radio_value == (person.female ? "Female" : "Male");
        if (n == "Position") return f.radio_value == (person.position == 1 ? "Married" : person.position == 2 ? "Child" : "Single");
        if (n == "ins1Relat") {
            int relationship = 0;
            if (CoverageOn(DateOf(form.when), relationship) == nullptr) return false;
            return f.radio_value == (relationship == 0 ? "Self" : relationship == 1 ? "Spouse" : "Child");
        }
        if (n.rfind("problem:", 0) == 0 || n.rfind("allergy:", 0) == 0) {
            bool yes = false;
            if (n == "problem:Artificial Joint") yes = person.premed;
            if (n == "problem:Tobacco Use") yes = tobacco_ && (DateOf(form.when) - person.birthdate) / 365 >= 18;
            if (n == "allergy:Penicillin") yes = penicillin_;
            if (n == "allergy:Latex") yes = latex_;
            return f.radio_value == (yes ? "Y" : "N");
        }
        return !f.reportable.empty();  // acknowledgements and exam checks are ticked
    }

    std::string CarrierName(int64_t plan_num) const {
        const CarrierInfo* carrier = CarrierOfPlan(patient_.practice, plan_num);
        return carrier ? carrier->name : "";
    }

    std::string SubscriberName(int64_t subscriber) const {
        if (subscriber == patient_.person.pat_num) return patient_.person.first_name + " " + patient_.family.last_name;
        const PersonStory other = BuildPerson(patient_.practice, patient_.family, subscriber);
        return other.first_name + " " + patient_.family.last_name;
    }

    const PatientContext& patient_;
    const PatientLife& life_;
    RowSink& sink_;
    const std::vector<SheetDefInfo>& defs_;
    Row sheet_;
    Row field_;
    Row document_;
    EntityRng answers_{0, Stream::kPatientForm, 0};
    bool tobacco_ = false;
    bool latex_ = false;
    bool penicillin_ = false;
};

}  // namespace

void EmitPatientForms(const PatientContext& patient, const PatientLife& life, RowSink& out) {
    ProducerSink sink(out, kProducer);
    if (!sink.WantsAny()) return;
    FormWriter(patient, life, sink).WriteAll();
}

}  // namespace dentsynth::core
