#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands/commands.h"
#include "cli/import_report_json.h"
#include "core/error.h"
#include "core/ingest/import_job.h"
#include "core/report/import_report_text.h"

namespace huddle::cli {

void add_import_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("import", "Import extracts (311, EMS, ...) through their profiles");
  struct Options {
    std::vector<std::string> files;
    std::string profile = "auto";
    bool json = false;
  };
  auto options = std::make_shared<Options>();
  cmd->add_option("files", options->files, "Extract files (CSV or GeoJSON)")->required();
  cmd->add_option("--profile", options->profile, "Profile name, profile file, or auto (detect from the header)");
  cmd->add_flag("--json", options->json, "Print one JSON object per file");
  cmd->callback([&context, options] {
    auto& ws = context.workspace();
    const auto profiles = ws.load_profiles();
    long failed = 0;
    for (const auto& file : options->files) {
      try {
        const auto report = core::run_import_job(*ws.store, {file, options->profile, ""}, profiles, ws.settings,
                                                 ws.categories, context.clock(), context.progress());
        context.out(options->json ? dump_json(import_report_json(report)) + "\n" : core::import_report_text(report));
      } catch (const InputError& e) {
        if (options->files.size() == 1) throw;
        // One unreadable file does not stop the others; the exit code still says something failed.
        fmt::print(stderr, "huddle-cli: {}\n", e.what());
        ++failed;
      }
    }
    if (failed) {
      throw InputError("", 0, "", fmt::format("{} of {} files were not imported", failed, options->files.size()));
    }
  });
}

}  // namespace huddle::cli
