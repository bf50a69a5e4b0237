#pragma once
/// \file
/// The brief job: a huddle's packet files written into a folder — for now the agenda as HTML, Markdown and plain
/// text (the PDF and the xlsx workbook arrive with the packets).

#include <filesystem>
#include <vector>

#include "core/jobs/huddle_job.h"
#include "core/jobs/workspace.h"
#include "core/report/agenda_render.h"

namespace huddle::core {

/// Which files to write, and where.
struct BriefRequest {
  std::filesystem::path out_dir;      ///< The folder; created when missing.
  std::vector<AgendaFormat> formats;  ///< One file per format, in this order.
};

/// "huddle-2026-11-26.html": the file name of `brief`'s agenda in `format`.
std::string brief_file_name(const HuddleBrief& brief, AgendaFormat format);

/// Renders `brief`'s agenda in every requested format through the workspace's templates (a user copy in
/// templates/ of the configuration folder overrides the shipped one), then writes each as out_dir/brief_file_name,
/// whole or not at all (write_file_atomically). Nothing is written when a template is broken. Returns the paths
/// written, in the order requested. Throws ConfigError naming a broken template, ExportError, StorageError.
std::vector<std::filesystem::path> write_brief(Workspace& workspace, const HuddleSchedule& schedule,
                                               const HuddleBrief& brief, const BriefRequest& request);

}  // namespace huddle::core
