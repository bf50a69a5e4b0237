#pragma once
/// \file
/// The ranking as JSON (CLI.md `rank --json`): for programs, and for the golden tests that pin the method.

#include <string>

#include "core/jobs/rank_job.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// `{"cutoff", "window_start", "places": [...], "watch": [...], "data_quality": {...}}`, indented by 2.
std::string format_ranking_json(const Ranking& ranking, const HuddleSchedule& schedule);

}  // namespace huddle::core
