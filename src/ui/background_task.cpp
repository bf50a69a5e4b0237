#include "ui/background_task.h"

#include <chrono>

namespace huddle::ui {
namespace {

/// Posts progress to the UI thread at most ten times a second, and answers cancel requests.
class PostingProgress final : public core::ProgressSink {
 public:
  PostingProgress(wxEvtHandler* owner, std::shared_ptr<void> state, const std::atomic<bool>& cancel,
                  const std::atomic<bool>& alive, BackgroundTask::OnProgress on_progress)
      : m_owner(owner), m_state(std::move(state)), m_cancel(cancel), m_alive(alive), m_on_progress(std::move(on_progress)) {}

  void progress(std::string_view what, long done, long total) override {
    const auto now = std::chrono::steady_clock::now();
    if (done < total && now - m_last < std::chrono::milliseconds{100}) return;
    m_last = now;
    std::string text(what);
    auto state = m_state;
    const std::atomic<bool>* alive = &m_alive;
    auto on_progress = m_on_progress;
    m_owner->CallAfter([state, alive, on_progress, text, done, total] {
      if (alive->load() && on_progress) on_progress(text, done, total);
    });
  }
  bool cancelled() const override { return m_cancel.load(); }

 private:
  wxEvtHandler* m_owner;
  std::shared_ptr<void> m_state;
  const std::atomic<bool>& m_cancel;
  const std::atomic<bool>& m_alive;
  BackgroundTask::OnProgress m_on_progress;
  std::chrono::steady_clock::time_point m_last{};
};

}  // namespace

BackgroundTask::BackgroundTask(wxEvtHandler* owner, Work work, OnProgress on_progress, OnDone on_done)
    : m_state(std::make_shared<State>()) {
  auto state = m_state;
  m_thread = std::thread([owner, state, work = std::move(work), on_progress = std::move(on_progress),
                          on_done = std::move(on_done)] {
    PostingProgress sink(owner, state, state->cancel, state->alive, on_progress);
    std::exception_ptr error;
    try {
      work(sink);
    } catch (...) {
      error = std::current_exception();
    }
    owner->CallAfter([state, on_done, error] {
      state->finished = true;
      if (state->alive.load() && on_done) on_done(error);
    });
  });
}

BackgroundTask::~BackgroundTask() {
  m_state->alive = false;
  m_state->cancel = true;
  if (m_thread.joinable()) m_thread.join();
}

}  // namespace huddle::ui
