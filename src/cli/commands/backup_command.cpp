#include <fmt/format.h>

#include "cli/commands/commands.h"
#include "core/jobs/backup_job.h"

namespace huddle::cli {

void add_backup_commands(CLI::App& app, Context& context) {
  auto* backup =
      app.add_subcommand("backup", "Copy the database into a file (SQLite online backup; seats may keep working)");
  auto backup_file = std::make_shared<std::string>();
  backup->add_option("file", *backup_file, "The copy (replaced whole when it exists)")->required();
  backup->callback([&context, backup_file] {
    typed_by_user([&] { core::backup_database_to(context.workspace(), *backup_file); });
    context.out(*backup_file + "\n");
  });

  auto* restore = app.add_subcommand(
      "restore", "Replace the database with a Huddle backup file; the database it replaces is kept in backups/");
  auto restore_file = std::make_shared<std::string>();
  restore->add_option("file", *restore_file, "A Huddle database (a backup)")->required();
  restore->callback([&context, restore_file] {
    // The database is not opened first: restoring must work when it is damaged.
    const auto database = context.paths().database;
    const auto result =
        typed_by_user([&] { return core::restore_database(database, *restore_file, context.clock().now()); });
    context.workspace();  // an older schema is migrated now
    context.info(fmt::format("Restored {} (schema version {}) into {}", *restore_file, result.schema_version,
                             database.string()));
    if (result.kept) {
      context.info(fmt::format("The database it replaced is kept in {}", result.kept->string()));
      context.out(result.kept->string() + "\n");
    }
  });
}

}  // namespace huddle::cli
