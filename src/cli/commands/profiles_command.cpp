#include <fmt/format.h>

#include "cli/commands/commands.h"
#include "core/ingest/profile.h"
#include "core/ingest/profile_catalog.h"

namespace huddle::cli {
namespace {

std::string describe(const core::Profile& p) {
  std::string out = fmt::format("name: {}\ndescription: {}\nstream: {}\nformat: {}\nfile: {} ({})\n", p.name,
                                p.description, p.stream, p.format, p.source.string(), p.shipped ? "shipped" : "user");
  out += fmt::format("detect: headers {}{}\n", fmt::join(p.detect_headers, ", "),
                     p.detect_absent.empty() ? "" : fmt::format("; absent {}", fmt::join(p.detect_absent, ", ")));
  out += fmt::format("id: {}\n", p.id_columns.empty() ? "(built from the row's content)" : fmt::format("{}", fmt::join(p.id_columns, " + ")));
  out += fmt::format("time: {} as {} in {}{}\n", p.time_column, fmt::join(p.time_formats, " or "),
                     p.time_zone.empty() ? "the city's zone" : p.time_zone,
                     p.shift == core::TimeShift::none            ? ""
                     : p.shift == core::TimeShift::boston_legacy ? ", Boston legacy shift"
                                                                 : ", Boston legacy shift when " + p.shift_check_column + " shows it");
  if (!p.type_columns.empty()) out += fmt::format("type: {}\n", fmt::join(p.type_columns, " / "));
  if (!p.address_columns.empty()) out += fmt::format("address: {}\n", fmt::join(p.address_columns, ", "));
  if (!p.latitude_column.empty()) out += fmt::format("location: {}, {}\n", p.latitude_column, p.longitude_column);
  if (!p.point_column.empty()) out += fmt::format("location: {} (one text column)\n", p.point_column);
  if (!p.group_column.empty()) out += fmt::format("one incident per: {}\n", p.group_column);
  if (p.bbox) out += fmt::format("area: {}\n", fmt::join(*p.bbox, ", "));
  for (const auto& r : p.rules) {
    std::vector<std::string> tests;
    if (!r.equals.empty()) tests.push_back(fmt::format("is {}", fmt::join(r.equals, " | ")));
    if (!r.prefix.empty()) tests.push_back(fmt::format("starts with {}", fmt::join(r.prefix, " | ")));
    if (!r.contains.empty()) tests.push_back(fmt::format("contains {}", fmt::join(r.contains, " | ")));
    out += fmt::format("rule: {} when {} {}\n", r.category, r.column, fmt::join(tests, " or "));
  }
  out += fmt::format("otherwise: {}\n", p.default_category);
  return out;
}

std::vector<std::string> category_ids(const core::Workspace& ws) {
  std::vector<std::string> ids;
  for (const auto& c : ws.categories) ids.push_back(c.id);
  return ids;
}

}  // namespace

void add_profiles_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("profiles", "Extract profiles: list, show one, check a profile file");
  cmd->require_subcommand(0, 1);
  auto* list = cmd->add_subcommand("list", "Shipped and user profiles");
  auto* show = cmd->add_subcommand("show", "One profile, as Huddle understands it");
  auto* check = cmd->add_subcommand("check", "Validate a profile file");
  auto name = std::make_shared<std::string>();
  auto path = std::make_shared<std::string>();
  show->add_option("name", *name, "Profile name")->required();
  check->add_option("path", *path, "Profile file (TOML)")->required();

  auto print_list = [&context] {
    const auto profiles = context.workspace().load_profiles();
    for (const auto& p : profiles.all()) {
      context.out(fmt::format("{:<28} {:<7} {:<8} {}\n", p.name, p.stream, p.shipped ? "shipped" : "user", p.description));
    }
  };
  cmd->callback([cmd, print_list] {
    if (cmd->get_subcommands().empty()) print_list();
  });
  list->callback(print_list);
  show->callback([&context, name] {
    const auto profiles = context.workspace().load_profiles();
    const core::Profile* p = profiles.find(*name);
    if (!p) throw UsageError(fmt::format("no profile named '{}' (see huddle-cli profiles list)", *name));
    context.out(describe(*p));
  });
  check->callback([&context, path] {
    const core::Profile p = core::load_profile(*path, category_ids(context.workspace()));
    context.out(fmt::format("{}: ok — profile '{}' for stream {}, {} category rules\n", *path, p.name, p.stream, p.rules.size()));
  });
}

}  // namespace huddle::cli
