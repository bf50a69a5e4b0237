#pragma once
/// \file
/// Cell and Place: the ranking grid and what the huddle discusses.

#include <string>
#include <vector>

namespace huddle::core {

/// One square of the ranking grid, by integer column (x, east) and row (y, north) from the grid origin.
struct Cell {
  int x = 0;  ///< Column index.
  int y = 0;  ///< Row index.
  friend bool operator==(const Cell&, const Cell&) = default;
  friend auto operator<=>(const Cell&, const Cell&) = default;
};

/// A cell or a merged group of adjacent cells, with a human name.
struct Place {
  std::string id;           ///< Stable id while the place stays active.
  std::string name;         ///< "near Mass Ave & Melnea Cass Blvd".
  double lat = 0;           ///< Centre latitude.
  double lon = 0;           ///< Centre longitude.
  std::vector<Cell> cells;  ///< The cells it covers.
};

}  // namespace huddle::core
