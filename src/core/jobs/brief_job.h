#pragma once
/// \file
/// The brief job: a huddle's packet files written into a folder — the printed packet (PDF), the workbook (xlsx)
/// and the agenda as HTML, Markdown and plain text.

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "core/jobs/huddle_job.h"
#include "core/jobs/workspace.h"
#include "core/progress.h"
#include "core/report/agenda_render.h"

namespace huddle::core {

/// The files a brief can hold.
enum class PacketFormat { pdf, xlsx, html, markdown, text };

/// Every format, in the order a full packet is written.
inline constexpr PacketFormat kPacketFormats[] = {PacketFormat::pdf, PacketFormat::xlsx, PacketFormat::html,
                                                  PacketFormat::markdown, PacketFormat::text};

/// "pdf", "xlsx", "html", "md", "txt": the file extension, and the name `--formats` takes.
std::string_view extension(PacketFormat format);

/// Parses a format name: pdf, xlsx, or an agenda format (html, md, markdown, txt, text); std::nullopt for any other.
std::optional<PacketFormat> parse_packet_format(std::string_view name);

/// Which files to write, and where.
struct BriefRequest {
  std::filesystem::path out_dir;      ///< The folder; created when missing.
  std::vector<PacketFormat> formats;  ///< One file per format, in this order.
};

/// "huddle-2026-11-26.pdf": the file name of `brief`'s packet file in `format`.
std::string brief_file_name(const HuddleBrief& brief, PacketFormat format);

/// `brief`'s agenda in `format`, rendered through the workspace's template (a user copy in templates/ of the
/// configuration folder overrides the shipped one) with departments and actions as stored now. Throws ConfigError
/// naming a broken template, StorageError.
std::string render_brief_agenda(Workspace& workspace, const HuddleSchedule& schedule, const HuddleBrief& brief,
                                AgendaFormat format);

/// Writes `brief`'s packet files into out_dir, each whole or not at all: the agenda formats rendered through the
/// workspace's templates (a user copy in templates/ of the configuration folder overrides the shipped one), the PDF
/// and the xlsx from the packet gathered at `now`. Nothing is written when a template is broken. Reports each file
/// to `progress` (and stops between files when it is cancelled). Returns the paths written, in the order requested.
/// Throws ConfigError naming a broken template, InputError for an unreadable boundary file, ExportError,
/// StorageError, Cancelled.
std::vector<std::filesystem::path> write_brief(Workspace& workspace, const HuddleSchedule& schedule,
                                               const HuddleBrief& brief, const BriefRequest& request, UtcTime now,
                                               ProgressSink& progress);

}  // namespace huddle::core
