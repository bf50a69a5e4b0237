#pragma once
/// \file
/// The record of each source's last pull — when it ran and whether it failed — kept whether or not it brought
/// anything new, so the Today page can tell "pulled at 05:45, nothing new" from "not pulled".

#include <optional>
#include <string>

#include "core/model/time_types.h"
#include "core/store/store.h"

namespace huddle::core {

/// When one source was last pulled and how it went.
struct PullRecord {
  UtcTime at{};       ///< When the pull of the source ended.
  std::string error;  ///< Empty when it succeeded (with or without new files); else why it failed.
};

/// Stores `record` as the last pull of the source named `source`. Throws StorageError.
void record_pull(Store& store, const std::string& source, const PullRecord& record);

/// The last recorded pull of the source named `source`, if any (an unreadable record counts as none). Throws
/// StorageError.
std::optional<PullRecord> last_pull(const Store& store, const std::string& source);

}  // namespace huddle::core
