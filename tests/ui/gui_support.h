#pragma once
// What the GUI tests share: yielding to the event loop, and a demo database with the main window on it.

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <wx/app.h>
#include <wx/utils.h>

#include "core/demo/demo_job.h"
#include "core/jobs/workspace.h"
#include "core/time/clock.h"
#include "ui/main_frame.h"

namespace huddle::test {

/// Lets pending events run for about 0.3 s.
inline void settle() {
  for (int i = 0; i < 15; ++i) {
    wxTheApp->Yield(true);
    wxMilliSleep(20);
  }
}

/// Yields to the event loop until `done()` or 60 s.
template <typename Done>
bool wait_until(Done done) {
  for (int i = 0; i < 3000 && !done(); ++i) {
    wxTheApp->Yield(true);
    wxMilliSleep(20);
  }
  return done();
}

/// A demo database in a temporary folder named after `name`, the main window on it (raised above any window an
/// earlier test left), Thursday 26 November 2026 08:00 on a clock the test moves, and the seat `seat` when given.
struct DemoWindow {
  std::filesystem::path dir;
  core::FakeClock clock{std::chrono::sys_days{std::chrono::year{2026} / 11 / 26} + std::chrono::hours{13}};
  core::Workspace ws;
  ui::MainFrame* frame = nullptr;

  explicit DemoWindow(const std::string& name, const std::string& seat = "", const std::string& settings = "")
      : dir(std::filesystem::temp_directory_path() / ("huddle-gui-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(dir);
    if (!seat.empty()) ::setenv("HUDDLE_SEAT", seat.c_str(), 1);
    if (!settings.empty()) {
      std::filesystem::create_directories(dir / "config");
      std::ofstream(dir / "config" / "settings.toml") << settings;
    }
    ws = core::Workspace::open({dir / "huddle.db", dir / "config", HUDDLE_SOURCE_RESOURCES});
    core::NullProgress progress;
    core::run_demo_job(ws, {60, 42}, clock, progress, dir / "extracts");
    frame = new ui::MainFrame(ws, clock);
    frame->SetSize(1400, 860);
    frame->Show();
    frame->Raise();
    settle();
  }
  ~DemoWindow() {
    frame->Destroy();
    settle();
    ::unsetenv("HUDDLE_SEAT");
    std::filesystem::remove_all(dir);
  }
  DemoWindow(const DemoWindow&) = delete;
  DemoWindow& operator=(const DemoWindow&) = delete;
};

}  // namespace huddle::test
