#pragma once
/// \file
/// The demo city's events written as real extracts: 311 in the Boston legacy 29-column layout, EMS in the
/// generic EMS CAD layout (resources/profiles/generic-ems-cad.toml).

#include <filesystem>
#include <vector>

#include "core/model/event.h"
#include "core/time/schedule.h"

namespace huddle::core::demo {

/// The files written.
struct DemoExtracts {
  std::filesystem::path calls_311;  ///< boston311-legacy-29 layout.
  std::filesystem::path calls_ems;  ///< generic-ems-cad layout.
};

/// Writes `events` (times as local wall time of `schedule`'s zone) into two CSV files in `dir`, named after
/// `last_day`. Placeholder points are written as Boston's City Hall point, as the legacy feed does.
/// Throws ExportError when a file cannot be written.
DemoExtracts write_demo_extracts(const std::vector<Event>& events, const HuddleSchedule& schedule, Date last_day,
                                 const std::filesystem::path& dir);

}  // namespace huddle::core::demo
