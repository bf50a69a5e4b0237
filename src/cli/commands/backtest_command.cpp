#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands/commands.h"
#include "core/jobs/backtest_job.h"
#include "core/time/iso.h"

namespace huddle::cli {
namespace {

core::Date date_option(const std::string& text, const char* name) {
  const auto d = core::parse_date(text);
  if (!d) throw UsageError(fmt::format("{} '{}' is not a date (expected YYYY-MM-DD)", name, text));
  return *d;
}

nlohmann::json backtest_json(const core::BacktestResult& r) {
  nlohmann::json methods = nlohmann::json::object();
  for (const auto& [method, s] : r.methods) {
    methods[std::string(core::to_string(method))] = {{"hit_rate", s.hit_rate}, {"pai", s.pai},       {"pei", s.pei},
                                                     {"hits", s.hits},         {"cells", s.cells}};
  }
  return {{"from", core::format_date(r.from)}, {"to", core::format_date(r.to)}, {"k", r.k},
          {"days", r.days},                    {"days_skipped", r.days_skipped}, {"events", r.events},
          {"area_cells", r.area_cells},        {"methods", methods}};
}

std::string backtest_text(const core::BacktestResult& r) {
  std::string out = fmt::format("Backtest {} to {}: {} days scored ({} without events skipped), {} events, k = {}\n",
                                core::format_date(r.from), core::format_date(r.to), r.days, r.days_skipped, r.events, r.k);
  out += fmt::format("{:<10} {:>9} {:>7} {:>7} {:>7}\n", "method", "hit rate", "PAI", "PEI", "cells");
  for (const auto& [method, s] : r.methods) {
    out += fmt::format("{:<10} {:>9.3f} {:>7.1f} {:>7.3f} {:>7.1f}\n", core::to_string(method), s.hit_rate, s.pai, s.pei,
                       s.cells);
  }
  return out;
}

}  // namespace

void add_backtest_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("backtest", "Rolling evaluation of the ranking against naive baselines");
  struct Options {
    std::string from, to;
    int k = 10;
    bool json = false;
  };
  auto options = std::make_shared<Options>();
  cmd->add_option("--from", options->from, "First cutoff day (YYYY-MM-DD)")->required();
  cmd->add_option("--to", options->to, "Last cutoff day (YYYY-MM-DD)")->required();
  cmd->add_option("--k", options->k, "Places per day (default 10)")->check(CLI::Range(1, 50));
  cmd->add_flag("--json", options->json, "Print JSON");
  cmd->callback([&context, options] {
    const auto from = date_option(options->from, "--from");
    const auto to = date_option(options->to, "--to");
    if (to < from) throw UsageError("--to is before --from");
    auto& ws = context.workspace();
    const auto result = core::backtest_huddle(*ws.store, ws.settings, ws.categories, context.schedule(), from, to,
                                              options->k, context.progress());
    context.out(options->json ? backtest_json(result).dump(2) + "\n" : backtest_text(result));
  });
}

}  // namespace huddle::cli
