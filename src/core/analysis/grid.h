#pragma once
/// \file
/// Grid: the ranking's square cells on a local metric projection around the city centre.

#include <string>

#include "core/model/place.h"

namespace huddle::core {

/// Square cells of `cell_metres` on an equirectangular projection centred on the city (accurate to well under a
/// metre per 150 m cell within a city's extent).
class Grid {
 public:
  /// Throws huddle::Error when `cell_metres` is not positive.
  Grid(double center_lat, double center_lon, double cell_metres);
  /// The cell holding the point.
  Cell cell_of(double lat, double lon) const;
  /// Latitude and longitude of a cell's centre.
  void centre_of(Cell cell, double& lat, double& lon) const;
  /// Latitude and longitude of a cell's south-west corner (the north-east corner is that of {x + 1, y + 1}).
  void corner_of(Cell cell, double& lat, double& lon) const;
  /// Stable text id of a cell, e.g. "c12_-4"; also the id of a place anchored there.
  static std::string cell_id(Cell cell);
  /// Cell edge in metres.
  double cell_metres() const { return m_cell; }

 private:
  double m_lat0, m_lon0, m_cell, m_metres_per_deg_lat, m_metres_per_deg_lon;
};

}  // namespace huddle::core
