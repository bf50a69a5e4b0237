#pragma once
/// \file
/// What every huddle-cli command shares: global options, the workspace they open, output helpers.

#include <filesystem>
#include <memory>
#include <string>
#include <typeinfo>

#include "core/error.h"
#include "core/jobs/workspace.h"
#include "core/progress.h"
#include "core/time/clock.h"

namespace huddle::cli {

/// Raised for a wrong command line that CLI11 cannot see (a bad --at value, ...); exit code 1.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Runs `work`; a plain huddle::Error from it (core refusing a name or value the user typed) becomes a UsageError,
/// while storage, configuration and input errors keep their own exit codes.
template <typename Work>
decltype(auto) typed_by_user(Work&& work) {
  try {
    return work();
  } catch (const Error& e) {
    if (typeid(e) == typeid(Error)) throw UsageError(e.what());
    throw;
  }
}

/// Global options and the lazily opened workspace.
class Context {
 public:
  /// `exe` is argv[0] (used to find installed resources).
  explicit Context(std::filesystem::path exe);

  std::string db;          ///< --db
  std::string config_dir;  ///< --config
  std::string tz;          ///< --tz
  bool quiet = false;      ///< --quiet

  /// Opens the workspace on first use (configuration, database, departments), makes the day's backup and prints
  /// what opening warned about on stderr.
  core::Workspace& workspace();
  /// Where the workspace is (or would be opened from), without opening it.
  core::WorkspacePaths paths() const;
  /// The real clock.
  const core::Clock& clock() const { return m_clock; }
  /// Progress on stderr unless --quiet.
  core::ProgressSink& progress() { return *m_progress; }
  /// The huddle schedule, with --tz applied.
  core::HuddleSchedule schedule();
  /// Parses a --at value (local time of the city); UsageError when malformed. Empty = now.
  core::UtcTime at(const std::string& text);
  /// Parses a date option (`option` names it in the message): YYYY-MM-DD, "today" or "tomorrow" in the city's
  /// calendar; UsageError when malformed.
  core::Date date(const std::string& option, const std::string& text);
  /// Who this seat is, as recorded in an action's history ($HUDDLE_SEAT, else $USER, else $LOGNAME).
  std::string seat() const;
  /// Prints `text` to stdout.
  void out(const std::string& text) const;
  /// Prints an informational line to stderr unless --quiet.
  void info(const std::string& text) const;

 private:
  std::filesystem::path m_exe;
  core::SystemClock m_clock;
  std::unique_ptr<core::ProgressSink> m_progress;
  std::unique_ptr<core::Workspace> m_workspace;
};

}  // namespace huddle::cli
