#pragma once
/// \file
/// Each huddle-cli command registers itself on the CLI11 app; the callbacks run core jobs.

#include <CLI/CLI.hpp>

#include "cli/context.h"

namespace huddle::cli {

/// `demo [--days N] [--seed S]`: fill the database with the synthetic city.
void add_demo_command(CLI::App& app, Context& context);
/// `departments [--json]`: the departments actions can be assigned to.
void add_departments_command(CLI::App& app, Context& context);
/// `today [--at TIME] [--json]`: counts since the last cutoff per stream and category, data freshness, actions.
void add_today_command(CLI::App& app, Context& context);

}  // namespace huddle::cli
