#include "core/config/seat.h"

namespace huddle::core {

std::string seat_name(const EnvLookup& env) {
  for (const char* name : {"HUDDLE_SEAT", "USER", "LOGNAME"}) {
    if (auto value = env(name); value && !value->empty()) return *value;
  }
  return "unknown";
}

}  // namespace huddle::core
