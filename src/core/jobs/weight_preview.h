#pragma once
/// \file
/// The "what changes" preview of edited category weights: the top list now and with the new weights.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/ranking.h"
#include "core/config/settings.h"
#include "core/model/category.h"
#include "core/store/store.h"

namespace huddle::core {

/// One place of the top list before or after a change.
struct TopListMove {
  std::string place_id;       ///< The place's id (the same place keeps it in both rankings).
  std::string name;           ///< Its name.
  std::optional<int> before;  ///< Its rank in the top list now; empty when it is not listed now.
  std::optional<int> after;   ///< Its rank after the change; empty when it leaves the list.

  /// Field by field.
  friend bool operator==(const TopListMove&, const TopListMove&) = default;
};

/// The places of two top lists, matched by id: those of `after` in its order, then those leaving the list in
/// their order in `before`.
std::vector<TopListMove> compare_top_lists(const std::vector<RankedPlace>& before,
                                           const std::vector<RankedPlace>& after);

/// Ranks the huddle in force at `at` with `current` and with `edited` categories (same ids, other weights) and
/// compares the two top lists; stores nothing (the place memory is read, not written). Throws StorageError, or
/// huddle::Error for an unknown time zone in `settings`.
std::vector<TopListMove> preview_weights(Store& store, const Settings& settings, const std::vector<Category>& current,
                                         const std::vector<Category>& edited, UtcTime at);

/// The [weights] overrides of settings.toml that give `edited`: the weights that differ from `shipped`
/// (categories.toml as shipped or copied, without overrides).
std::map<std::string, double> weight_overrides(const std::vector<Category>& shipped,
                                               const std::vector<Category>& edited);

}  // namespace huddle::core
