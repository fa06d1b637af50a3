// The images and scans in a patient's chart (document): one radiograph per x-ray procedure done
// (full-mouth series, bitewings, periapicals, panoramic), an intraoral photo of each crown tooth,
// and at the first kept visit a patient photo and a scan of the insurance card. Each is created
// during the visit that made it and never edited. (Forms' PDFs: patient_forms.cpp.)
// Vocabulary (OpenDental): ImgType is ImageType (0 document, 1 radiograph, 2 photo, 3 file);
// DocCategory a category-18 image-category DefNum. Rates: docs/BUSINESS_LOGIC.md ("front-office records").
#include <string>

#include "core/clinical/patient_documents.hpp"
#include "core/patients/roster.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/practice/office_records.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

constexpr int kImgDocument = 0;
constexpr int kImgRadiograph = 1;
constexpr int kImgPhoto = 2;

constexpr double kPatientPhotoChance = 0.60;  // offices that photograph patients for the chart
constexpr double kCardScanChance = 0.85;  // insured patients whose card is scanned at the first visit

struct ImageKind {
    const char* code;
    int64_t category;
    const char* tag;  // file name suffix
    const char* description;
};

constexpr ImageKind kRadiographs[] = {
    {"D0210", def::kImgFullMouthSeries, "FMX", "Full mouth series"}, {"D0272", def::kImgBitewings, "BWX", "Bitewings, 2 films"},
    {"D0274", def::kImgBitewings, "BWX", "Bitewings, 4 films"},      {"D0270", def::kImgBitewings, "BWX", "Bitewing, 1 film"},
    {"D0273", def::kImgBitewings, "BWX", "Bitewings, 3 films"},      {"D0220", def::kImgPeriapicals, "PA", "Periapical"},
    {"D0230", def::kImgPeriapicals, "PA", "Periapical, additional"}, {"D0330", def::kImgPanoramic, "PANO", "Panoramic"},
};

const ImageKind* RadiographOf(const ProcedureStory& p) {
    for (const ImageKind& kind : kRadiographs)
        if (p.code->code == kind.code) return &kind;
    return nullptr;
}

std::string Compact(Date d) {
    const CivilDate c = ToCivil(d);
    const int value = c.year * 10000 + c.month * 100 + c.day;
    return std::to_string(value);
}

class ImageWriter {
public:
    ImageWriter(const PatientContext& patient, const PatientLife& life, RowSink& sink)
        : patient_(patient), life_(life), sink_(sink), row_(TableId::document) {}

    void WriteAll() {
        for (const ProcedureStory& p : life_.procedures) {
            if (p.completed == kZeroTimestamp || p.apt_num == 0) continue;
            const AppointmentStory* apt = AppointmentOf(p.apt_num);
            if (apt == nullptr) continue;
            const int64_t local = p.proc_num - PatientKey(life_.pat_num, 0);
            if (const ImageKind* kind = RadiographOf(p)) {
                EntityRng rng = RngOf(local);
                const Timestamp taken = AddMinutes(apt->slot.start, rng.Uniform(5, std::max(6, apt->minutes / 3)));
                const std::string teeth = kind->category == def::kImgPeriapicals ? p.tooth : "";
                Write(local, taken, kind->category, kImgRadiograph, kind->tag + teeth, kind->description, teeth, p.prov_num);
            } else if (p.code->code == "D2740") {
                EntityRng rng = RngOf(60000 + local);
                const Timestamp taken = AddMinutes(apt->slot.start, rng.Uniform(3, 10));
                Write(60000 + local, taken, def::kImgIntraoralPhotos, kImgPhoto, "IO" + p.tooth,
                      "Intraoral photo #" + p.tooth + " crown prep", p.tooth, p.prov_num);
            }
        }
        FirstVisitScans();
    }

private:
    EntityRng RngOf(int64_t local) const {
        return EntityRng(patient_.practice.params.seed, Stream::kPatientImage, static_cast<uint64_t>(PatientKey(life_.pat_num, local)));
    }

    const AppointmentStory* AppointmentOf(int64_t apt_num) const {
        for (const AppointmentStory& apt : life_.appointments)
            if (apt.apt_num == apt_num) return &apt;
        return nullptr;
    }

    // The patient photo and insurance card scan taken at check-in for the first kept visit.
    void FirstVisitScans() {
        const AppointmentStory* first = nullptr;
        for (const AppointmentStory& apt : life_.appointments)
            if (apt.outcome == Outcome::kKept && (first == nullptr || apt.slot.start < first->slot.start)) first = &apt;
        if (first == nullptr) return;
        const Timestamp check_in = AddMinutes(first->slot.start, -8);
        EntityRng rng = RngOf(70001);
        if (rng.Chance(kPatientPhotoChance))
            Write(70001, check_in, def::kImgPatientPhotos, kImgPhoto, "PHOTO", "Patient photo", "", patient_.family.dentist);
        bool covered = false;
        const Date day = DateOf(first->slot.start);
        for (const Subscription& s : patient_.family.subscriptions)
            covered = covered || (s.effective <= day && (s.term == kZeroDate || s.term > day));
        EntityRng card = RngOf(70002);
        if (covered && card.Chance(kCardScanChance))
            Write(70002, AddMinutes(check_in, 1), def::kImgInsurance, kImgDocument, "INSCARD", "Insurance card, front and back", "",
                  patient_.family.dentist);
    }

    void Write(int64_t local, Timestamp created, int64_t category, int img_type, const std::string& tag, const std::string& description,
               const std::string& teeth, int64_t prov_num) {
        if (!patient_.Happened(created)) return;
        namespace c = col::document;
        const bool radiograph = img_type == kImgRadiograph;
        row_.Reset();
        row_.Set(c::DocNum, PatientKey(life_.pat_num, local))
            .Set(c::Description, description)
            .Set(c::DateCreated, created)
            .Set(c::DocCategory, category)
            .Set(c::PatNum, life_.pat_num)
            .Set(c::FileName, std::to_string(life_.pat_num) + "_" + Compact(DateOf(created)) + "_" + tag + ".jpg")
            .Set(c::ImgType, img_type)
            .Set(c::IsFlipped, false)
            .Set(c::DegreesRotated, 0.0)
            .Set(c::ToothNumbers, teeth)
            .Set(c::Note, "")
            .Set(c::SigIsTopaz, false)
            .Set(c::Signature, "")
            .Set(c::WindowingMin, 0)
            .Set(c::WindowingMax, radiograph ? 255 : 0)
            .Set(c::MountItemNum, int64_t{0})
            .Set(c::DateTStamp, created)
            .Set(c::ProvNum, prov_num)
            .Set(c::IsCropOld, false)
            .Set(c::ImageCaptureType, false)
            .Set(c::PrintHeading, false)
            .Set(c::ChartLetterStatus, false)
            .Set(c::UserNum, ProviderUserNum(patient_.practice, prov_num, patient_.family.entry_user));
        sink_.Write(row_);
    }

    const PatientContext& patient_;
    const PatientLife& life_;
    RowSink& sink_;
    Row row_;
};

}  // namespace

void EmitPatientImages(const PatientContext& patient, const PatientLife& life, RowSink& out) {
    ProducerSink sink(out, kProducer);
    if (!sink.WantsAny()) return;
    ImageWriter(patient, life, sink).WriteAll();
}

}  // namespace dentsynth::core
