#pragma once
/// \file
/// ProgressSink: how long core jobs report progress and learn of a cancel, without knowing the front end.

#include <string_view>

namespace huddle::core {

/// Receives progress from long work; the front end decides how to show it.
class ProgressSink {
 public:
  virtual ~ProgressSink() = default;
  /// `done` of `total` units of the step named `what` are finished.
  virtual void progress(std::string_view what, long done, long total) = 0;
  /// Polled between units; returning true makes the job throw huddle::Cancelled.
  virtual bool cancelled() const { return false; }
};

/// A sink that ignores progress and never cancels.
class NullProgress final : public ProgressSink {
 public:
  void progress(std::string_view, long, long) override {}
};

}  // namespace huddle::core
