#pragma once
/// \file
/// PlaceRepository: the places earlier rankings listed, so that a place keeps its id and name from day to day.

#include <vector>

#include "core/model/place.h"
#include "core/model/time_types.h"

namespace huddle::core {

/// A place as a ranking listed it.
struct RememberedPlace {
  Place place;                 ///< Id, name, centre and cells.
  UtcTime first_listed_at{};   ///< Cutoff of the first ranking that listed it.
  UtcTime last_listed_at{};    ///< Cutoff of the latest ranking that listed it.
};

/// Remembered places.
class PlaceRepository {
 public:
  virtual ~PlaceRepository() = default;
  /// Places last listed at or after `since`, most recently listed first.
  virtual std::vector<RememberedPlace> listed_since(UtcTime since) const = 0;
  /// Inserts or replaces (by id) each place, in one transaction.
  virtual void remember(const std::vector<RememberedPlace>& places) = 0;
};

}  // namespace huddle::core
