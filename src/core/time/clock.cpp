#include "core/time/clock.h"

namespace huddle::core {

UtcTime SystemClock::now() const {
  return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace huddle::core
