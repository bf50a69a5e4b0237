#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands/commands.h"
#include "cli/import_report_json.h"
#include "core/error.h"
#include "core/ingest/pull.h"
#include "core/scoped_path.h"

namespace huddle::cli {
namespace {

nlohmann::json to_json(const core::PullReport& report) {
  auto sources = nlohmann::json::array();
  for (const auto& s : report.sources) {
    auto imports = nlohmann::json::array();
    for (const auto& i : s.imports) imports.push_back(import_report_json(i));
    sources.push_back({{"source", s.source},
                       {"error", s.error.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.error)},
                       {"imports", std::move(imports)}});
  }
  return {{"sources", std::move(sources)}};
}

std::string to_text(const core::PullReport& report, const core::Settings& settings) {
  std::string out;
  for (std::size_t i = 0; i < report.sources.size(); ++i) {
    const auto& s = report.sources[i];
    const auto kind = i < settings.sources.size() ? core::to_string(settings.sources[i].kind) : "?";
    out += fmt::format("{} ({}): {} import{}{}\n", s.source, kind, s.imports.size(), s.imports.size() == 1 ? "" : "s",
                       s.error.empty() ? "" : ", FAILED");
    for (const auto& import : s.imports) out += "  " + import_report_line(import) + "\n";
    if (!s.error.empty()) out += "  error: " + s.error + "\n";
  }
  return out;
}

}  // namespace

void add_pull_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("pull", "Import every source configured in settings (folders, URLs, CKAN) once");
  auto json = std::make_shared<bool>(false);
  cmd->add_flag("--json", *json, "Print JSON");
  cmd->callback([&context, json] {
    auto& ws = context.workspace();
    if (ws.settings.sources.empty()) {
      context.info(fmt::format("No sources to pull: add [[source]] tables to {}",
                               (ws.paths.config_dir / "settings.toml").string()));
    }
    const auto profiles = ws.load_profiles();
    const core::TemporaryFolder downloads(std::filesystem::temp_directory_path(), "huddle-pull-");
    const auto report = core::run_pull_job(*ws.store, ws.settings, profiles, ws.categories, context.clock(),
                                           context.progress(), downloads.path());
    context.out(*json ? dump_json(to_json(report)) + "\n" : to_text(report, ws.settings));
    if (!report.ok()) {
      std::string failed;
      long count = 0;
      for (const auto& s : report.sources) {
        if (s.error.empty()) continue;
        failed += (failed.empty() ? "" : ", ") + s.source;
        ++count;
      }
      // A source that could not be fetched or read is a failed pull for a scheduler: exit 3 (CLI.md).
      throw StorageError(fmt::format("{} of {} sources failed: {}", count, report.sources.size(), failed));
    }
  });
}

}  // namespace huddle::cli
