#include "ui/environment.h"

#include <cstdlib>

#include "core/config/seat.h"

namespace huddle::ui {

std::optional<std::string> getenv_lookup(const std::string& name) {
  const char* v = std::getenv(name.c_str());
  if (!v) return std::nullopt;
  return std::string(v);
}

std::string seat() { return core::seat_name(getenv_lookup); }

}  // namespace huddle::ui
