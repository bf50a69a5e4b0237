#include <fmt/format.h>

#include "cli/commands/commands.h"
#include "core/demo/demo_job.h"
#include "core/scoped_path.h"
#include "core/time/iso.h"

namespace huddle::cli {
void add_demo_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("demo", "Fill the database with a synthetic but realistic city");
  struct Options {
    core::demo::DemoOptions demo;
    std::string out;
  };
  auto options = std::make_shared<Options>();
  cmd->add_option("--days", options->demo.days, "Days of events, ending today")->check(CLI::Range(1, 3650));
  cmd->add_option("--seed", options->demo.seed, "Random seed (same seed and day, same city)");
  cmd->add_option("--out", options->out, "Also keep the synthetic extracts (CSV) in this folder");
  cmd->callback([&context, options] {
    auto& ws = context.workspace();
    const core::TemporaryFolder scratch(std::filesystem::temp_directory_path(), "huddle-demo-");
    const std::filesystem::path dir = options->out.empty() ? scratch.path() : std::filesystem::path(options->out);
    auto report = core::run_demo_job(ws, options->demo, context.clock(), context.progress(), dir);
    context.info(fmt::format("Demo city: {} events from {} to {} ({} repeat reports linked), {} past huddles, "
                             "{} actions, in {}",
                             report.events, core::format_date(report.first_day), core::format_date(report.last_day),
                             report.linked, report.huddles, report.actions, ws.paths.database.string()));
    if (!options->out.empty()) {
      context.info(fmt::format("Extracts: {} and {}", report.calls_311.string(), report.calls_ems.string()));
    }
  });
}

}  // namespace huddle::cli
