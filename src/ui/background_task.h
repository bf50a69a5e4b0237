#pragma once
/// \file
/// BackgroundTask: long core work (import, pull) off the UI thread, with progress and the end posted back to it.

#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include <wx/event.h>

#include "core/progress.h"

namespace huddle::ui {

/// Runs `work` on its own thread. `on_progress` and `on_done` run on the UI thread (through `owner`), never after
/// the task is destroyed. The destructor cancels and waits.
class BackgroundTask {
 public:
  using Work = std::function<void(core::ProgressSink&)>;
  using OnProgress = std::function<void(const std::string& what, long done, long total)>;
  using OnDone = std::function<void(std::exception_ptr error)>;

  /// Starts at once. `work` must open its own Store (a Store belongs to one thread).
  BackgroundTask(wxEvtHandler* owner, Work work, OnProgress on_progress, OnDone on_done);
  ~BackgroundTask();
  BackgroundTask(const BackgroundTask&) = delete;
  BackgroundTask& operator=(const BackgroundTask&) = delete;

  /// Asks the work to stop at its next check (it then ends with huddle::Cancelled).
  void Cancel();
  /// True until `on_done` has run.
  bool Running() const;

  struct State;  ///< Shared by the task, its thread and the callbacks it posts.

 private:
  std::shared_ptr<State> m_state;
  std::thread m_thread;
};

}  // namespace huddle::ui
