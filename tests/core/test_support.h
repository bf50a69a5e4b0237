#pragma once
// Helpers shared by the core tests: temporary folders, a fixed clock, workspaces on fixtures.

#include <chrono>
#include <filesystem>
#include <string>

#include "core/error.h"
#include "core/jobs/workspace.h"
#include "core/progress.h"
#include "core/time/clock.h"

namespace huddle::test {

/// A fresh folder under the system temp dir, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return m_path; }
  /// Writes `text` to `name` inside the folder and returns its path.
  std::filesystem::path write(const std::string& name, const std::string& text) const;

 private:
  std::filesystem::path m_path;
};

/// UTC instant from its parts.
core::UtcTime utc(int y, unsigned m, unsigned d, int h = 0, int min = 0, int s = 0);

/// Thursday 26 November 2026, 13:00 UTC (08:00 in Boston): a weekday morning just after the cutoff.
inline core::UtcTime thanksgiving_morning() { return utc(2026, 11, 26, 13); }

/// A progress sink that asks to stop at once (for cancel tests).
class CancelAtOnce final : public core::ProgressSink {
 public:
  void progress(std::string_view, long, long) override {}
  bool cancelled() const override { return true; }
};

/// The ConfigError that loading `text` as settings.toml raises; fails the test when it loads.
ConfigError settings_error(const std::string& text);

/// A workspace on a new database in `dir` with the shipped configuration.
core::Workspace open_workspace(const TempDir& dir);

}  // namespace huddle::test
