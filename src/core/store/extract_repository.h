#pragma once
/// \file
/// ExtractRepository: the record of every imported file.

#include <optional>
#include <string>
#include <vector>

#include "core/model/extract.h"

namespace huddle::core {

/// Stored extracts.
class ExtractRepository {
 public:
  virtual ~ExtractRepository() = default;
  /// Stores a new extract (sets `id`).
  virtual void add(Extract& extract) = 0;
  /// Rewrites the counts of a stored extract.
  virtual void update_counts(const Extract& extract) = 0;
  /// Every extract, newest import first.
  virtual std::vector<Extract> list() const = 0;
  /// The extract with this content hash and profile, if imported before.
  virtual std::optional<Extract> by_hash(const std::string& sha256, const std::string& profile) const = 0;
};

}  // namespace huddle::core
