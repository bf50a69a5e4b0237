#include "core/analysis/grid.h"

#include <cmath>
#include <numbers>

#include <fmt/format.h>

#include "core/error.h"

namespace huddle::core {

Grid::Grid(double center_lat, double center_lon, double cell_metres)
    : m_lat0(center_lat), m_lon0(center_lon), m_cell(cell_metres) {
  if (!(cell_metres > 0)) throw Error("the grid cell size must be positive");
  constexpr double kEarthRadius = 6371008.8;
  m_metres_per_deg_lat = kEarthRadius * std::numbers::pi / 180.0;
  m_metres_per_deg_lon = m_metres_per_deg_lat * std::cos(center_lat * std::numbers::pi / 180.0);
}

Cell Grid::cell_of(double lat, double lon) const {
  double x = (lon - m_lon0) * m_metres_per_deg_lon;
  double y = (lat - m_lat0) * m_metres_per_deg_lat;
  return Cell{static_cast<int>(std::floor(x / m_cell)), static_cast<int>(std::floor(y / m_cell))};
}

void Grid::centre_of(Cell cell, double& lat, double& lon) const {
  lat = m_lat0 + (cell.y + 0.5) * m_cell / m_metres_per_deg_lat;
  lon = m_lon0 + (cell.x + 0.5) * m_cell / m_metres_per_deg_lon;
}

void Grid::corner_of(Cell cell, double& lat, double& lon) const {
  lat = m_lat0 + cell.y * m_cell / m_metres_per_deg_lat;
  lon = m_lon0 + cell.x * m_cell / m_metres_per_deg_lon;
}

std::string Grid::cell_id(Cell cell) { return fmt::format("c{}_{}", cell.x, cell.y); }

}  // namespace huddle::core
