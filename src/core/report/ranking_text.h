#pragma once
/// \file
/// The ranking as a terminal table: `huddle-cli rank` and the no-display `make demo`.

#include <string>

#include "core/jobs/rank_job.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// Top list, watch list (each place's row, then its explanation) and the data-quality box.
std::string format_ranking_text(const Ranking& ranking, const std::string& city, const HuddleSchedule& schedule);

/// "Persistent, Repeat" for a place's tags.
std::string tags_text(const RankedPlace& place);

}  // namespace huddle::core
