// huddle-cli: the command-line front end. Parses arguments, runs core jobs, maps errors to exit codes
// (0 ok, 1 usage, 2 input/configuration, 3 storage/export or an unexpected failure, 4 cancelled).

#include <exception>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands/commands.h"
#include "cli/context.h"
#include "core/error.h"

int main(int argc, char** argv) {
  using namespace huddle;
  cli::Context context(argc > 0 ? argv[0] : "huddle-cli");
  CLI::App app{"Huddle: the daily Coordinated Response Team huddle, from the command line", "huddle-cli"};
  app.set_version_flag("--version", std::string("huddle-cli ") + HUDDLE_VERSION);
  app.add_option("--db", context.db, "Database file (default $HUDDLE_DB, else $XDG_DATA_HOME/huddle/huddle.db)");
  app.add_option("--config", context.config_dir, "Configuration folder (default $XDG_CONFIG_HOME/huddle)");
  app.add_option("--tz", context.tz, "Time zone for times on the command line (default: the city's)");
  app.add_flag("--quiet", context.quiet, "No progress or information on stderr");
  app.require_subcommand(1);
  app.fallthrough();  // global options may stand after the command too

  cli::add_demo_command(app, context);
  cli::add_import_command(app, context);
  cli::add_profiles_command(app, context);
  cli::add_departments_command(app, context);
  cli::add_actions_command(app, context);
  cli::add_today_command(app, context);
  cli::add_pull_command(app, context);
  cli::add_rank_command(app, context);
  cli::add_brief_command(app, context);
  cli::add_backtest_command(app, context);
  cli::add_backup_commands(app, context);

  try {
    app.parse(argc, argv);
    return 0;
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 1;  // --help and --version exit 0; every parse error is a usage error
  } catch (const cli::UsageError& e) {
    fmt::print(stderr, "huddle-cli: {}\n", e.what());
    return 1;
  } catch (const InputError& e) {
    fmt::print(stderr, "huddle-cli: {}\n", e.what());
    return 2;
  } catch (const ConfigError& e) {
    fmt::print(stderr, "huddle-cli: {}\n", e.what());
    return 2;
  } catch (const Cancelled&) {
    fmt::print(stderr, "huddle-cli: cancelled\n");
    return 4;
  } catch (const StorageError& e) {
    fmt::print(stderr, "huddle-cli: {}\n", e.what());
    return 3;
  } catch (const ExportError& e) {
    fmt::print(stderr, "huddle-cli: {}\n", e.what());
    return 3;
  } catch (const Error& e) {
    fmt::print(stderr, "huddle-cli: {}\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    // Not one of Huddle's errors (out of memory, a library's own exception): nothing was committed half-way, since
    // every change is a transaction; say what it was rather than abort.
    fmt::print(stderr, "huddle-cli: unexpected failure: {}\n", e.what());
    return 3;
  }
}
