#include <nlohmann/json.hpp>

#include "cli/commands/commands.h"
#include "core/jobs/rank_job.h"
#include "core/report/ranking_text.h"
#include "core/time/local_format.h"

namespace huddle::cli {
namespace {

nlohmann::json place_json(const core::RankedPlace& p) {
  nlohmann::json tags = nlohmann::json::array();
  for (const auto tag : p.tags) tags.push_back(std::string(core::to_string(tag)));
  nlohmann::json daily = nlohmann::json::object();
  for (const auto& [stream, counts] : p.daily) daily[stream] = counts;
  return {{"rank", p.rank},
          {"id", p.place.id},
          {"name", p.place.name},
          {"lat", p.place.lat},
          {"lon", p.place.lon},
          {"score", p.score},
          {"window_counts", p.window_counts},
          {"window_categories", p.window_categories},
          {"counts_7d", p.counts_7d},
          {"usual_per_day", p.usual_per_day},
          {"z", p.z},
          {"active_days", p.active_days},
          {"daily", daily},
          {"cells", p.place.cells.size()},
          {"tags", tags},
          {"open_actions", p.open_actions.size()},
          {"explanation", p.explanation}};
}

nlohmann::json places_json(const std::vector<core::RankedPlace>& places) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : places) out.push_back(place_json(p));
  return out;
}

nlohmann::json ranking_json(const core::Ranking& r, const core::HuddleSchedule& schedule) {
  nlohmann::json latest = nlohmann::json::object();
  for (const auto& [stream, t] : r.quality.latest_event) latest[stream] = core::format_local_iso(t, schedule);
  return {{"cutoff", core::format_local_iso(r.window.cutoff, schedule)},
          {"window_start", core::format_local_iso(r.window.start, schedule)},
          {"places", places_json(r.lists.top)},
          {"watch", places_json(r.lists.watch)},
          {"data_quality",
           {{"unlocated", r.quality.unlocated},
            {"linked", r.quality.linked},
            {"latest_event", latest},
            {"silent_streams", r.quality.silent_streams}}}};
}

}  // namespace

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
    if (options->json) context.out(ranking_json(ranking, schedule).dump(2) + "\n");
    else context.out(core::format_ranking_text(ranking, ws.settings.city_name, schedule));
  });
}

}  // namespace huddle::cli
