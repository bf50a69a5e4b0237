#include "core/analysis/cell_groups.h"

#include <algorithm>
#include <numeric>

namespace huddle::core {

std::vector<CellGroup> group_cells(const CellTally& tally, const std::vector<double>& scores,
                                   const std::vector<bool>& eligible, std::size_t limit, bool merge) {
  std::vector<std::uint32_t> order;
  for (std::uint32_t i = 0; i < tally.cells.size(); ++i) {
    if (eligible[i]) order.push_back(i);
  }
  // Ties broken by cell, so that the same data always gives the same places.
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (scores[a] != scores[b]) return scores[a] > scores[b];
    return tally.cells[a].cell < tally.cells[b].cell;
  });
  std::vector<bool> taken(tally.cells.size(), false);
  std::vector<CellGroup> groups;
  for (const auto seed : order) {
    if (taken[seed]) continue;
    CellGroup group;
    group.members.push_back(seed);
    taken[seed] = true;
    for (const Cell n : merge ? neighbours_of(tally.cells[seed].cell) : std::vector<Cell>{}) {
      const long i = tally.find(n);
      if (i < 0 || taken[static_cast<std::size_t>(i)] || !eligible[static_cast<std::size_t>(i)]) continue;
      group.members.push_back(static_cast<std::uint32_t>(i));
      taken[static_cast<std::size_t>(i)] = true;
    }
    for (const auto m : group.members) group.score += scores[m];
    groups.push_back(std::move(group));
  }
  // A seed's neighbours can lift a later group above an earlier one.
  std::stable_sort(groups.begin(), groups.end(), [](const CellGroup& a, const CellGroup& b) { return a.score > b.score; });
  if (limit > 0 && groups.size() > limit) groups.resize(limit);
  return groups;
}

}  // namespace huddle::core
