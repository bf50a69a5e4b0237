#pragma once
/// \file
/// ProfileCatalog: the shipped and user profiles, and auto-detection of a file's profile from its header.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/ingest/profile.h"

namespace huddle::core {

/// All profiles a workspace knows: shipped ones, replaced by user ones of the same name.
class ProfileCatalog {
 public:
  /// Loads every `*.toml` in `shipped_dir` then `user_dir` (either may be missing). Throws ConfigError for a bad
  /// profile file (a broken user profile must be fixed, not silently skipped).
  ProfileCatalog(const std::filesystem::path& shipped_dir, const std::filesystem::path& user_dir,
                 const std::vector<std::string>& known_categories);
  /// All profiles, by name.
  const std::vector<Profile>& all() const { return m_profiles; }
  /// The profile named `name`, if any.
  const Profile* find(const std::string& name) const;
  /// The best profile for a header (fields as read, any case): every detect header present, no absent one;
  /// the highest priority, then the most detect headers, wins. nullptr when none matches.
  const Profile* detect(const std::vector<std::string>& header) const;

 private:
  std::vector<Profile> m_profiles;
};

}  // namespace huddle::core
