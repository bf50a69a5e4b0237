#pragma once
/// \file
/// The ranking as JSON (CLI.md `rank --json`): for programs, for huddle snapshots, and for the golden tests.

#include <string>

#include "core/jobs/rank_job.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// `{"cutoff", "window_start", "places": [...], "watch": [...], "data_quality": {...}}`, indented by 2; with the
/// UTC times and every figure a huddle's snapshot needs to be read back.
std::string format_ranking_json(const Ranking& ranking, const HuddleSchedule& schedule);

/// Reads back what format_ranking_json wrote (a huddle's snapshot). Open actions come back as ids only; the
/// places' event ids are not kept. Throws huddle::Error for text that is not such a ranking.
Ranking parse_ranking_json(const std::string& text);

}  // namespace huddle::core
