#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands/commands.h"
#include "core/huddle/action_tracker.h"
#include "core/huddle/department_ref.h"
#include "core/report/action_text.h"
#include "core/time/iso.h"
#include "core/time/local_format.h"

namespace huddle::cli {
namespace {

nlohmann::json date_or_null(const std::optional<core::Date>& d) {
  return d ? nlohmann::json(core::format_date(*d)) : nlohmann::json(nullptr);
}

nlohmann::json to_json(const core::TrackerRow& row, const core::HuddleSchedule& schedule) {
  const auto& a = row.action;
  return {{"id", a.id},
          {"title", a.title},
          {"department", row.department.name},
          {"department_short", row.department.short_name},
          {"owner", a.owner},
          {"place_id", a.place_id},
          {"place_name", a.place_name},
          {"huddle_date", date_or_null(row.huddle_date)},
          {"created", core::format_local_iso(a.created_utc, schedule)},
          {"updated", core::format_local_iso(a.updated_utc, schedule)},
          {"due", date_or_null(a.due)},
          {"status", std::string(core::to_string(a.status))},
          {"priority", std::string(core::to_string(a.priority))},
          {"note", a.note},
          {"group", std::string(core::to_string(row.group))},
          {"age_days", row.age_days},
          {"version", a.version}};
}

nlohmann::json to_json(const core::ActionChange& c, const core::HuddleSchedule& schedule) {
  return {{"changed", core::format_local_iso(c.changed_utc, schedule)},
          {"who", c.who},
          {"field", c.field},
          {"old", c.old_value},
          {"new", c.new_value}};
}

void add_list_command(CLI::App& actions, Context& context) {
  auto* cmd = actions.add_subcommand("list", "The action tracker: overdue, due today, open (closed with --status)");
  struct Options {
    std::string dept;
    std::string status;
    bool overdue = false;
    bool json = false;
  };
  auto options = std::make_shared<Options>();
  cmd->add_option("--dept", options->dept, "Only this department's actions (full or short name)");
  cmd->add_option("--status", options->status, "Only actions with this status; all = every action, closed too")
      ->check(CLI::IsMember({"open", "in_progress", "done", "blocked", "dropped", "all"}));
  cmd->add_flag("--overdue", options->overdue, "Only overdue actions");
  cmd->add_flag("--json", options->json, "Print JSON");
  cmd->callback([&context, options] {
    auto& store = *context.workspace().store;
    const auto schedule = context.schedule();
    core::ActionFilter filter;
    if (!options->dept.empty()) {
      filter.department_id =
          typed_by_user([&] { return core::resolve_department(store.departments().list(), options->dept); }).id;
    }
    filter.include_closed = options->status == "all";
    if (!options->status.empty() && !filter.include_closed) filter.status = core::parse_action_status(options->status);
    filter.overdue_only = options->overdue;
    const core::Date today = schedule.local_date(context.clock().now());  // the calendar day, as --due today
    const auto rows = core::tracker_rows(store, schedule, today, filter);
    if (!options->json) {
      context.out(core::format_tracker_text(rows));
      return;
    }
    auto out = nlohmann::json::array();
    for (const auto& row : rows) out.push_back(to_json(row, schedule));
    context.out(out.dump(2) + "\n");
  });
}

void add_history_command(CLI::App& actions, Context& context) {
  auto* cmd = actions.add_subcommand("history", "Every change of an action, oldest first");
  struct Options {
    std::int64_t id = 0;
    bool json = false;
  };
  auto options = std::make_shared<Options>();
  cmd->add_option("id", options->id, "The action's id")->required();
  cmd->add_flag("--json", options->json, "Print JSON");
  cmd->callback([&context, options] {
    auto& store = *context.workspace().store;
    const auto schedule = context.schedule();
    const auto action = store.actions().get(options->id);
    if (!action) throw UsageError(fmt::format("no action with id {} (see huddle-cli actions list)", options->id));
    const auto changes = store.actions().history(options->id);
    if (!options->json) {
      context.out(core::format_history_text(*action, changes, schedule));
      return;
    }
    auto out = nlohmann::json::array();
    for (const auto& c : changes) out.push_back(to_json(c, schedule));
    context.out(out.dump(2) + "\n");
  });
}

}  // namespace

void add_actions_command(CLI::App& app, Context& context) {
  auto* actions = app.add_subcommand("actions", "The action tracker: list, add, set, history");
  actions->require_subcommand(1);
  add_list_command(*actions, context);
  add_action_edit_commands(*actions, context);
  add_history_command(*actions, context);
}

}  // namespace huddle::cli
