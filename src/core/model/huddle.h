#pragma once
/// \file
/// Huddle and AgendaItem: one meeting and its run-of-show.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/time_types.h"

namespace huddle::core {

/// Where a huddle is in its morning.
enum class HuddleState { draft, live, closed };

/// Stable text for a HuddleState, as stored.
std::string_view to_string(HuddleState state);
/// Parses stored text; throws huddle::Error on an unknown value.
HuddleState parse_huddle_state(std::string_view text);

/// One meeting: date, cutoff, window, attendance, notes.
struct Huddle {
  std::int64_t id = 0;                   ///< Database id; 0 until stored.
  Date date{};                           ///< The local date of the meeting.
  UtcTime cutoff_utc{};                  ///< The moment its data ends.
  UtcTime window_start_utc{};            ///< The previous huddle's cutoff.
  HuddleState state = HuddleState::draft;  ///< draft, live or closed.
  std::vector<std::int64_t> attendance;  ///< Ids of the departments present.
  std::string notes;                     ///< Free notes of the chair.
  std::string snapshot;                  ///< The ranking when it was created (JSON, as `huddle-cli rank --json`).
};

/// "No action" agreed for a place at a huddle.
struct NoAction {
  std::string place_id;     ///< The place.
  std::string reason;       ///< Why nothing is to be done (required).
  UtcTime decided_utc{};    ///< When it was recorded.
  std::string who;          ///< The seat that recorded it.
};

/// What an agenda item is about.
enum class AgendaKind { data_safety, place, watch_list, overdue_actions, elevated_risk, round_robin, parking_lot, other };

/// Stable text for an AgendaKind, as stored.
std::string_view to_string(AgendaKind kind);
/// Parses stored text; throws huddle::Error on an unknown value.
AgendaKind parse_agenda_kind(std::string_view text);

/// One time-boxed item of a run-of-show.
struct AgendaItem {
  std::int64_t id = 0;                             ///< Database id; 0 until stored.
  std::int64_t huddle_id = 0;                      ///< The huddle it belongs to.
  int position = 0;                                ///< Order within the run-of-show, from 0.
  AgendaKind kind = AgendaKind::other;             ///< What it is about.
  std::string title;                               ///< Shown on the agenda.
  int planned_seconds = 0;                         ///< Time box.
  std::optional<int> actual_seconds;               ///< Time it took when run live.
  std::optional<std::int64_t> presenter_department;  ///< Who presents it.
  std::string place_id;                            ///< Linked place, or empty.
  std::optional<std::int64_t> action_id;           ///< Linked action, if any.
  std::string notes;                               ///< Notes taken on the item.
};

}  // namespace huddle::core
