#pragma once
/// \file
/// The Today summary as plain text for a terminal (the `today` command, `make demo` without a display).

#include <string>
#include <vector>

#include "core/analysis/today_summary.h"
#include "core/model/category.h"

namespace huddle::core {

/// Renders `summary` for `city` as aligned plain text, category ids shown by their labels.
std::string format_today_text(const TodaySummary& summary, const std::string& city, const HuddleSchedule& schedule,
                              const std::vector<Category>& categories);

/// The stream's name as people say it: "311", "EMS", or the id.
std::string stream_label(const std::string& stream);

}  // namespace huddle::core
