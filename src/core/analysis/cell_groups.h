#pragma once
/// \file
/// Cell groups: adjacent listed cells merged into places, the same way for the ranking and its baselines.

#include <cstdint>
#include <vector>

#include "core/analysis/cell_tally.h"

namespace huddle::core {

/// Cells merged into one place: a seed and its listed neighbours.
struct CellGroup {
  std::vector<std::uint32_t> members;  ///< Indexes into CellTally::cells, the seed first.
  double score = 0;                    ///< Sum of the members' scores.
};

/// Takes the eligible cells from the highest score down; each cell not yet taken becomes a seed and, when
/// `merge`, takes its eligible 8 neighbours not yet taken (so a place spans at most 3 × 3 cells). Groups come
/// highest score first; at most `limit` of them (0: all). `scores` and `eligible` are indexed like tally.cells.
std::vector<CellGroup> group_cells(const CellTally& tally, const std::vector<double>& scores,
                                   const std::vector<bool>& eligible, std::size_t limit, bool merge);

}  // namespace huddle::core
