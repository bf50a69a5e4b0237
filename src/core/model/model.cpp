#include <array>
#include <string>

#include "core/error.h"
#include "core/model/action.h"
#include "core/model/event.h"
#include "core/model/huddle.h"

namespace huddle::core {
namespace {

template <typename Enum, std::size_t N>
Enum parse_enum(const std::array<std::string_view, N>& names, std::string_view text, std::string_view what) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == text) return static_cast<Enum>(i);
  }
  std::string expected;
  for (auto name : names) expected += (expected.empty() ? "" : ", ") + std::string(name);
  throw Error("unknown " + std::string(what) + " '" + std::string(text) + "' (expected one of " + expected + ")");
}

constexpr std::array<std::string_view, 7> kGeoQualities = {"exact",       "intersection",  "placeholder",  "missing",
                                                           "out_of_area", "low_precision", "swapped_fixed"};
constexpr std::array<std::string_view, 3> kHuddleStates = {"draft", "live", "closed"};
constexpr std::array<std::string_view, 8> kAgendaKinds = {"data_safety",   "place",       "watch_list",
                                                          "overdue_actions", "elevated_risk", "round_robin",
                                                          "parking_lot",   "other"};
constexpr std::array<std::string_view, 5> kActionStatuses = {"open", "in_progress", "done", "blocked", "dropped"};
constexpr std::array<std::string_view, 3> kPriorities = {"low", "normal", "high"};

}  // namespace

std::string_view to_string(GeoQuality quality) { return kGeoQualities.at(static_cast<std::size_t>(quality)); }
GeoQuality parse_geo_quality(std::string_view text) {
  return parse_enum<GeoQuality>(kGeoQualities, text, "geo quality");
}

std::string_view to_string(HuddleState state) { return kHuddleStates.at(static_cast<std::size_t>(state)); }
HuddleState parse_huddle_state(std::string_view text) {
  return parse_enum<HuddleState>(kHuddleStates, text, "huddle state");
}

std::string_view to_string(AgendaKind kind) { return kAgendaKinds.at(static_cast<std::size_t>(kind)); }
AgendaKind parse_agenda_kind(std::string_view text) {
  return parse_enum<AgendaKind>(kAgendaKinds, text, "agenda item kind");
}

std::string_view to_string(ActionStatus status) { return kActionStatuses.at(static_cast<std::size_t>(status)); }
ActionStatus parse_action_status(std::string_view text) {
  return parse_enum<ActionStatus>(kActionStatuses, text, "action status");
}
bool is_open(ActionStatus status) {
  return status == ActionStatus::open || status == ActionStatus::in_progress || status == ActionStatus::blocked;
}

std::string_view to_string(ActionPriority priority) { return kPriorities.at(static_cast<std::size_t>(priority)); }
ActionPriority parse_action_priority(std::string_view text) {
  return parse_enum<ActionPriority>(kPriorities, text, "priority");
}

}  // namespace huddle::core
