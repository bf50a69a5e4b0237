#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands/commands.h"

namespace huddle::cli {

void add_departments_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("departments", "The departments actions can be assigned to");
  auto json = std::make_shared<bool>(false);
  cmd->add_flag("--json", *json, "Print JSON");
  cmd->callback([&context, json] {
    const auto departments = context.workspace().store->departments().list();
    if (*json) {
      auto out = nlohmann::json::array();
      for (const auto& d : departments) {
        out.push_back({{"id", d.id}, {"name", d.name}, {"short", d.short_name}, {"kind", d.kind}, {"active", d.active}});
      }
      context.out(out.dump(2) + "\n");
      return;
    }
    for (const auto& d : departments) {
      context.out(fmt::format("{:>3}  {:<10} {}{}\n", d.id, d.short_name, d.name, d.active ? "" : "  (inactive)"));
    }
  });
}

}  // namespace huddle::cli
