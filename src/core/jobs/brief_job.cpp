#include "core/jobs/brief_job.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/report/agenda_view.h"
#include "core/time/iso.h"

namespace huddle::core {

std::string brief_file_name(const HuddleBrief& brief, AgendaFormat format) {
  return fmt::format("huddle-{}.{}", format_date(brief.huddle.date), extension(format));
}

std::vector<std::filesystem::path> write_brief(Workspace& workspace, const HuddleSchedule& schedule,
                                               const HuddleBrief& brief, const BriefRequest& request) {
  const AgendaContext context{workspace.settings.city_name, schedule, workspace.store->departments().list(),
                              workspace.store->actions().list()};
  const nlohmann::json view = agenda_view(brief, context);
  std::vector<std::pair<std::filesystem::path, std::string>> files;
  for (const auto format : request.formats) {
    files.emplace_back(request.out_dir / brief_file_name(brief, format),
                       render_agenda(workspace.template_file(agenda_template_name(format)), format, view));
  }
  std::error_code ec;
  std::filesystem::create_directories(request.out_dir, ec);
  if (ec) throw ExportError(fmt::format("cannot create the folder {}: {}", request.out_dir.string(), ec.message()));
  std::vector<std::filesystem::path> written;
  for (const auto& [path, text] : files) {
    write_file_atomically(path, text);
    written.push_back(path);
  }
  return written;
}

}  // namespace huddle::core
