#pragma once
/// \file
/// The one-sentence explanation of a ranked place, built only from its computed fields.

#include <map>
#include <string>
#include <vector>

#include "core/analysis/ranking.h"
#include "core/model/category.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// What the sentence needs besides the place.
struct ExplanationContext {
  const HuddleSchedule& schedule;                 ///< For local times.
  HuddleWindow window;                            ///< The huddle's window.
  const std::vector<Category>& categories;        ///< Labels.
  std::map<std::int64_t, std::string> departments;  ///< Department id → short name.
};

/// E.g. "9 reports since yesterday 6 AM (usual ≈ 2 a day): 4 encampment, 3 overdose (EMS), 2 needle pickup;
/// active 24 of the last 28 days; open: PWD: clean-up due today." The usual level is a count ("usual: 5 in 4
/// weeks", "none in the 4 weeks before") below one a day. Counts, never percentages.
std::string explain_place(const RankedPlace& place, const ExplanationContext& context);

/// "2", "0.4", "12": a rate for people (one decimal below 10, none above).
std::string format_rate(double per_day);

}  // namespace huddle::core
