#include "core/ingest/profile_catalog.h"

#include <algorithm>
#include <set>

#include "core/ingest/header_names.h"

namespace huddle::core {
namespace {

std::vector<std::filesystem::path> toml_files(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> out;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return out;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".toml") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

ProfileCatalog::ProfileCatalog(const std::filesystem::path& shipped_dir, const std::filesystem::path& user_dir,
                               const std::vector<std::string>& known_categories) {
  for (const auto& file : toml_files(shipped_dir)) {
    m_profiles.push_back(load_profile(file, known_categories));
    m_profiles.back().shipped = true;
  }
  for (const auto& file : toml_files(user_dir)) {
    Profile p = load_profile(file, known_categories);
    auto same = std::find_if(m_profiles.begin(), m_profiles.end(), [&](const Profile& o) { return o.name == p.name; });
    if (same != m_profiles.end()) *same = std::move(p);
    else m_profiles.push_back(std::move(p));
  }
  std::sort(m_profiles.begin(), m_profiles.end(), [](const Profile& a, const Profile& b) { return a.name < b.name; });
}

const Profile* ProfileCatalog::find(const std::string& name) const {
  for (const auto& p : m_profiles) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

const Profile* ProfileCatalog::detect(const std::vector<std::string>& header) const {
  std::set<std::string> present;
  for (const auto& h : header) present.insert(header_key(h));
  const Profile* best = nullptr;
  for (const auto& p : m_profiles) {
    const bool all = std::all_of(p.detect_headers.begin(), p.detect_headers.end(),
                                 [&](const std::string& h) { return present.count(header_key(h)) > 0; });
    const bool none = std::none_of(p.detect_absent.begin(), p.detect_absent.end(),
                                   [&](const std::string& h) { return present.count(header_key(h)) > 0; });
    if (!all || !none) continue;
    if (!best || p.priority > best->priority ||
        (p.priority == best->priority && p.detect_headers.size() > best->detect_headers.size())) {
      best = &p;
    }
  }
  return best;
}

}  // namespace huddle::core
