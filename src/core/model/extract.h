#pragma once
/// \file
/// Extract: one imported source file or download.

#include <cstdint>
#include <string>

#include "core/model/time_types.h"

namespace huddle::core {

/// One source file or API download and what its import counted.
struct Extract {
  std::int64_t id = 0;      ///< Database id; 0 until stored.
  std::string file_name;    ///< File name (or URL) as given.
  std::string sha256;       ///< Content hash; the same content is never imported twice.
  std::string profile;      ///< Profile used to read it.
  std::string stream;       ///< Stream its events belong to.
  UtcTime imported_utc{};   ///< When it was imported.
  long rows_read = 0;       ///< Data rows read.
  long accepted = 0;        ///< Rows stored as events.
  long rejected = 0;        ///< Rows rejected with an issue.
};

}  // namespace huddle::core
