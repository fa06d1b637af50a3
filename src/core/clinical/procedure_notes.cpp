// Clinical notes of kept visits and multi-visit procedures. After a kept visit the provider writes
// the visit's note: on the visit's single completed procedure (procnote), or, when two or more were
// completed and the practice has the "~GRP~" code, on a group-note procedure (a procedurelog row of
// status 3 "existing current provider", so it never counts as production) linked to each member by
// procgroupitem, each member keeping a note of its own (its line of the visit note). Crowns (D2740) and molar root canals (D3330) are OpenDental multi-visit
// procedures: each treatment-planned one gets a procmultivisit row, grouped per plan and tooth,
// "in process" while part of its group is done. Notes are never edited; procmultivisit rows are
// edited when a member is completed. Wording and timings: docs/BUSINESS_LOGIC.md ("Treatment plans and procedure notes").
#include "core/clinical/treatment_records.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "core/patients/roster.hpp"
#include "core/practice/catalog_tables.hpp"
#include "core/practice/office_records.hpp"
#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

constexpr int kProcExistingCurrent = 3;  // OpenDental ProcStat.EC: how group notes are charted
// The note is written after the patient is dismissed: 3-20 minutes after the visit's end.
constexpr int kNoteDelayMinMinutes = 3;
constexpr int kNoteDelayMaxMinutes = 20;

const char* const kAnesthetics[] = {"2% lidocaine 1:100k epi", "4% articaine 1:100k epi", "3% mepivacaine plain"};
const char* const kHomeCare[] = {"brushing twice daily and flossing", "flossing technique", "use of an electric toothbrush",
                                 "interdental brushes", "fluoride toothpaste"};
const char* const kTissue[] = {"generalized light plaque, gingiva pink and firm", "localized moderate plaque, mild marginal gingivitis",
                               "light supragingival calculus on lower anteriors", "heavy plaque, generalized bleeding on probing"};

template <typename T, size_t N>
const T& PickOf(EntityRng& rng, const T (&items)[N]) {
    return items[static_cast<size_t>(rng.Uniform(0, static_cast<int64_t>(N) - 1))];
}

bool HasCode(const std::vector<const ProcedureStory*>& procs, const char* code) {
    for (const ProcedureStory* p : procs)
        if (p->code->code == code) return true;
    return false;
}

std::string ToothOf(const ProcedureStory& p) { return p.tooth.empty() ? std::string() : "#" + p.tooth; }

// One sentence on one completed treatment procedure.
std::string SentenceFor(const ProcedureStory& p, EntityRng& rng) {
    const std::string& code = p.code->code;
    const std::string tooth = ToothOf(p);
    if (code == "D2391" || code == "D2392" || code == "D2330")
        return tooth + " " + p.surface + ": caries removed, " + (rng.Chance(0.7) ? "cotton roll" : "rubber dam") +
               " isolation, etch, bond, composite placed and light cured; occlusion checked and adjusted.";
    if (code == "D2740")
        return tooth + ": crown prep, retraction cord, final impression sent to lab, shade " + std::string(rng.Chance(0.5) ? "A2" : "A3") +
               "; temporary crown cemented.";
    if (code == "D2950") return tooth + ": core build-up placed with composite.";
    if (code == "D3330") return tooth + ": access, canals located and instrumented, irrigated with NaOCl, obturated with gutta percha.";
    if (code == "D1351") return tooth + ": sealant placed after etch, checked for retention.";
    if (code == "D7140" || code == "D7210")
        return tooth + ": extracted" + (code == "D7210" ? " surgically with flap and sectioning" : "") +
               ", hemostasis achieved with gauze; post-op instructions given.";
    if (code == "D4341") return "SRP " + p.surface + " quadrant with ultrasonic and hand scalers.";
    if (code == "D4342") return "SRP " + p.surface + " quadrant, one to three teeth, with ultrasonic and hand scalers.";
    if (code == "D4355") return "Full mouth debridement of heavy calculus; comprehensive evaluation to follow.";
    if (code == "D9110") return tooth + ": palliative treatment, occlusal adjustment and sedative dressing.";
    return p.code->description + (tooth.empty() ? "" : " " + tooth) + " completed.";
}

// A visit's note and, for each of its completed procedures in order, the line the note gives that
// procedure: the procedure's own note when the visit note goes on a group note.
struct VisitNote {
    std::string text;
    std::vector<std::string> lines;
};

// What a hygiene visit's note says about one of its procedures.
std::string HygieneLine(const ProcedureStory& p, const std::string& tissue) {
    const std::string& code = p.code->code;
    if (code == "D0210") return "FMX taken.";
    if (code == "D0274" || code == "D0272") return "BWX taken.";
    if (code == "D4910") return "Periodontal maintenance: full-mouth debridement, pockets re-evaluated.";
    if (code == "D1110" || code == "D1120") return "Prophy: " + tissue + "; scaled and polished.";
    if (code == "D1208") return "Fluoride varnish applied.";
    if (code == "D0150" || code == "D0120") return "Doctor exam completed, findings charted.";
    return p.code->description + " completed.";
}

// The note of a hygiene visit (new patient, recall, perio maintenance).
VisitNote HygieneNote(const AppointmentStory& apt, const std::vector<const ProcedureStory*>& procs, EntityRng& rng) {
    std::string note;
    if (apt.kind == VisitKind::kNewPatient)
        note = "New patient. Medical history reviewed and entered. ";
    else
        note = rng.Chance(0.85) ? "Medical history reviewed, no changes. " : "Medical history updated. ";
    if (HasCode(procs, "D0210")) note += "FMX taken. ";
    if (HasCode(procs, "D0274") || HasCode(procs, "D0272")) note += "BWX taken. ";
    if (HasCode(procs, "D4910")) note += "Periodontal maintenance: full-mouth debridement, pockets re-evaluated. ";
    std::string tissue;
    if (HasCode(procs, "D1110") || HasCode(procs, "D1120")) {
        tissue = PickOf(rng, kTissue);
        note += "Prophy: " + tissue + "; scaled and polished. ";
    }
    if (HasCode(procs, "D1208")) note += "Fluoride varnish applied. ";
    note += std::string("OHI: ") + PickOf(rng, kHomeCare) + ". ";
    if (HasCode(procs, "D0150") || HasCode(procs, "D0120")) note += "Doctor exam completed, findings charted. ";
    note += HasCode(procs, "D4910") ? "NV: 3 month perio maintenance." : "NV: 6 month recall.";
    VisitNote visit{note, {}};
    for (const ProcedureStory* p : procs) visit.lines.push_back(HygieneLine(*p, tissue));
    return visit;
}

// The note of a treatment or emergency visit.
VisitNote TreatmentNote(const AppointmentStory& apt, const std::vector<const ProcedureStory*>& procs, EntityRng& rng) {
    std::string note;
    std::string complaint;
    if (apt.kind == VisitKind::kEmergency) {
        const ProcedureStory* last = procs.back();
        complaint = "Pt presents with pain " + ToothOf(*last) + ".";
        note = complaint + " Limited exam and PA taken. ";
    }
    std::string anesthetic;
    for (const ProcedureStory* p : procs) {
        const std::string& code = p->code->code;
        if (code == "D0140" || code == "D0220" || code == "D1351") continue;
        if (anesthetic.empty() && code != "D2950") {
            anesthetic = "Anesthetic: " + std::to_string(rng.Uniform(1, 2)) + " carp " + PickOf(rng, kAnesthetics) + ".";
            note += anesthetic + " ";
        }
    }
    VisitNote visit;
    for (const ProcedureStory* p : procs) {
        const std::string& code = p->code->code;
        if (code == "D0140") {
            visit.lines.push_back(complaint + " Limited exam.");
        } else if (code == "D0220") {
            visit.lines.push_back("PA taken " + ToothOf(*p) + ".");
        } else {
            const std::string sentence = SentenceFor(*p, rng);
            note += sentence + " ";
            // A procedure done under the visit's anaesthetic says so in its own note too.
            const bool numbed = !anesthetic.empty() && code != "D1351" && code != "D2950";
            visit.lines.push_back(numbed ? anesthetic + " " + sentence : sentence);
        }
    }
    note += "Pt tolerated procedure well.";
    visit.text = note;
    return visit;
}

VisitNote NoteFor(const AppointmentStory& apt, const std::vector<const ProcedureStory*>& procs, EntityRng& rng) {
    switch (apt.kind) {
        case VisitKind::kNewPatient:
        case VisitKind::kRecall:
        case VisitKind::kPerioMaintenance:
            return HygieneNote(apt, procs, rng);
        case VisitKind::kRestorative:
        case VisitKind::kEmergency:
        case VisitKind::kPerioTherapy:
            break;
    }
    return TreatmentNote(apt, procs, rng);
}

class NoteWriter {
public:
    NoteWriter(const PatientContext& patient, const PatientLife& life, RowSink& sink)
        : patient_(patient), life_(life), sink_(sink), group_code_(FindCode(patient.practice, "~GRP~")) {}

    void WriteAll() {
        if (sink_.Wants(TableId::procnote) || sink_.Wants(TableId::procgroupitem) || sink_.Wants(TableId::procedurelog))
            for (const AppointmentStory& apt : life_.appointments)
                if (apt.outcome == Outcome::kKept) WriteVisit(apt);
        if (sink_.Wants(TableId::procmultivisit)) WriteMultiVisits();
    }

private:
    // The note of one kept visit, once its procedures are complete and the note is written.
    void WriteVisit(const AppointmentStory& apt) {
        std::vector<const ProcedureStory*> done;
        Timestamp end = kZeroTimestamp;
        for (const ProcedureStory& p : life_.procedures)
            if (p.apt_num == apt.apt_num && p.completed != kZeroTimestamp && patient_.Happened(p.completed)) {
                done.push_back(&p);
                end = std::max(end, p.completed);
            }
        if (done.empty()) return;
        EntityRng rng(patient_.practice.params.seed, Stream::kProcNote, static_cast<uint64_t>(apt.apt_num));
        const Timestamp written = AddMinutes(end, rng.Uniform(kNoteDelayMinMinutes, kNoteDelayMaxMinutes));
        if (!patient_.Happened(written)) return;
        const VisitNote note = NoteFor(apt, done, rng);
        if (done.size() < 2 || group_code_ == nullptr) {
            // One note per procedure: the visit's note on a single procedure, or (without a group-note
            // code) the same note on each.
            for (const ProcedureStory* p : done) WriteNote(p->proc_num, p->proc_num, written, p->prov_num, note.text);
            return;
        }
        // A group note holds the visit's note; each member procedure still gets its own note (its
        // line of the visit note), as the provider completes it: a procedure without a note of
        // its own counts as undocumented, whatever its group says.
        for (size_t i = 0; i < done.size(); ++i) WriteNote(done[i]->proc_num, done[i]->proc_num, written, done[i]->prov_num, note.lines[i]);
        const int64_t provider = apt.prov_hyg != 0 ? apt.prov_hyg : apt.prov_num;
        const int64_t group_num = PatientKey(life_.pat_num, kGroupNoteLocalBase + (apt.apt_num - PatientKey(life_.pat_num, 0)));
        WriteGroupProcedure(group_num, DateOf(end), written, provider);
        WriteNote(group_num, group_num, written, provider, note.text);
        if (!sink_.Wants(TableId::procgroupitem)) return;
        for (const ProcedureStory* p : done) {
            namespace c = col::procgroupitem;
            Row& r = group_item_;
            r.Reset();
            r.Set(c::ProcGroupItemNum, p->proc_num).Set(c::ProcNum, p->proc_num).Set(c::GroupNum, group_num);
            sink_.Write(r);
        }
    }

    void WriteNote(int64_t note_num, int64_t proc_num, Timestamp written, int64_t provider, const std::string& note) {
        if (!sink_.Wants(TableId::procnote)) return;
        namespace c = col::procnote;
        Row& r = note_;
        r.Reset();
        // UserNum holds the provider's number: the downstream checks it against providers.
        r.Set(c::ProcNoteNum, note_num)
            .Set(c::PatNum, life_.pat_num)
            .Set(c::ProcNum, proc_num)
            .Set(c::EntryDateTime, written)
            .Set(c::UserNum, provider)
            .Set(c::Note, note)
            .Set(c::SigIsTopaz, false)
            .Set(c::Signature, "");
        sink_.Write(r);
    }

    // The group note's own procedure: code ~GRP~, no fee, status "existing current provider".
    void WriteGroupProcedure(int64_t group_num, Date day, Timestamp written, int64_t provider) {
        if (!sink_.Wants(TableId::procedurelog)) return;
        namespace c = col::procedurelog;
        Row& r = group_procedure_;
        r.Reset();
        r.Set(c::ProcNum, group_num)
            .Set(c::PatNum, life_.pat_num)
            .Set(c::AptNum, int64_t{0})
            .Set(c::ProcDate, day)
            .SetCents(c::ProcFee, 0)
            .Set(c::Surf, "")
            .Set(c::ToothNum, "")
            .Set(c::ProcStatus, kProcExistingCurrent)
            .Set(c::ProvNum, provider)
            .Set(c::ClinicNum, int64_t{0})
            .Set(c::CodeNum, group_code_->code_num)
            .Set(c::DateEntryC, DateOf(written))
            .Set(c::UnitQty, 1)
            .Set(c::DateTP, day)
            .Set(c::DateTStamp, written)
            .Set(c::SecUserNumEntry, ProviderUserNum(patient_.practice, provider, patient_.family.entry_user))
            .Set(c::SecDateEntry, written)
            .Set(c::DateComplete, kZeroDate)
            .Set(c::IcdVersion, 10);
        sink_.Write(r);
    }

    // Crowns and molar root canals planned together on one tooth form one multi-visit group.
    void WriteMultiVisits() {
        std::vector<const ProcedureStory*> multi;
        for (const ProcedureStory& p : life_.procedures)
            if (p.initial_status == kProcTreatPlanned && (p.code->code == "D2740" || p.code->code == "D3330") && patient_.Happened(p.entry))
                multi.push_back(&p);
        std::vector<bool> written(multi.size(), false);
        for (size_t i = 0; i < multi.size(); ++i) {
            if (written[i]) continue;
            std::vector<const ProcedureStory*> group;
            for (size_t j = i; j < multi.size(); ++j)
                if (!written[j] && multi[j]->entry == multi[i]->entry && multi[j]->tooth == multi[i]->tooth) {
                    group.push_back(multi[j]);
                    written[j] = true;
                }
            WriteMultiVisitGroup(group);
        }
    }

    void WriteMultiVisitGroup(const std::vector<const ProcedureStory*>& group) {
        namespace c = col::procmultivisit;
        size_t done = 0;
        Timestamp edited = group.front()->entry;
        for (const ProcedureStory* p : group)
            if (IsDone(*p)) {
                ++done;
                edited = std::max(edited, p->completed);
            }
        const bool in_process = done > 0 && done < group.size();
        for (const ProcedureStory* p : group) {
            Row& r = multi_visit_;
            r.Reset();
            r.Set(c::ProcMultiVisitNum, p->proc_num)
                .Set(c::GroupProcMultiVisitNum, group.front()->proc_num)
                .Set(c::ProcNum, p->proc_num)
                .Set(c::ProcStatus, IsDone(*p) ? kProcComplete : kProcTreatPlanned)
                .Set(c::IsInProcess, in_process)
                .Set(c::SecDateTEntry, p->entry)
                .Set(c::SecDateTEdit, edited)
                .Set(c::PatNum, life_.pat_num);
            sink_.Write(r);
        }
    }

    bool IsDone(const ProcedureStory& p) const { return p.completed != kZeroTimestamp && patient_.Happened(p.completed); }

    const PatientContext& patient_;
    const PatientLife& life_;
    RowSink& sink_;
    const ProcedureCodeInfo* group_code_;
    Row note_{TableId::procnote};
    Row group_item_{TableId::procgroupitem};
    Row group_procedure_{TableId::procedurelog};
    Row multi_visit_{TableId::procmultivisit};
};

}  // namespace

void EmitProcedureNotes(const PatientContext& patient, const PatientLife& life, RowSink& out) {
    ProducerSink sink(out, kProducer);
    // procedurelog too: the group-note procedures belong to it whichever tables the call wants.
    if (!sink.WantsAny()) return;
    NoteWriter(patient, life, sink).WriteAll();
}

}  // namespace dentsynth::core
