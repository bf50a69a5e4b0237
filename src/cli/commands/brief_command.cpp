#include <algorithm>

#include <fmt/format.h>

#include "cli/commands/commands.h"
#include "core/jobs/brief_job.h"
#include "core/jobs/huddle_job.h"

namespace huddle::cli {
namespace {

/// The formats of `--formats`, each once, in the order given; UsageError for an unknown one.
std::vector<core::PacketFormat> parse_formats(const std::vector<std::string>& names) {
  std::vector<core::PacketFormat> out;
  for (const auto& name : names) {
    const auto format = core::parse_packet_format(name);
    if (!format) throw UsageError(fmt::format("--formats {}: unknown format; use pdf, xlsx, html, md or txt", name));
    if (std::find(out.begin(), out.end(), *format) == out.end()) out.push_back(*format);
  }
  return out;
}

}  // namespace

void add_brief_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("brief",
                                 "Build the huddle (run-of-show, carried-over actions) and write its packet "
                                 "files into a folder");
  struct Options {
    std::string at;
    std::string out;
    std::vector<std::string> formats{"pdf", "xlsx", "html", "md", "txt"};
  };
  auto options = std::make_shared<Options>();
  cmd->add_option("--at", options->at, "Local time (YYYY-MM-DD HH:MM, or YYYY-MM-DD = that day's cutoff); default now");
  cmd->add_option("--out", options->out, "Folder to write into (created when missing)")->required();
  cmd->add_option("--formats", options->formats, "Comma-separated: pdf, xlsx, html, md, txt")
      ->delimiter(',')
      ->capture_default_str();
  cmd->callback([&context, options] {
    const auto formats = parse_formats(options->formats);
    auto& ws = context.workspace();
    const auto schedule = context.schedule();
    const auto date = schedule.current_at(context.at(options->at)).date;
    const auto brief = core::open_huddle(*ws.store, ws.settings, ws.categories, schedule, date);
    const auto files = core::write_brief(ws, schedule, brief, {options->out, formats}, context.clock().now(),
                                         context.progress());
    for (const auto& path : files) {
      context.out(path.string() + "\n");
    }
  });
}

}  // namespace huddle::cli
