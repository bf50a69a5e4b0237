#include <fmt/format.h>

#include "cli/commands/commands.h"
#include "core/demo/demo_job.h"
#include "core/time/iso.h"

namespace huddle::cli {

void add_demo_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("demo", "Fill the database with a synthetic but realistic city");
  auto options = std::make_shared<core::demo::DemoOptions>();
  cmd->add_option("--days", options->days, "Days of events, ending today")->check(CLI::Range(1, 3650));
  cmd->add_option("--seed", options->seed, "Random seed (same seed and day, same city)");
  cmd->callback([&context, options] {
    auto& ws = context.workspace();
    auto report = core::run_demo_job(*ws.store, ws.settings, *options, context.clock(), context.progress());
    context.info(fmt::format("Demo city: {} events from {} to {} ({} repeat reports linked), {} past huddles, "
                             "{} actions, in {}",
                             report.events, core::format_date(report.first_day), core::format_date(report.last_day),
                             report.linked, report.huddles, report.actions, ws.paths.database.string()));
  });
}

}  // namespace huddle::cli
