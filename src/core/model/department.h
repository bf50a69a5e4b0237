#pragma once
/// \file
/// Department: who actions are assigned to.

#include <cstdint>
#include <string>

namespace huddle::core {

/// A department or provider that attends the huddle and owns actions.
struct Department {
  std::int64_t id = 0;     ///< Database id; 0 until stored.
  std::string name;        ///< Full name as stored, unique, e.g. "Public Works / Sanitation".
  std::string short_name;  ///< Short label for tight layouts, e.g. "PWD".
  std::string kind;        ///< Group: police, ems, health, city, outreach, coordination.
  int sort_order = 0;      ///< Order in lists and in the round-robin.
  bool active = true;      ///< Inactive departments keep their history but get no new actions.

  /// Field by field.
  friend bool operator==(const Department&, const Department&) = default;
};

}  // namespace huddle::core
