#include <nlohmann/json.hpp>

#include "cli/commands/commands.h"
#include "core/analysis/today_summary.h"
#include "core/report/today_text.h"
#include "core/time/iso.h"
#include "core/time/local_format.h"

namespace huddle::cli {
namespace {

nlohmann::json to_json(const core::TodaySummary& s, const core::HuddleSchedule& schedule) {
  nlohmann::json streams = nlohmann::json::object();
  for (const auto& stream : s.streams) {
    nlohmann::json categories = nlohmann::json::object();
    for (const auto& c : stream.by_category) categories[c.category] = c.count;
    streams[stream.stream] = {{"total", stream.total},
                              {"by_category", categories},
                              {"newest", stream.newest ? nlohmann::json(core::format_local_iso(*stream.newest, schedule))
                                                       : nlohmann::json(nullptr)}};
  }
  return {{"date", core::format_date(s.window.date)},
          {"cutoff", core::format_local_iso(s.window.cutoff, schedule)},
          {"window_start", core::format_local_iso(s.window.start, schedule)},
          {"streams", streams},
          {"data_quality", {{"unlocated", s.totals.unlocated}, {"linked", s.totals.linked}}},
          {"actions", {{"open", s.open_actions}, {"overdue", s.overdue_actions}, {"due_today", s.due_today}}}};
}

}  // namespace

void add_today_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("today", "What came in since the last huddle's cutoff, per stream and category");
  struct Options {
    std::string at;
    bool json = false;
  };
  auto options = std::make_shared<Options>();
  cmd->add_option("--at", options->at, "Local time (YYYY-MM-DD HH:MM, or YYYY-MM-DD = that day's cutoff); default now");
  cmd->add_flag("--json", options->json, "Print JSON");
  cmd->callback([&context, options] {
    auto& ws = context.workspace();
    const auto schedule = context.schedule();
    const auto summary = core::summarize_today(*ws.store, schedule, context.at(options->at));
    if (options->json) context.out(to_json(summary, schedule).dump(2) + "\n");
    else context.out(core::format_today_text(summary, ws.settings.city_name, schedule, ws.categories));
  });
}

}  // namespace huddle::cli
