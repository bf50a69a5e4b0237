#include "ui/background_task.h"

#include <atomic>
#include <chrono>

namespace huddle::ui {

struct BackgroundTask::State {
  std::atomic<bool> cancel{false};
  std::atomic<bool> finished{false};
  std::atomic<bool> alive{true};  // false once the task is destroyed: late callbacks are dropped
};

namespace {

/// Posts progress to the UI thread at most ten times a second, and answers cancel requests.
class PostingProgress final : public core::ProgressSink {
 public:
  PostingProgress(wxEvtHandler* owner, std::shared_ptr<BackgroundTask::State> state,
                  BackgroundTask::OnProgress on_progress)
      : m_owner(owner), m_state(std::move(state)), m_on_progress(std::move(on_progress)) {}

  void progress(std::string_view what, long done, long total) override {
    const auto now = std::chrono::steady_clock::now();
    if (done < total && now - m_last < std::chrono::milliseconds{100}) return;
    m_last = now;
    m_owner->CallAfter([state = m_state, on_progress = m_on_progress, text = std::string(what), done, total] {
      if (state->alive.load() && on_progress) on_progress(text, done, total);
    });
  }
  bool cancelled() const override { return m_state->cancel.load(); }

 private:
  wxEvtHandler* m_owner;
  std::shared_ptr<BackgroundTask::State> m_state;
  BackgroundTask::OnProgress m_on_progress;
  std::chrono::steady_clock::time_point m_last{};
};

}  // namespace

BackgroundTask::BackgroundTask(wxEvtHandler* owner, Work work, OnProgress on_progress, OnDone on_done)
    : m_state(std::make_shared<State>()) {
  auto state = m_state;
  m_thread = std::thread([owner, state, work = std::move(work), on_progress = std::move(on_progress),
                          on_done = std::move(on_done)] {
    PostingProgress sink(owner, state, on_progress);
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

void BackgroundTask::Cancel() { m_state->cancel = true; }

bool BackgroundTask::Running() const { return !m_state->finished; }

BackgroundTask::~BackgroundTask() {
  m_state->alive = false;
  m_state->cancel = true;
  if (m_thread.joinable()) m_thread.join();
}

}  // namespace huddle::ui
