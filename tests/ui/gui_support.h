#pragma once
// What the GUI tests share: yielding to the event loop, answering modal dialogs, finding named windows, and a demo
// database with the main window on it.

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include <doctest/doctest.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/listbox.h>
#include <wx/timer.h>
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

/// Answers the next modal dialog of type D as a person would: `answer` fills it in and says which button ends it.
/// Polls from a timer, since a modal dialog holds the key handler that opened it until it ends.
template <typename D>
class DialogAnswer final : public wxTimer {
 public:
  /// Starts watching for the dialog.
  explicit DialogAnswer(std::function<int(D&)> answer) : m_answer(std::move(answer)) { Start(50); }
  /// Answers the dialog once it is shown modally.
  void Notify() override {
    for (wxWindow* w : wxTopLevelWindows) {
      auto* dialog = dynamic_cast<D*>(w);
      if (!dialog || !dialog->IsModal()) continue;
      Stop();
      parent = dialog->GetParent();
      dialog->EndModal(m_answer(*dialog));
      answered = true;
      return;
    }
  }
  bool answered = false;       ///< Whether the dialog came and was answered.
  wxWindow* parent = nullptr;  ///< What the dialog opened over.

 private:
  std::function<int(D&)> m_answer;
};

/// The window named `name` under `parent`, as a T; fails the test when there is none.
template <typename T>
T* child(wxWindow* parent, const char* name) {
  auto* w = dynamic_cast<T*>(wxWindow::FindWindowByName(name, parent));
  REQUIRE_MESSAGE(w != nullptr, name);
  return w;
}

/// Presses `button` as a click does, without waiting for what it starts; fails the test when it is disabled.
inline void press(wxButton* button) {
  REQUIRE_MESSAGE(button->IsEnabled(), button->GetName().utf8_string());
  wxCommandEvent event(wxEVT_BUTTON, button->GetId());
  event.SetEventObject(button);
  button->ProcessWindowEvent(event);
}

/// Presses `code` in `target` as the keyboard does: its key hook (wxEVT_CHAR_HOOK) sees it first.
inline void press_key(wxWindow* target, int code) {
  REQUIRE(target != nullptr);
  wxKeyEvent event(wxEVT_CHAR_HOOK);
  event.m_keyCode = code;
  event.m_uniChar = static_cast<wxChar>(code);
  event.SetEventObject(target);
  target->ProcessWindowEvent(event);
  settle();
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
  /// Selects page `id` in the navigation list as a click does.
  void navigate(ui::PageId id) {
    auto* nav = child<wxListBox>(frame, "navigation");
    nav->SetSelection(static_cast<int>(id));
    wxCommandEvent event(wxEVT_LISTBOX, nav->GetId());
    event.SetEventObject(nav);
    event.SetInt(static_cast<int>(id));
    nav->ProcessWindowEvent(event);
    settle();
  }
  DemoWindow(const DemoWindow&) = delete;
  DemoWindow& operator=(const DemoWindow&) = delete;
};

}  // namespace huddle::test
