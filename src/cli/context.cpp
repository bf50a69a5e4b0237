#include "cli/context.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

#include "core/config/paths.h"
#include "core/config/seat.h"
#include "core/error.h"
#include "core/jobs/backup_job.h"
#include "core/time/time_argument.h"

namespace huddle::cli {
namespace {

/// Prints each step's progress on one line of stderr (rewritten in place on a terminal).
class TerminalProgress final : public core::ProgressSink {
 public:
  explicit TerminalProgress(const bool& quiet) : m_quiet(quiet), m_tty(::isatty(STDERR_FILENO) != 0) {}
  void progress(std::string_view what, long done, long total) override {
    if (m_quiet) return;
    const bool finished = done >= total;
    if (m_tty) fmt::print(stderr, "\r{}: {}/{}{}", what, done, total, finished ? "\n" : "");
    else if (finished) fmt::print(stderr, "{}\n", what);  // a log file gets one line per step
  }

 private:
  const bool& m_quiet;
  bool m_tty;
};

std::optional<std::string> getenv_lookup(const std::string& name) {
  const char* v = std::getenv(name.c_str());
  if (!v) return std::nullopt;
  return std::string(v);
}

}  // namespace

Context::Context(std::filesystem::path exe)
    : m_exe(std::move(exe)), m_progress(std::make_unique<TerminalProgress>(quiet)) {}

core::WorkspacePaths Context::paths() const {
  std::error_code ec;
  auto exe = std::filesystem::canonical("/proc/self/exe", ec);
  auto exe_dir = ec ? m_exe.parent_path() : exe.parent_path();
  return core::resolve_paths({db, config_dir}, getenv_lookup, exe_dir, HUDDLE_SOURCE_RESOURCES);
}

core::Workspace& Context::workspace() {
  if (!m_workspace) {
    m_workspace = std::make_unique<core::Workspace>(core::Workspace::open(paths()));
    if (!tz.empty()) m_workspace->settings.time_zone = tz;
    core::make_daily_backup(*m_workspace, m_clock.now());
    // Warnings are printed even with --quiet: a backup that was not made is worth a scheduler's attention.
    for (const auto& warning : m_workspace->warnings) fmt::print(stderr, "huddle-cli: warning: {}\n", warning);
  }
  return *m_workspace;
}

core::HuddleSchedule Context::schedule() {
  try {
    return workspace().settings.schedule();
  } catch (const ConfigError&) {
    throw;
  } catch (const Error& e) {
    throw UsageError(e.what());
  }
}

core::UtcTime Context::at(const std::string& text) {
  if (text.empty()) return m_clock.now();
  auto t = core::parse_time_argument(text, schedule());
  if (!t) throw UsageError(fmt::format("--at '{}': expected local time as YYYY-MM-DD HH:MM or YYYY-MM-DD", text));
  return *t;
}

core::Date Context::date(const std::string& option, const std::string& text) {
  const auto s = schedule();
  auto d = core::parse_date_argument(text, s.local_date(m_clock.now()));
  if (!d) throw UsageError(fmt::format("{} '{}': expected a date as YYYY-MM-DD, today or tomorrow", option, text));
  return *d;
}

std::string Context::seat() const { return core::seat_name(getenv_lookup); }

void Context::out(const std::string& text) const { fmt::print("{}", text); }

void Context::info(const std::string& text) const {
  if (!quiet) fmt::print(stderr, "{}\n", text);
}

}  // namespace huddle::cli
