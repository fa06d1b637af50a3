// The practice's procedure code list and the procedurecode table. Codes are CDT code numbers
// (diagnostic D0xxx through adjunctive D9xxx) plus a few OpenDental-style practice codes (group
// note, no-charge visits, records copy); every description is our own short wording, never ADA
// descriptor text. Each code carries its category (definition category 11), treatment area, chair
// time, hygiene/radiology/prosthesis flags and a round-number US UCR fee (2023 approximations).
// Vocabulary: "area" is OpenDental's TreatArea (1 surface, 2 tooth, 3 mouth, 4 quadrant,
// 5 sextant, 6 arch); "paint" is OpenDental's ToothPaintingType for the chart graphic.
#include <cstdint>
#include <iterator>
#include <string_view>

#include "core/practice/catalog_tables.hpp"
#include "core/practice/definition_ids.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"
#include "core/core_only.hpp"

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

// One code of the list. flags: H hygiene, R radiology, P prosthesis, N not billed to insurance.
struct CodeSpec {
    const char* code;
    const char* abbreviation;
    const char* description;
    int64_t category_def;
    int treat_area;
    const char* flags;
    int minutes;
    int ucr_dollars;
    int paint_type;
    const char* layman;
    const char* substitution_code;  // the code insurance pays as (downgrade), '' for none
    int subst_only_if;  // OpenDental SubstitutionCondition: 0 always, 1 molar
};

// CodeNum i+1 is kCodes[i]: the order is part of the output (CodeNum 6 is D0180, fee under $1,000).
constexpr CodeSpec kCodes[] = {
    {"D0120", "PerEx", "Periodic oral evaluation, established patient", 73, 3, "", 10, 65, 0, "Checkup exam", "", 0},
    {"D0140", "LimEx", "Limited evaluation, problem focused", 73, 3, "", 15, 95, 0, "Emergency exam", "", 0},
    {"D0145", "ExU3", "Oral evaluation for a child under three", 73, 3, "", 15, 70, 0, "Toddler exam", "", 0},
    {"D0150", "CompEx", "Comprehensive oral evaluation, new or returning patient", 73, 3, "", 20, 110, 0, "New patient exam", "", 0},
    {"D0171", "ReEvPO", "Re-evaluation, post-operative office visit", 73, 3, "", 10, 60, 0, "Post-op check", "", 0},
    {"D0180", "PerioEx", "Comprehensive periodontal evaluation", 73, 3, "", 30, 125, 0, "Gum disease exam", "", 0},
    {"D0210", "FMX", "Intraoral complete series of radiographic images", 74, 3, "R", 20, 165, 0, "Full set of x-rays", "", 0},
    {"D0220", "PA", "Intraoral periapical, first radiographic image", 74, 2, "R", 5, 35, 0, "Single x-ray", "", 0},
    {"D0230", "PA+", "Intraoral periapical, each additional image", 74, 2, "R", 5, 28, 0, "", "", 0},
    {"D0270", "1BW", "Bitewing, single radiographic image", 74, 3, "R", 5, 30, 0, "", "", 0},
    {"D0272", "2BW", "Bitewings, two radiographic images", 74, 3, "R", 5, 50, 0, "", "", 0},
    {"D0273", "3BW", "Bitewings, three radiographic images", 74, 3, "R", 5, 60, 0, "", "", 0},
    {"D0274", "4BW", "Bitewings, four radiographic images", 74, 3, "R", 10, 70, 0, "Cavity-check x-rays", "", 0},
    {"D0330", "Pano", "Panoramic radiographic image", 74, 3, "R", 10, 130, 0, "Panoramic x-ray", "", 0},
    {"D0340", "Ceph", "Cephalometric radiographic image", 74, 3, "R", 10, 140, 0, "", "", 0},
    {"D0350", "Photo", "Oral/facial photographic images", 74, 3, "R", 10, 50, 0, "Photos", "", 0},
    {"D0364", "CBCTLim", "Cone beam CT capture and read, limited field of view", 74, 3, "R", 20, 350, 0, "3D scan", "", 0},
    {"D0367", "CBCT", "Cone beam CT capture and read, both jaws with cranium", 74, 3, "R", 20, 475, 0, "3D scan", "", 0},
    {"D0431", "CancScr", "Adjunctive pre-diagnostic oral cancer screening", 301, 3, "", 10, 75, 0, "Oral cancer screening", "", 0},
    {"D0460", "PulpVit", "Pulp vitality tests", 301, 2, "", 10, 60, 0, "Nerve test", "", 0},
    {"D0470", "Models", "Diagnostic casts", 301, 3, "", 15, 110, 0, "Study models", "", 0},
    {"D0601", "CRALow", "Caries risk assessment, low risk finding", 301, 3, "", 5, 20, 0, "", "", 0},
    {"D0602", "CRAMod", "Caries risk assessment, moderate risk finding", 301, 3, "", 5, 20, 0, "", "", 0},
    {"D0603", "CRAHigh", "Caries risk assessment, high risk finding", 301, 3, "", 5, 20, 0, "", "", 0},
    {"D0999", "DxUnsp", "Unspecified diagnostic procedure, by report", 301, 3, "", 15, 100, 0, "", "", 0},
    {"D1110", "Pro", "Prophylaxis, adult", 75, 3, "H", 50, 120, 0, "Cleaning", "", 0},
    {"D1120", "ProCh", "Prophylaxis, child", 75, 3, "H", 40, 85, 0, "Child cleaning", "", 0},
    {"D1206", "FlVarn", "Topical fluoride varnish application", 75, 3, "H", 5, 45, 0, "Fluoride", "", 0},
    {"D1208", "Fl", "Topical fluoride, other than varnish", 75, 3, "H", 5, 38, 0, "Fluoride", "", 0},
    {"D1330", "OHI", "Oral hygiene instructions", 75, 3, "H", 10, 35, 0, "Home care instructions", "", 0},
    {"D1354", "SDF", "Caries arresting medicament application, per tooth", 75, 2, "H", 5, 45, 0, "Silver diamine", "", 0},
    {"D1351", "Seal", "Sealant, per tooth", 76, 2, "H", 10, 55, 13, "Sealant", "", 0},
    {"D1352", "PRR", "Preventive resin restoration, permanent tooth", 76, 2, "", 15, 70, 13, "", "", 0},
    {"D1510", "SMUni", "Space maintainer, fixed, unilateral, per quadrant", 76, 4, "", 30, 380, 0, "Spacer", "", 0},
    {"D1516", "SMBiMx", "Space maintainer, fixed, bilateral, maxillary", 76, 6, "", 30, 550, 0, "Spacer", "", 0},
    {"D1517", "SMBiMd", "Space maintainer, fixed, bilateral, mandibular", 76, 6, "", 30, 550, 0, "Spacer", "", 0},
    {"D2140", "A1", "Amalgam restoration, one surface", 77, 1, "", 30, 150, 5, "Silver filling", "", 0},
    {"D2150", "A2", "Amalgam restoration, two surfaces", 77, 1, "", 40, 185, 5, "Silver filling", "", 0},
    {"D2160", "A3", "Amalgam restoration, three surfaces", 77, 1, "", 45, 225, 5, "Silver filling", "", 0},
    {"D2161", "A4", "Amalgam restoration, four or more surfaces", 77, 1, "", 50, 265, 5, "Silver filling", "", 0},
    {"D2330", "C1A", "Resin composite, one surface, anterior", 78, 1, "", 30, 160, 6, "White filling", "", 0},
    {"D2331", "C2A", "Resin composite, two surfaces, anterior", 78, 1, "", 35, 200, 6, "White filling", "", 0},
    {"D2332", "C3A", "Resin composite, three surfaces, anterior", 78, 1, "", 40, 240, 6, "White filling", "", 0},
    {"D2335", "C4A", "Resin composite, four or more surfaces, anterior", 78, 1, "", 45, 300, 6, "White filling", "", 0},
    {"D2391", "C1P", "Resin composite, one surface, posterior", 78, 1, "", 30, 180, 6, "White filling", "D2140", 0},
    {"D2392", "C2P", "Resin composite, two surfaces, posterior", 78, 1, "", 40, 230, 6, "White filling", "D2150", 0},
    {"D2393", "C3P", "Resin composite, three surfaces, posterior", 78, 1, "", 45, 285, 6, "White filling", "D2160", 0},
    {"D2394", "C4P", "Resin composite, four or more surfaces, posterior", 78, 1, "", 50, 340, 6, "White filling", "D2161", 0},
    {"D2710", "CrResInd", "Crown, indirect resin-based composite", 79, 2, "P", 60, 700, 8, "Crown", "", 0},
    {"D2740", "CrPorc", "Crown, porcelain/ceramic", 79, 2, "P", 90, 1300, 8, "Crown", "D2791", 1},
    {"D2750", "CrPFMHN", "Crown, porcelain fused to high noble metal", 79, 2, "P", 90, 1250, 8, "Crown", "D2791", 1},
    {"D2751", "CrPFMBM", "Crown, porcelain fused to base metal", 79, 2, "P", 90, 1100, 8, "Crown", "", 0},
    {"D2752", "CrPFMN", "Crown, porcelain fused to noble metal", 79, 2, "P", 90, 1150, 8, "Crown", "", 0},
    {"D2790", "CrFGHN", "Crown, full cast, high noble metal", 79, 2, "P", 90, 1200, 7, "Gold crown", "", 0},
    {"D2791", "CrFGBM", "Crown, full cast, base metal", 79, 2, "P", 90, 1050, 7, "Metal crown", "", 0},
    {"D2799", "CrProv", "Interim crown, not a final restoration", 79, 2, "", 30, 300, 8, "Temporary crown", "", 0},
    {"D2930", "SSCPr", "Prefabricated stainless steel crown, primary tooth", 79, 2, "P", 30, 280, 7, "Baby tooth crown", "", 0},
    {"D2520", "InMet2", "Inlay, metallic, two surfaces", 540, 1, "", 60, 950, 5, "Inlay", "", 0},
    {"D2543", "OnMet3", "Onlay, metallic, three surfaces", 540, 1, "", 75, 1100, 5, "Onlay", "", 0},
    {"D2620", "InPor2", "Inlay, porcelain/ceramic, two surfaces", 540, 1, "", 60, 1000, 6, "Inlay", "", 0},
    {"D2630", "InPor3", "Inlay, porcelain/ceramic, three or more surfaces", 540, 1, "", 60, 1050, 6, "Inlay", "", 0},
    {"D2642", "OnPor2", "Onlay, porcelain/ceramic, two surfaces", 540, 1, "", 75, 1100, 6, "Onlay", "", 0},
    {"D2643", "OnPor3", "Onlay, porcelain/ceramic, three surfaces", 540, 1, "", 75, 1150, 6, "Onlay", "", 0},
    {"D2910", "RecInl", "Re-cement or re-bond inlay, onlay or veneer", 548, 2, "", 20, 110, 0, "", "", 0},
    {"D2920", "RecCr", "Re-cement or re-bond crown", 548, 2, "", 20, 120, 0, "Re-glue crown", "", 0},
    {"D2940", "ProtRes", "Protective restoration", 548, 2, "", 20, 110, 6, "Sedative filling", "", 0},
    {"D2941", "ITR", "Interim therapeutic restoration, primary dentition", 548, 2, "", 15, 95, 6, "", "", 0},
    {"D2949", "RestFnd", "Restorative foundation for an indirect restoration", 548, 2, "", 20, 140, 4, "", "", 0},
    {"D2950", "BU", "Core buildup, including any pins", 548, 2, "", 30, 300, 4, "Buildup", "", 0},
    {"D2952", "PostCst", "Post and core, indirectly fabricated", 548, 2, "", 40, 450, 4, "Post", "", 0},
    {"D2954", "PostPre", "Prefabricated post and core", 548, 2, "", 40, 350, 4, "Post", "", 0},
    {"D2980", "CrRep", "Crown repair after restorative material failure", 548, 2, "", 30, 250, 0, "", "", 0},
    {"D2960", "VenDir", "Labial veneer, resin laminate, direct", 300, 2, "P", 60, 600, 14, "Veneer", "", 0},
    {"D2962", "VenPor", "Labial veneer, porcelain laminate, indirect", 300, 2, "P", 75, 1300, 14, "Veneer", "", 0},
    {"D2990", "ResInf", "Resin infiltration of an incipient smooth-surface lesion", 300, 2, "", 15, 120, 6, "", "", 0},
    {"D9972", "BlchOff", "External bleaching in office, per arch", 300, 6, "", 60, 350, 0, "Whitening", "", 0},
    {"D9974", "BlchInt", "Internal bleaching, per tooth", 300, 2, "", 30, 250, 0, "Whitening", "", 0},
    {"D9975", "BlchHome", "Home bleaching with custom trays, per arch", 300, 6, "", 30, 250, 0, "Take-home whitening", "", 0},
    {"D9971", "Odonto", "Odontoplasty, per tooth; enamel reshaping", 300, 2, "", 15, 95, 0, "Tooth reshaping", "", 0},
    {"D3110", "PCapD", "Pulp cap, direct", 80, 2, "", 15, 75, 0, "", "", 0},
    {"D3120", "PCapI", "Pulp cap, indirect", 80, 2, "", 15, 70, 0, "", "", 0},
    {"D3220", "Pulpot", "Therapeutic pulpotomy", 80, 2, "", 30, 220, 3, "Baby root canal", "", 0},
    {"D3221", "PulpDeb", "Pulpal debridement", 80, 2, "", 30, 250, 3, "Emergency nerve treatment", "", 0},
    {"D3310", "RCTAnt", "Endodontic therapy, anterior tooth", 80, 2, "", 60, 850, 3, "Root canal", "", 0},
    {"D3320", "RCTPre", "Endodontic therapy, premolar tooth", 80, 2, "", 75, 1000, 3, "Root canal", "", 0},
    {"D3330", "RCTMol", "Endodontic therapy, molar tooth", 80, 2, "", 90, 1200, 3, "Root canal", "", 0},
    {"D3346", "ReRCTA", "Retreatment of previous root canal, anterior", 80, 2, "", 75, 1050, 3, "Root canal redo", "", 0},
    {"D3347", "ReRCTP", "Retreatment of previous root canal, premolar", 80, 2, "", 90, 1200, 3, "Root canal redo", "", 0},
    {"D3348", "ReRCTM", "Retreatment of previous root canal, molar", 80, 2, "", 120, 1450, 3, "Root canal redo", "", 0},
    {"D3410", "ApicoA", "Apicoectomy, anterior", 80, 2, "", 60, 950, 0, "", "", 0},
    {"D3421", "ApicoP", "Apicoectomy, premolar, first root", 80, 2, "", 60, 1050, 0, "", "", 0},
    {"D3425", "ApicoM", "Apicoectomy, molar, first root", 80, 2, "", 75, 1150, 0, "", "", 0},
    {"D4210", "Ging4", "Gingivectomy or gingivoplasty, four or more teeth, per quadrant", 81, 4, "", 60, 650, 0, "Gum reshaping", "", 0},
    {"D4211", "Ging1", "Gingivectomy or gingivoplasty, one to three teeth, per quadrant", 81, 4, "", 45, 300, 0, "Gum reshaping", "", 0},
    {"D4240", "Flap4", "Gingival flap with root planing, four or more teeth, per quadrant", 81, 4, "", 90, 900, 0, "Gum surgery", "", 0},
    {"D4249", "CrLen", "Clinical crown lengthening, hard tissue", 81, 2, "", 60, 900, 0, "Crown lengthening", "", 0},
    {"D4260", "Oss4", "Osseous surgery, four or more teeth, per quadrant", 81, 4, "", 90, 1200, 0, "Gum surgery", "", 0},
    {"D4263", "BGTooth", "Bone replacement graft at a natural tooth, first site in quadrant", 81, 2, "", 60, 650, 0, "Bone graft", "", 0},
    {"D4273", "CTGft", "Autogenous connective tissue graft, first tooth or site", 81, 2, "", 75, 1200, 0, "Gum graft", "", 0},
    {"D4277", "FGG", "Free soft tissue graft, first tooth or site", 81, 2, "", 75, 1000, 0, "Gum graft", "", 0},
    {"D4341", "SRP4", "Scaling and root planing, four or more teeth, per quadrant", 81, 4, "H", 45, 260, 0, "Deep cleaning", "", 0},
    {"D4342", "SRP1", "Scaling and root planing, one to three teeth, per quadrant", 81, 4, "H", 30, 175, 0, "Deep cleaning", "", 0},
    {"D4346", "ScInfl", "Scaling with generalized gingival inflammation, full mouth", 81, 3, "H", 60, 150, 0, "Therapeutic cleaning", "",
     0},
    {"D4355", "FMD", "Full mouth debridement for evaluation and diagnosis", 81, 3, "H", 60, 185, 0, "Debridement", "", 0},
    {"D4381", "Arestin", "Localized antimicrobial delivery into a pocket, per tooth", 81, 2, "H", 10, 95, 0, "", "", 0},
    {"D4910", "PerMnt", "Periodontal maintenance", 81, 3, "H", 60, 165, 0, "Perio cleaning", "", 0},
    {"D4920", "Dressing", "Unscheduled dressing change", 81, 3, "", 15, 80, 0, "", "", 0},
    {"D5110", "CDMax", "Complete denture, maxillary", 82, 6, "P", 60, 1900, 12, "Upper denture", "", 0},
    {"D5120", "CDMand", "Complete denture, mandibular", 82, 6, "P", 60, 1900, 12, "Lower denture", "", 0},
    {"D5130", "ImCDMx", "Immediate denture, maxillary", 82, 6, "P", 60, 2100, 12, "Upper denture", "", 0},
    {"D5140", "ImCDMd", "Immediate denture, mandibular", 82, 6, "P", 60, 2100, 12, "Lower denture", "", 0},
    {"D5211", "PDRsMx", "Maxillary partial denture, resin base", 82, 6, "P", 60, 1400, 12, "Upper partial", "", 0},
    {"D5212", "PDRsMd", "Mandibular partial denture, resin base", 82, 6, "P", 60, 1400, 12, "Lower partial", "", 0},
    {"D5213", "PDCsMx", "Maxillary partial denture, cast metal framework", 82, 6, "P", 60, 2000, 12, "Upper partial", "", 0},
    {"D5214", "PDCsMd", "Mandibular partial denture, cast metal framework", 82, 6, "P", 60, 2000, 12, "Lower partial", "", 0},
    {"D5820", "IPDMx", "Interim partial denture, maxillary", 82, 6, "P", 45, 650, 12, "Flipper", "", 0},
    {"D5821", "IPDMd", "Interim partial denture, mandibular", 82, 6, "P", 45, 650, 12, "Flipper", "", 0},
    {"D5863", "OvdMx", "Overdenture, complete, maxillary", 82, 6, "P", 60, 2200, 12, "Upper overdenture", "", 0},
    {"D5865", "OvdMd", "Overdenture, complete, mandibular", 82, 6, "P", 60, 2200, 12, "Lower overdenture", "", 0},
    {"D5986", "FlTray", "Fluoride gel carrier", 82, 6, "", 20, 175, 0, "Fluoride trays", "", 0},
    {"D5410", "AdjCDMx", "Adjust complete denture, maxillary", 665, 6, "", 15, 75, 0, "Denture adjustment", "", 0},
    {"D5411", "AdjCDMd", "Adjust complete denture, mandibular", 665, 6, "", 15, 75, 0, "Denture adjustment", "", 0},
    {"D5421", "AdjPDMx", "Adjust partial denture, maxillary", 665, 6, "", 15, 75, 0, "Partial adjustment", "", 0},
    {"D5422", "AdjPDMd", "Adjust partial denture, mandibular", 665, 6, "", 15, 75, 0, "Partial adjustment", "", 0},
    {"D5511", "RpCDMd", "Repair broken complete denture base, mandibular", 665, 6, "", 30, 200, 0, "Denture repair", "", 0},
    {"D5512", "RpCDMx", "Repair broken complete denture base, maxillary", 665, 6, "", 30, 200, 0, "Denture repair", "", 0},
    {"D5520", "RpCDTth", "Replace missing or broken denture tooth, each", 665, 2, "", 20, 160, 0, "Denture repair", "", 0},
    {"D5640", "RpPDTth", "Replace broken tooth on a partial denture, each", 665, 2, "", 20, 160, 0, "Partial repair", "", 0},
    {"D5650", "AddTth", "Add a tooth to an existing partial denture", 665, 2, "", 30, 220, 0, "", "", 0},
    {"D5710", "RbCDMx", "Rebase complete maxillary denture", 665, 6, "", 30, 500, 0, "", "", 0},
    {"D5725", "RbHybr", "Rebase hybrid prosthesis", 665, 6, "", 45, 600, 0, "", "", 0},
    {"D5730", "RlCDMxC", "Reline complete maxillary denture, chairside", 665, 6, "", 45, 350, 0, "Denture reline", "", 0},
    {"D5731", "RlCDMdC", "Reline complete mandibular denture, chairside", 665, 6, "", 45, 350, 0, "Denture reline", "", 0},
    {"D5750", "RlCDMxL", "Reline complete maxillary denture, laboratory", 665, 6, "", 30, 450, 0, "Denture reline", "", 0},
    {"D5751", "RlCDMdL", "Reline complete mandibular denture, laboratory", 665, 6, "", 30, 450, 0, "Denture reline", "", 0},
    {"D6010", "ImpBody", "Surgical placement of an endosteal implant body", 250, 2, "", 90, 2200, 2, "Implant", "", 0},
    {"D6040", "EpoImp", "Surgical placement of an eposteal implant", 250, 6, "", 120, 8000, 2, "", "", 0},
    {"D6055", "ConBar", "Connecting bar, implant or abutment supported", 250, 6, "P", 60, 1800, 0, "", "", 0},
    {"D6056", "AbtPre", "Prefabricated abutment, including placement", 250, 2, "P", 30, 650, 0, "Implant post", "", 0},
    {"D6057", "AbtCus", "Custom fabricated abutment, including placement", 250, 2, "P", 30, 900, 0, "Implant post", "", 0},
    {"D6058", "AbCrPor", "Abutment supported porcelain/ceramic crown", 250, 2, "P", 60, 1500, 8, "Implant crown", "", 0},
    {"D6059", "AbCrPHN", "Abutment supported crown, porcelain fused to high noble", 250, 2, "P", 60, 1500, 8, "Implant crown", "", 0},
    {"D6061", "AbCrPN", "Abutment supported crown, porcelain fused to noble metal", 250, 2, "P", 60, 1450, 8, "Implant crown", "", 0},
    {"D6065", "ImCrPor", "Implant supported porcelain/ceramic crown", 250, 2, "P", 60, 1600, 8, "Implant crown", "", 0},
    {"D6066", "ImCrHN", "Implant supported crown, porcelain fused or titanium, high noble", 250, 2, "P", 60, 1650, 8, "Implant crown", "",
     0},
    {"D6080", "ImpMnt", "Implant maintenance with prosthesis removal and reinsertion", 250, 3, "HP", 45, 225, 0, "Implant cleaning", "", 0},
    {"D6081", "ImpScl", "Scaling and debridement around a single implant", 250, 2, "HP", 20, 150, 0, "Implant cleaning", "", 0},
    {"D6090", "ImpRep", "Repair of implant supported prosthesis, by report", 250, 2, "P", 30, 350, 0, "", "", 0},
    {"D6104", "BGImp", "Bone graft placed at the time of implant surgery", 250, 2, "", 30, 550, 0, "Bone graft", "", 0},
    {"D6110", "ImOvMx", "Implant supported removable denture, edentulous maxillary arch", 250, 6, "P", 90, 3800, 12, "Implant denture", "",
     0},
    {"D6111", "ImOvMd", "Implant supported removable denture, edentulous mandibular arch", 250, 6, "P", 90, 3800, 12, "Implant denture", "",
     0},
    {"D6114", "HybMx", "Implant supported fixed denture, edentulous maxillary arch", 250, 6, "P", 120, 9500, 12, "Fixed implant denture",
     "", 0},
    {"D6210", "PonFGHN", "Pontic, cast high noble metal", 83, 2, "P", 60, 1150, 9, "Bridge tooth", "", 0},
    {"D6240", "PonPFHN", "Pontic, porcelain fused to high noble metal", 83, 2, "P", 60, 1200, 10, "Bridge tooth", "", 0},
    {"D6241", "PonPFBM", "Pontic, porcelain fused to base metal", 83, 2, "P", 60, 1050, 10, "Bridge tooth", "", 0},
    {"D6245", "PonPor", "Pontic, porcelain/ceramic", 83, 2, "P", 60, 1250, 10, "Bridge tooth", "", 0},
    {"D6740", "RCrPor", "Retainer crown, porcelain/ceramic", 83, 2, "P", 90, 1250, 10, "Bridge crown", "", 0},
    {"D6750", "RCrPFHN", "Retainer crown, porcelain fused to high noble metal", 83, 2, "P", 90, 1200, 10, "Bridge crown", "", 0},
    {"D6790", "RCrFGHN", "Retainer crown, full cast high noble metal", 83, 2, "P", 90, 1150, 9, "Bridge crown", "", 0},
    {"D6930", "RecFPD", "Re-cement or re-bond fixed partial denture", 83, 2, "P", 30, 180, 0, "Re-glue bridge", "", 0},
    {"D6980", "FPDRep", "Fixed partial denture repair, by report", 83, 2, "P", 30, 350, 0, "Bridge repair", "", 0},
    {"D7111", "ExtCor", "Extraction of coronal remnants, primary tooth", 85, 2, "", 15, 120, 1, "Baby tooth removal", "", 0},
    {"D7140", "Ext", "Extraction of an erupted tooth or exposed root", 85, 2, "", 20, 185, 1, "Extraction", "", 0},
    {"D7210", "ExtSrg", "Surgical removal of an erupted tooth, with flap or bone removal", 85, 2, "", 40, 320, 1, "Surgical extraction", "",
     0},
    {"D7220", "ImpSft", "Removal of an impacted tooth, soft tissue", 85, 2, "", 40, 380, 1, "Wisdom tooth removal", "", 0},
    {"D7230", "ImpPB", "Removal of an impacted tooth, partially bony", 85, 2, "", 45, 450, 1, "Wisdom tooth removal", "", 0},
    {"D7240", "ImpCB", "Removal of an impacted tooth, completely bony", 85, 2, "", 60, 550, 1, "Wisdom tooth removal", "", 0},
    {"D7241", "ImpCBC", "Removal of an impacted tooth, completely bony, with complications", 85, 2, "", 75, 650, 1, "Wisdom tooth removal",
     "", 0},
    {"D7250", "RootRec", "Removal of residual tooth roots", 85, 2, "", 40, 330, 1, "", "", 0},
    {"D7286", "BxSoft", "Incisional biopsy of oral tissue, soft", 85, 3, "", 30, 350, 0, "Biopsy", "", 0},
    {"D7310", "AlvQ4", "Alveoloplasty with extractions, four or more teeth, per quadrant", 85, 4, "", 30, 300, 0, "", "", 0},
    {"D7311", "AlvQ1", "Alveoloplasty with extractions, one to three teeth, per quadrant", 85, 4, "", 20, 200, 0, "", "", 0},
    {"D7410", "ExcLes", "Excision of a benign lesion up to 1.25 cm", 85, 3, "", 30, 400, 0, "", "", 0},
    {"D7510", "IandD", "Incision and drainage of an intraoral soft tissue abscess", 85, 2, "", 30, 250, 0, "Drain abscess", "", 0},
    {"D7910", "Suture", "Suture of recent small wounds up to 5 cm", 85, 3, "", 20, 200, 0, "Stitches", "", 0},
    {"D7953", "BGSock", "Bone graft for ridge preservation, per site", 85, 2, "", 30, 500, 0, "Socket graft", "", 0},
    {"D7960", "Frenect", "Frenulectomy, separate procedure", 85, 3, "", 30, 400, 0, "Frenectomy", "", 0},
    {"D7970", "ExcHyp", "Excision of hyperplastic tissue, per arch", 85, 6, "", 45, 450, 0, "", "", 0},
    {"D8030", "LimAdl", "Limited orthodontic treatment, adolescent dentition", 251, 3, "", 60, 3000, 0, "Limited braces", "", 0},
    {"D8040", "LimAdt", "Limited orthodontic treatment, adult dentition", 251, 3, "", 60, 3500, 0, "Limited braces", "", 0},
    {"D8070", "CmpTrn", "Comprehensive orthodontic treatment, transitional dentition", 251, 3, "", 90, 5500, 0, "Braces", "", 0},
    {"D8080", "CmpAdl", "Comprehensive orthodontic treatment, adolescent dentition", 251, 3, "", 90, 6000, 0, "Braces", "", 0},
    {"D8090", "CmpAdt", "Comprehensive orthodontic treatment, adult dentition", 251, 3, "", 90, 6500, 0, "Braces", "", 0},
    {"D8660", "PreOrth", "Pre-orthodontic treatment examination", 251, 3, "", 30, 200, 0, "Ortho consult", "", 0},
    {"D8670", "OrthVis", "Periodic orthodontic treatment visit", 251, 3, "", 20, 150, 0, "Ortho adjustment", "", 0},
    {"D8680", "OrthRet", "Orthodontic retention, appliance removal and retainers", 251, 3, "", 60, 450, 0, "Retainers", "", 0},
    {"D8681", "RetAdj", "Removable orthodontic retainer adjustment", 251, 3, "", 15, 90, 0, "", "", 0},
    {"D8698", "RecRtMx", "Re-cement or re-bond fixed retainer, maxillary", 251, 6, "", 20, 120, 0, "", "", 0},
    {"D8703", "RplRtMx", "Replacement of lost or broken retainer, maxillary", 251, 6, "", 20, 350, 0, "New retainer", "", 0},
    {"D9210", "LocNoOp", "Local anesthesia not with an operative procedure", 622, 3, "", 10, 60, 0, "Numbing", "", 0},
    {"D9211", "RegBlk", "Regional block anesthesia", 622, 3, "", 10, 60, 0, "Numbing", "", 0},
    {"D9215", "LocOp", "Local anesthesia with operative procedures", 622, 3, "", 5, 45, 0, "Numbing", "", 0},
    {"D9222", "GA15", "Deep sedation or general anesthesia, first 15 minutes", 622, 3, "", 15, 300, 0, "General anesthesia", "", 0},
    {"D9230", "N2O", "Inhalation of nitrous oxide, anxiolysis", 622, 3, "", 10, 75, 0, "Laughing gas", "", 0},
    {"D9239", "IVS15", "Intravenous moderate sedation, first 15 minutes", 622, 3, "", 15, 275, 0, "IV sedation", "", 0},
    {"D9248", "OralSed", "Non-intravenous moderate sedation", 622, 3, "", 30, 250, 0, "Oral sedation", "", 0},
    {"D9110", "Pall", "Palliative treatment of dental pain, per visit", 260, 3, "", 20, 120, 0, "Emergency relief", "", 0},
    {"D9120", "FPDSect", "Fixed partial denture sectioning", 260, 2, "", 20, 180, 0, "", "", 0},
    {"D9219", "SedEval", "Evaluation for moderate or deep sedation or general anesthesia", 260, 3, "", 15, 90, 0, "", "", 0},
    {"D9310", "Consult", "Consultation by a dentist or physician other than the treating one", 260, 3, "", 30, 125, 0, "Consultation", "",
     0},
    {"D9311", "ConsMed", "Consultation with a medical health care professional", 260, 3, "", 10, 50, 0, "", "", 0},
    {"D9440", "AftHrs", "Office visit after regularly scheduled hours", 260, 3, "", 20, 150, 0, "After-hours visit", "", 0},
    {"D9630", "Rx", "Drugs or medicaments dispensed for home use", 260, 3, "", 5, 30, 0, "", "", 0},
    {"D9910", "Desens", "Application of desensitizing medicament", 260, 2, "", 5, 50, 0, "Sensitivity treatment", "", 0},
    {"D9911", "DesRes", "Application of desensitizing resin, per tooth", 260, 2, "", 10, 65, 0, "Sensitivity treatment", "", 0},
    {"D9930", "Compl", "Treatment of post-surgical complications, by report", 260, 3, "", 20, 120, 0, "Dry socket treatment", "", 0},
    {"D9944", "OGHrdF", "Occlusal guard, hard appliance, full arch", 260, 6, "", 30, 600, 0, "Night guard", "", 0},
    {"D9945", "OGSftF", "Occlusal guard, soft appliance, full arch", 260, 6, "", 30, 350, 0, "Night guard", "", 0},
    {"D9951", "OcAdjL", "Occlusal adjustment, limited", 260, 3, "", 20, 150, 0, "Bite adjustment", "", 0},
    {"D9952", "OcAdjC", "Occlusal adjustment, complete", 260, 3, "", 60, 650, 0, "Bite adjustment", "", 0},
    {"D9986", "Missed", "Missed appointment", 667, 3, "N", 5, 50, 0, "Missed appointment fee", "", 0},
    {"D9987", "Cancel", "Cancelled appointment", 667, 3, "N", 5, 50, 0, "Late cancellation fee", "", 0},
    {"D9992", "CareCrd", "Dental case management, care coordination", 667, 3, "", 10, 40, 0, "", "", 0},
    {"D9994", "PtEduc", "Dental case management, oral health literacy education", 667, 3, "", 10, 30, 0, "", "", 0},
    {"D9995", "TeleSyn", "Teledentistry, synchronous real-time encounter", 667, 3, "", 15, 45, 0, "Video visit", "", 0},
    {"D9996", "TeleAsy", "Teledentistry, asynchronous stored information review", 667, 3, "", 15, 40, 0, "", "", 0},
    {"PCOPY", "RecCopy", "Copy of records and radiographs for transfer", 667, 0, "N", 10, 25, 0, "Records copy", "", 0},
    {"~GRP~", "GrpNote", "Group note", 668, 0, "N", 5, 0, 0, "", "", 0},
    {"N0001", "PostOpNC", "Post-operative check, no charge", 668, 3, "N", 10, 0, 0, "Post-op check", "", 0},
    {"N0002", "AdjNC", "Appliance adjustment, no charge", 668, 3, "N", 10, 0, 0, "", "", 0},
    {"N0003", "DelivNC", "Appliance delivery, no charge", 668, 3, "N", 15, 0, 0, "", "", 0},
    {"N0004", "WatchNC", "Watch area, monitor at next visit", 668, 2, "N", 5, 0, 15, "", "", 0},
};

// The two codes whose CodeNums the downstream project fixes (see definition_ids.hpp): enamel
// reshaping charged per sextant, so their procedures carry a sextant number in Surf.
constexpr CodeSpec kOdontoplastySextant = {
    "ODONT", "OdontSx", "Odontoplasty, enamel recontouring within one sextant", 300, 5, "", 20, 180, 0, "Tooth reshaping", "", 0};
constexpr CodeSpec kEquilibrationSextant = {
    "EQUIL", "EquilSx", "Selective enamel reshaping for bite balance, per sextant", 260, 5, "", 20, 160, 0, "Bite adjustment", "", 0};

bool HasFlag(const CodeSpec& spec, char flag) { return std::string_view(spec.flags).find(flag) != std::string_view::npos; }

// The plan coverage bucket of a procedure category (how benefits percentages apply).
CoverageCategory CoverageOf(int64_t category_def) {
    switch (category_def) {
        case 73:
        case 301:
            return CoverageCategory::kDiagnostic;
        case 74:
            return CoverageCategory::kRadiology;
        case 75:
        case 76:
            return CoverageCategory::kPreventive;
        case 77:
        case 78:
        case 548:
            return CoverageCategory::kRestorative;
        case 80:
            return CoverageCategory::kEndodontics;
        case 81:
            return CoverageCategory::kPeriodontics;
        case 85:
            return CoverageCategory::kOralSurgery;
        case 79:
        case 82:
        case 83:
        case 250:
        case 540:
        case 665:
            return CoverageCategory::kProsthodontics;
        case 251:
            return CoverageCategory::kOrthodontics;
        default:
            return CoverageCategory::kAdjunctive;  // 260, 300, 622, 667, 668
    }
}

ProcedureCodeInfo InfoOf(const CodeSpec& spec, int64_t code_num) {
    ProcedureCodeInfo info;
    info.code_num = code_num;
    info.code = spec.code;
    info.abbreviation = spec.abbreviation;
    info.description = spec.description;
    info.category_def = spec.category_def;
    info.treat_area = spec.treat_area;
    info.coverage = CoverageOf(spec.category_def);
    info.is_hygiene = HasFlag(spec, 'H');
    info.is_radiology = HasFlag(spec, 'R');
    info.is_prosthesis = HasFlag(spec, 'P');
    info.minutes = spec.minutes;
    info.ucr_fee_cents = int64_t{spec.ucr_dollars} * 100;
    return info;
}

// The spec behind a code number (the list and the two fixed codes).
const CodeSpec* SpecOf(int64_t code_num) {
    constexpr int64_t count = static_cast<int64_t>(std::size(kCodes));
    if (code_num >= 1 && code_num <= count) return &kCodes[code_num - 1];
    if (code_num == catalog::kCodeNumOdontoplastySextant) return &kOdontoplastySextant;
    if (code_num == catalog::kCodeNumEquilibrationSextant) return &kEquilibrationSextant;
    return nullptr;
}

}  // namespace

std::vector<ProcedureCodeInfo> BuildProcedureCodes() {
    // CodeNums 1..N in list order, then the two fixed-number codes (ascending CodeNum throughout).
    static_assert(std::size(kCodes) < catalog::kCodeNumOdontoplastySextant, "code list would reach the fixed CodeNums");
    std::vector<ProcedureCodeInfo> codes;
    codes.reserve(std::size(kCodes) + 2);
    for (size_t i = 0; i < std::size(kCodes); ++i) codes.push_back(InfoOf(kCodes[i], static_cast<int64_t>(i) + 1));
    codes.push_back(InfoOf(kOdontoplastySextant, catalog::kCodeNumOdontoplastySextant));
    codes.push_back(InfoOf(kEquilibrationSextant, catalog::kCodeNumEquilibrationSextant));
    return codes;
}

void EmitProcedureCodeTable(const Practice& practice, RowSink& out) {
    ProducerSink sink(out, kProducer);
    // One procedurecode row per code, filled as OpenDental's procedure code editor leaves it.
    if (!sink.Wants(TableId::procedurecode)) return;
    namespace c = col::procedurecode;
    Row row(TableId::procedurecode);
    for (const ProcedureCodeInfo& info : practice.procedure_codes) {
        const CodeSpec* spec = SpecOf(info.code_num);
        EntityRng rng(practice.params.seed, Stream::kProcedureCode, static_cast<uint64_t>(info.code_num));
        row.Reset();
        row.Set(c::CodeNum, info.code_num)
            .Set(c::ProcCode, info.code)
            .Set(c::Descript, info.description)
            .Set(c::AbbrDesc, info.abbreviation)
            .Set(c::ProcTime, TimePattern(info.minutes, info.is_hygiene))
            .Set(c::ProcCat, info.category_def)
            .Set(c::TreatArea, info.treat_area)
            .Set(c::NoBillIns, spec != nullptr && HasFlag(*spec, 'N'))
            .Set(c::IsProsth, info.is_prosthesis)
            .Set(c::IsHygiene, info.is_hygiene)
            .Set(c::IsTaxed, false)
            .Set(c::PaintType, spec != nullptr ? spec->paint_type : 0)
            .Set(c::LaymanTerm, spec != nullptr ? spec->layman : "")
            .Set(c::IsCanadianLab, false)
            .Set(c::PreExisting, false)
            .Set(c::SubstitutionCode, spec != nullptr ? spec->substitution_code : "")
            .Set(c::SubstOnlyIf, spec != nullptr ? spec->subst_only_if : 0)
            .Set(c::DateTStamp, SetupStamp(practice, rng))
            .Set(c::IsMultiVisit, false)
            .Set(c::IsRadiology, info.is_radiology)
            .Set(c::BypassGlobalLock, false)
            .Set(c::AreaAlsoToothRange, false);
        sink.Write(row);
    }
}

}  // namespace dentsynth::core
