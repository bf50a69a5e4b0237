#include "core/scoped_path.h"

#include <stdlib.h>

#include <string>

#include "core/error.h"

namespace huddle::core {

ScopedPath::~ScopedPath() {
  std::error_code ec;
  std::filesystem::remove_all(m_path, ec);
}

TemporaryFolder::TemporaryFolder(const std::filesystem::path& parent, std::string_view prefix)
    : m_scope(make(parent, prefix)) {}

std::filesystem::path TemporaryFolder::make(const std::filesystem::path& parent, std::string_view prefix) {
  std::string pattern = (parent / (std::string(prefix) + "XXXXXX")).string();
  if (!::mkdtemp(pattern.data())) throw StorageError("cannot create a temporary folder in " + parent.string());
  return pattern;
}

}  // namespace huddle::core
