#pragma once
/// \file
/// Files and folders that live only as long as a piece of work: downloads, the demo's extracts, pull scratch space.

#include <filesystem>
#include <string_view>

namespace huddle::core {

/// Removes a file or folder (with its contents) when it goes out of scope.
class ScopedPath {
 public:
  /// Takes charge of `path` (which need not exist yet).
  explicit ScopedPath(std::filesystem::path path) : m_path(std::move(path)) {}
  ~ScopedPath();
  ScopedPath(const ScopedPath&) = delete;
  ScopedPath& operator=(const ScopedPath&) = delete;
  /// The path.
  const std::filesystem::path& path() const { return m_path; }

 private:
  std::filesystem::path m_path;
};

/// A new private folder (mode 0700) named `prefix` + random letters inside `parent`, removed with its contents
/// when it goes out of scope. The caller chooses `parent` (front ends pass the system's temporary folder).
class TemporaryFolder {
 public:
  /// Creates it; throws StorageError when it cannot.
  TemporaryFolder(const std::filesystem::path& parent, std::string_view prefix);
  /// The folder.
  const std::filesystem::path& path() const { return m_scope.path(); }

 private:
  static std::filesystem::path make(const std::filesystem::path& parent, std::string_view prefix);
  ScopedPath m_scope;
};

}  // namespace huddle::core
