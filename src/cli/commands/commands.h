#pragma once
/// \file
/// Each huddle-cli command registers itself on the CLI11 app; the callbacks run core jobs.

#include <CLI/CLI.hpp>

#include "cli/context.h"

namespace huddle::cli {

/// `demo [--days N] [--seed S] [--out DIR]`: fill the database with the synthetic city.
void add_demo_command(CLI::App& app, Context& context);
/// `import FILE... [--profile NAME|PATH|auto] [--json]`: import extracts.
void add_import_command(CLI::App& app, Context& context);
/// `profiles [list|show NAME|check PATH]`: the extract profiles.
void add_profiles_command(CLI::App& app, Context& context);
/// `departments [--json]`: the departments actions can be assigned to.
void add_departments_command(CLI::App& app, Context& context);
/// `pull [--json]`: import every source configured in settings.toml once.
void add_pull_command(CLI::App& app, Context& context);
/// `actions list|add|set|history`: the action tracker (actions_command.cpp).
void add_actions_command(CLI::App& app, Context& context);
/// `actions add` and `actions set` on the `actions` command (actions_edit_command.cpp).
void add_action_edit_commands(CLI::App& actions, Context& context);
/// `today [--at TIME] [--json]`: counts since the last cutoff per stream and category, data freshness, actions.
void add_today_command(CLI::App& app, Context& context);

/// `rank [--at TIME] [--top N] [--json]`: ranked places, the watch list and the data-quality box.
void add_rank_command(CLI::App& app, Context& context);

/// `brief [--at TIME] --out DIR [--formats html,md,txt]`: the huddle in force at TIME, its agenda files written into
/// DIR.
void add_brief_command(CLI::App& app, Context& context);

/// `backtest --from DATE --to DATE [--k N] [--json]`: the ranking against naive baselines, day by day.
void add_backtest_command(CLI::App& app, Context& context);

/// `backup FILE` and `restore FILE`: copy the database into a file, replace it with a Huddle backup.
void add_backup_commands(CLI::App& app, Context& context);

}  // namespace huddle::cli
