// The practice's outside partners: referral sources (first the marketing sources new patients
// name, such as "Google" or "Friend", then the dentists and specialists the office refers to and
// receives from), dental laboratories, and the pharmacies prescriptions are sent to.
// Counts scale with the practice; see docs/BUSINESS_LOGIC.md.
#include <algorithm>
#include <cctype>
#include <string>

#include "core/generated/schema_tables.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/practice/name_lists.hpp"
#include "core/practice/partners.hpp"
#include "core/practice/practice.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

// Specialties of referring/referred-to doctors, by how often a general practice deals with them.
constexpr int64_t kReferralSpecialties[] = {def::kSpecialtyOralSurgery,  def::kSpecialtyEndodontics, def::kSpecialtyPeriodontics,
                                            def::kSpecialtyOrthodontics, def::kSpecialtyPediatric,   def::kSpecialtyGeneral};
constexpr double kReferralSpecialtyWeights[] = {0.25, 0.2, 0.15, 0.15, 0.1, 0.15};
constexpr const char* kPracticeWords[] = {"Oral Surgery", "Endodontics",         "Periodontics",
                                          "Orthodontics", "Pediatric Dentistry", "Family Dental"};

// An entry stamp for a partner: at setup, or added during the first two months of the practice's
// history. The day does not depend on as_of (a later as_of shows the same rows); only a history
// shorter than the two months clamps it.
constexpr int kPartnerEntryDays = 60;
Timestamp EntryStamp(const Practice& practice, EntityRng& rng, bool at_setup) {
    if (at_setup) return SetupStamp(practice, rng);
    const Date day = practice.params.start_date + static_cast<int>(rng.Uniform(0, kPartnerEntryDays));
    const Timestamp stamp =
        std::max(practice.setup_time, At(day, static_cast<int>(rng.Uniform(8, 16)), static_cast<int>(rng.Uniform(0, 59))));
    return practice.params.NoLaterThanCut(stamp);
}

std::string Slug(std::string_view name) {
    std::string out;
    for (const char c : name)
        if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

int64_t PatientSourceReferralCount() { return static_cast<int64_t>(names::PatientSourceNames().size()); }

void BuildPartners(Practice& practice) {
    const int64_t patients = practice.params.patients;
    // Doctors: 6 at minimum (one of each specialty nearby), plus one per 500 patients.
    practice.referral_count = PatientSourceReferralCount() + std::clamp<int64_t>(6 + patients / 500, 6, 400);
    // Labs: 3 (crown & bridge, dentures, appliances), a 4th and 5th for larger offices.
    practice.laboratory_count = 3 + (patients >= 3000 ? 1 : 0) + (patients >= 8000 ? 1 : 0);
    // Pharmacies patients name: 5 + 1 per 1,000 patients, at most the 16 names we have (15 used).
    practice.pharmacy_count = std::clamp<int64_t>(5 + patients / 1000, 5, 15);
}

namespace {

// Which specialty a doctor referral is (an index into kReferralSpecialties).
int DrawSpecialtyIndex(EntityRng& rng) { return rng.Weighted(kReferralSpecialtyWeights); }

}  // namespace

int64_t ReferralSpecialty(const Practice& practice, int64_t referral_num) {
    EntityRng rng(practice.params.seed, Stream::kReferral, static_cast<uint64_t>(referral_num));
    return kReferralSpecialties[DrawSpecialtyIndex(rng)];
}

namespace {

void EmitReferrals(const Practice& practice, RowSink& sink) {
    if (!sink.Wants(TableId::referral)) return;
    namespace c = col::referral;
    Row row(TableId::referral);
    const auto sources = names::PatientSourceNames();
    for (int64_t num = 1; num <= practice.referral_count; ++num) {
        EntityRng rng(practice.params.seed, Stream::kReferral, static_cast<uint64_t>(num));
        row.Reset();
        row.Set(c::ReferralNum, num)
            .Set(c::UsingTIN, false)
            .Set(c::IsHidden, false)
            .Set(c::IsTrustedDirect, false)
            .Set(c::PatNum, int64_t{0})
            .Set(c::Slip, int64_t{0});
        if (num <= PatientSourceReferralCount()) {
            row.Set(c::LName, sources[static_cast<size_t>(num - 1)])
                .Set(c::NotPerson, true)
                .Set(c::IsDoctor, false)
                .Set(c::IsPreferred, false)
                .Set(c::Specialty, int64_t{0})
                .Set(c::DateTStamp, EntryStamp(practice, rng, true));
        } else {
            const int specialty = DrawSpecialtyIndex(rng);  // the first draw of the engine: see ReferralSpecialty
            const names::CityStateZip& city = names::PickCity(rng);
            std::string first(names::PickFirstName(rng, rng.Chance(0.45)));
            std::string last(names::PickLastName(rng));
            std::string npi;
            rng.Digits(9, npi);
            const std::string business = last + " " + kPracticeWords[specialty];
            row.Set(c::LName, last)
                .Set(c::FName, first)
                .Set(c::MName, names::PickMiddleInitial(rng))
                .Set(c::Specialty, kReferralSpecialties[specialty])
                .Set(c::ST, city.state)
                .Set(c::Telephone, names::PickPhoneDigits(rng, city.area_code))
                .Set(c::Address, names::PickStreetAddress(rng))
                .Set(c::Address2, names::PickAddressLine2(rng, 0.6))
                .Set(c::City, city.city)
                .Set(c::Zip, city.zip)
                .Set(c::NotPerson, false)
                .Set(c::Title, rng.Chance(0.5) ? "DDS" : "DMD")
                .Set(c::EMail, "office@" + Slug(business) + ".example")
                .Set(c::NationalProvID, "9" + npi)
                .Set(c::IsDoctor, true)
                .Set(c::IsPreferred, rng.Chance(0.3))
                .Set(c::BusinessName, business)
                // The core network was entered at setup; others were added as the office met them.
                .Set(c::DateTStamp, EntryStamp(practice, rng, rng.Chance(0.6)));
        }
        sink.Write(row);
    }
}

void EmitLaboratories(const Practice& practice, RowSink& sink) {
    if (!sink.Wants(TableId::laboratory)) return;
    namespace c = col::laboratory;
    Row row(TableId::laboratory);
    const auto labs = names::LabNames();
    const size_t offset =
        static_cast<size_t>(EntityRng(practice.params.seed, Stream::kLaboratory, 0).Uniform(0, static_cast<int64_t>(labs.size()) - 1));
    for (int64_t num = 1; num <= practice.laboratory_count; ++num) {
        EntityRng rng(practice.params.seed, Stream::kLaboratory, static_cast<uint64_t>(num));
        const std::string_view name = labs[(offset + static_cast<size_t>(num - 1)) % labs.size()];
        const names::CityStateZip& city = names::PickCity(rng);
        row.Reset();
        row.Set(c::LaboratoryNum, num)
            .Set(c::Description, name)
            .Set(c::Phone, names::PickPhone(rng, city.area_code))
            .Set(c::Notes, rng.Chance(0.5) ? "Pickup daily at 3 pm" : "")
            .Set(c::Slip, int64_t{0})
            .Set(c::Address, names::PickStreetAddress(rng))
            .Set(c::City, city.city)
            .Set(c::State, city.state)
            .Set(c::Zip, city.zip)
            .Set(c::Email, "cases@" + Slug(name) + ".example")
            .Set(c::WirelessPhone, "")
            .Set(c::IsHidden, false);
        sink.Write(row);
    }
}

void EmitPharmacies(const Practice& practice, RowSink& sink) {
    const bool want_pharmacy = sink.Wants(TableId::pharmacy);
    const bool want_clinic = sink.Wants(TableId::pharmclinic);
    if (!want_pharmacy && !want_clinic) return;
    Row row(TableId::pharmacy);
    Row link(TableId::pharmclinic);
    const auto pharmacies = names::PharmacyNames();
    for (int64_t num = 1; num <= practice.pharmacy_count; ++num) {
        EntityRng rng(practice.params.seed, Stream::kPharmacy, static_cast<uint64_t>(num));
        const names::CityStateZip& city = names::PickCity(rng);
        std::string pharm_id;
        rng.Digits(7, pharm_id);
        if (want_pharmacy) {
            namespace c = col::pharmacy;
            row.Reset();
            row.Set(c::PharmacyNum, num)
                .Set(c::PharmID, pharm_id)
                .Set(c::StoreName, pharmacies[static_cast<size_t>(num - 1) % pharmacies.size()])
                .Set(c::Phone, names::PickPhone(rng, city.area_code))
                .Set(c::Fax, names::PickPhone(rng, city.area_code))
                .Set(c::Address, names::PickStreetAddress(rng))
                .Set(c::Address2, "")
                .Set(c::City, city.city)
                .Set(c::State, city.state)
                .Set(c::Zip, city.zip)
                .Set(c::Note, "")
                .Set(c::DateTStamp, EntryStamp(practice, rng, num <= 5));
            sink.Write(row);
        }
        if (want_clinic) {
            link.Reset();
            link.Set(col::pharmclinic::PharmClinicNum, num)
                .Set(col::pharmclinic::PharmacyNum, num)
                .Set(col::pharmclinic::ClinicNum, int64_t{0});
            sink.Write(link);
        }
    }
}

}  // namespace

void EmitPartnerTables(const Practice& practice, RowSink& out) {
    ProducerSink sink(out, kProducer);
    EmitReferrals(practice, sink);
    EmitLaboratories(practice, sink);
    EmitPharmacies(practice, sink);
}

}  // namespace dentsynth::core
