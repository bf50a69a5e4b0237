#include "cli/commands/commands.h"
#include "core/jobs/rank_job.h"
#include "core/report/ranking_json.h"
#include "core/report/ranking_text.h"

namespace huddle::cli {

void add_rank_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("rank", "Ranked places and the watch list for the huddle at a time");
  struct Options {
    std::string at;
    int top = 0;
    bool json = false;
  };
  auto options = std::make_shared<Options>();
  cmd->add_option("--at", options->at, "Local time (YYYY-MM-DD HH:MM, or YYYY-MM-DD = that day's cutoff); default now");
  cmd->add_option("--top", options->top, "Places in the top list (default: settings, 10)")->check(CLI::Range(1, 50));
  cmd->add_flag("--json", options->json, "Print JSON");
  cmd->callback([&context, options] {
    auto& ws = context.workspace();
    const auto schedule = context.schedule();
    core::Settings settings = ws.settings;
    if (options->top > 0) settings.ranking.top_k = options->top;
    const auto ranking = core::rank_huddle(*ws.store, settings, ws.categories, schedule, context.at(options->at));
    if (options->json) context.out(core::format_ranking_json(ranking, schedule));
    else context.out(core::format_ranking_text(ranking, ws.settings.city_name, schedule));
  });
}

}  // namespace huddle::cli
