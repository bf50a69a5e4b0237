#include "core/jobs/brief_job.h"

#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/jobs/packet_job.h"
#include "core/report/agenda_view.h"
#include "core/report/packet_pdf.h"
#include "core/report/packet_xlsx.h"
#include "core/time/iso.h"

namespace huddle::core {

namespace {

/// The agenda format of `format`, or std::nullopt for the PDF and the xlsx.
std::optional<AgendaFormat> agenda_format(PacketFormat format) {
  switch (format) {
    case PacketFormat::html:
      return AgendaFormat::html;
    case PacketFormat::markdown:
      return AgendaFormat::markdown;
    case PacketFormat::text:
      return AgendaFormat::text;
    case PacketFormat::pdf:
    case PacketFormat::xlsx:
      break;
  }
  return std::nullopt;
}

}  // namespace

std::string_view extension(PacketFormat format) {
  if (format == PacketFormat::pdf) return "pdf";
  if (format == PacketFormat::xlsx) return "xlsx";
  return extension(*agenda_format(format));
}

std::optional<PacketFormat> parse_packet_format(std::string_view name) {
  for (const auto format : kPacketFormats) {
    if (extension(format) == name) return format;
  }
  if (const auto agenda = parse_agenda_format(name)) {
    for (const auto format : kPacketFormats) {
      if (agenda_format(format) == agenda) return format;
    }
  }
  return std::nullopt;
}

std::string brief_file_name(const HuddleBrief& brief, PacketFormat format) {
  return fmt::format("huddle-{}.{}", format_date(brief.huddle.date), extension(format));
}

std::string render_brief_agenda(Workspace& workspace, const HuddleSchedule& schedule, const HuddleBrief& brief,
                                AgendaFormat format) {
  const AgendaContext context{workspace.settings.city_name, schedule, workspace.store->departments().list(),
                              workspace.store->actions().list()};
  return render_agenda(workspace.template_file(agenda_template_name(format)), format, agenda_view(brief, context));
}

std::vector<std::filesystem::path> write_brief(Workspace& workspace, const HuddleSchedule& schedule,
                                               const HuddleBrief& brief, const BriefRequest& request, UtcTime now,
                                               ProgressSink& progress) {
  // The agenda texts first: a broken template stops the brief before any file is written.
  std::map<PacketFormat, std::string> agendas;
  for (const auto format : request.formats) {
    if (const auto agenda = agenda_format(format)) agendas[format] = render_brief_agenda(workspace, schedule, brief, *agenda);
  }
  std::optional<Packet> packet;
  std::error_code ec;
  std::filesystem::create_directories(request.out_dir, ec);
  if (ec) throw ExportError(fmt::format("cannot create the folder {}: {}", request.out_dir.string(), ec.message()));
  std::vector<std::filesystem::path> written;
  const long total = static_cast<long>(request.formats.size());
  for (const auto format : request.formats) {
    if (progress.cancelled()) throw Cancelled();
    const std::filesystem::path path = request.out_dir / brief_file_name(brief, format);
    progress.progress(fmt::format("Writing {}", path.filename().string()), static_cast<long>(written.size()), total);
    if (const auto it = agendas.find(format); it != agendas.end()) {
      write_file_atomically(path, it->second);
    } else {
      if (!packet) packet = gather_packet(workspace, brief, now);
      if (format == PacketFormat::pdf) write_packet_pdf(*packet, path);
      else write_packet_xlsx(*packet, packet_events(*workspace.store, *packet), path);
    }
    written.push_back(path);
  }
  progress.progress("Packet written", total, total);
  return written;
}

}  // namespace huddle::core
