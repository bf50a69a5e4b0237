#pragma once
/// \file
/// The events behind a listed place's card, de-identified: what happened there over the ranking's 28 days.

#include <map>
#include <string>
#include <vector>

#include "core/analysis/ranking.h"
#include "core/store/event_repository.h"

namespace huddle::core {

/// One event as a place's card shows it: no source id, no point, the address at block level.
struct PlaceEvent {
  UtcTime occurred_utc{};  ///< When.
  std::string stream;      ///< "311", "ems", ...
  std::string category;    ///< Category id.
  std::string raw_type;    ///< The feed's own type text.
  std::string block;       ///< The address through block_level_address().
};

/// How many of a place's events had one feed type.
struct EventTypeCount {
  std::string stream;    ///< "311", "ems", ...
  std::string raw_type;  ///< The feed's own type text.
  std::string category;  ///< Category id.
  long count = 0;        ///< Events.
};

/// A place's events and their types.
struct PlaceEvents {
  std::vector<EventTypeCount> types;  ///< Most frequent first, then by type.
  std::vector<PlaceEvent> events;     ///< Newest first.
};

/// The events each place of `lists` was ranked on (RankedPlace::event_ids: the ones its daily bars count), keyed
/// by place id; a place without such events has an empty entry. Throws StorageError.
std::map<std::string, PlaceEvents> events_of_places(const EventRepository& events, const PlaceLists& lists);

}  // namespace huddle::core
