#pragma once
/// \file
/// The seat: who is making a change, as recorded in an action's history.

#include <string>

#include "core/config/paths.h"

namespace huddle::core {

/// The user name of this seat: $HUDDLE_SEAT when set (a shared login at the huddle table can name its seat), else
/// $USER, else $LOGNAME, else "unknown".
std::string seat_name(const EnvLookup& env);

}  // namespace huddle::core
