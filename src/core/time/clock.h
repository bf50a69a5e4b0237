#pragma once
/// \file
/// Clock: the core never reads the system clock itself; callers pass one of these.

#include "core/model/time_types.h"

namespace huddle::core {

/// Source of "now".
class Clock {
 public:
  virtual ~Clock() = default;
  /// The current instant, UTC.
  virtual UtcTime now() const = 0;
};

/// The real clock; front ends create one and pass it down.
class SystemClock final : public Clock {
 public:
  UtcTime now() const override;
};

/// A clock that says what it is told; for tests and reproducible runs.
class FakeClock final : public Clock {
 public:
  /// Starts at `start`.
  explicit FakeClock(UtcTime start) : m_now(start) {}
  UtcTime now() const override { return m_now; }
  /// Moves the clock to `t`.
  void set(UtcTime t) { m_now = t; }

 private:
  UtcTime m_now;
};

}  // namespace huddle::core
