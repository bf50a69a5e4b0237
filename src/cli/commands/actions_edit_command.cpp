#include <fmt/format.h>

#include "cli/commands/commands.h"
#include "core/huddle/department_ref.h"
#include "core/jobs/action_job.h"
#include "core/report/action_text.h"
#include "core/time/local_format.h"

namespace huddle::cli {
namespace {

void add_add_command(CLI::App& actions, Context& context) {
  auto* cmd = actions.add_subcommand("add", "A new action; prints its id");
  struct Options {
    std::string title, dept, owner, due, place, huddle;
  };
  auto options = std::make_shared<Options>();
  cmd->add_option("--title", options->title, "What is to be done")->required();
  cmd->add_option("--dept", options->dept, "The owning department (full or short name, see huddle-cli departments)")
      ->required();
  cmd->add_option("--owner", options->owner, "Person or team within the department");
  cmd->add_option("--due", options->due, "Due date: YYYY-MM-DD, today or tomorrow");
  cmd->add_option("--place", options->place, "The place it is about, by id (as huddle-cli rank --json prints it)");
  cmd->add_option("--huddle", options->huddle, "The huddle it was agreed at, by date (YYYY-MM-DD or today)");
  cmd->callback([&context, options] {
    auto& store = *context.workspace().store;
    core::NewAction request;
    request.title = options->title;
    const auto department =
        typed_by_user([&] { return core::resolve_department(store.departments().list(), options->dept); });
    request.department_id = department.id;
    request.owner = options->owner;
    if (!options->due.empty()) request.due = context.date("--due", options->due);
    request.place_id = options->place;
    if (!options->huddle.empty()) request.huddle_date = context.date("--huddle", options->huddle);
    const auto action =
        typed_by_user([&] { return core::add_action(store, request, context.seat(), context.clock().now()); });
    context.out(fmt::format("{}\n", action.id));
    if (!action.place_id.empty() && action.place_name == action.place_id) {
      context.info(
          fmt::format("note: no ranking has listed place '{}'; the action names it by its id", action.place_id));
    }
    context.info(fmt::format("Added action {} for {}{}", action.id, department.name,
                             action.due ? ", due " + core::format_short_date(*action.due) : ""));
  });
}

void add_set_command(CLI::App& actions, Context& context) {
  auto* cmd = actions.add_subcommand("set", "Change an action (recorded in its history)");
  struct Options {
    std::int64_t id = 0;
    std::string title, dept, priority, status, owner, due, note;
    int version = 0;
  };
  auto options = std::make_shared<Options>();
  cmd->add_option("id", options->id, "The action's id")->required();
  auto* title = cmd->add_option("--title", options->title, "New title");
  auto* dept = cmd->add_option("--dept", options->dept, "Move it to this department (full or short name)");
  auto* priority = cmd->add_option("--priority", options->priority, "New priority")
                       ->check(CLI::IsMember({"low", "normal", "high"}));
  auto* status = cmd->add_option("--status", options->status, "New status")
                     ->check(CLI::IsMember({"open", "in_progress", "done", "blocked", "dropped"}));
  auto* owner = cmd->add_option("--owner", options->owner, "New owner (\"\" clears it)");
  auto* due = cmd->add_option("--due", options->due, "New due date: YYYY-MM-DD, today, tomorrow, or none to clear it");
  auto* note = cmd->add_option("--note", options->note, "New note (replaces the latest one; history keeps it)");
  auto* version = cmd->add_option("--if-version", options->version,
                                  "Refuse the change unless the action is still at this version (from list --json)");
  cmd->callback([&context, options, title, dept, priority, status, owner, due, note, version] {
    auto& store = *context.workspace().store;
    core::ActionEdit edit;
    if (title->count() > 0) edit.title = options->title;
    if (dept->count() > 0) {
      edit.department_id =
          typed_by_user([&] { return core::resolve_department(store.departments().list(), options->dept); }).id;
    }
    if (priority->count() > 0) edit.priority = core::parse_action_priority(options->priority);
    if (status->count() > 0) edit.status = core::parse_action_status(options->status);
    if (owner->count() > 0) edit.owner = options->owner;
    if (due->count() > 0) {
      const bool clear = options->due.empty() || options->due == "none";
      edit.due = clear ? std::optional<core::Date>() : context.date("--due", options->due);
    }
    if (note->count() > 0) edit.note = options->note;
    if (edit.empty()) {
      throw UsageError("actions set: nothing to change; give --title, --dept, --priority, --status, --owner, --due "
                       "or --note");
    }

    auto action = store.actions().get(options->id);
    if (!action) throw UsageError(fmt::format("no action with id {} (see huddle-cli actions list)", options->id));
    if (version->count() > 0) action->version = options->version;
    bool changed = false;
    try {
      changed = typed_by_user([&] { return core::edit_action(store, *action, edit, context.seat(), context.clock().now()); });
    } catch (const ConflictError&) {
      const auto fresh = store.actions().get(options->id);
      throw ConflictError(
          core::format_conflict_text(*fresh, store.actions().history(options->id).back(), context.schedule()));
    }
    context.out(changed ? fmt::format("action {} saved: version {}\n", action->id, action->version)
                        : fmt::format("action {} unchanged: version {} already has these values\n", action->id,
                                      action->version));
  });
}

}  // namespace

void add_action_edit_commands(CLI::App& actions, Context& context) {
  add_add_command(actions, context);
  add_set_command(actions, context);
}

}  // namespace huddle::cli
