// The audit entries OpenDental keeps of appointment creation (entrylog), so the appointment's
// creator survives the pruning of the security log. OpenDental's EntryLogFKeyType has one value,
// 0 appointment (the downstream accepts only 0; the column is a bool, so false); patients have no
// entry type, so their creation is not logged here. LogSource 0 is Open Dental itself.
// EntryLogNum is the AptNum (one entry per appointment; AptNums are unique across patients).
#include "core/office/entry_log.hpp"

#include "core/producers.hpp"
#include "core/row.hpp"

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

namespace {

// This file's line of schema/producers.tsv: the tables it writes.
constexpr const Producer& kProducer = ThisFilesProducer();

}  // namespace

void EmitEntryLog(const PatientContext& patient, const PatientLife& life, RowSink& out) {
    ProducerSink sink(out, kProducer);
    if (!sink.WantsAny()) return;
    namespace c = col::entrylog;
    thread_local Row row(TableId::entrylog);
    for (const AppointmentStory& apt : life.appointments) {
        if (!patient.Happened(apt.created)) continue;
        row.Reset();
        row.Set(c::EntryLogNum, apt.apt_num)
            .Set(c::UserNum, apt.created_by)
            .Set(c::FKeyType, false)
            .Set(c::FKey, apt.apt_num)
            .Set(c::LogSource, 0)
            .Set(c::EntryDateTime, apt.created);
        sink.Write(row);
    }
}

}  // namespace dentsynth::core
