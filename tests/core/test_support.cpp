#include "core/test_support.h"

#include <fstream>
#include <random>

#include <doctest/doctest.h>

#include "core/config/settings.h"

namespace huddle::test {

TempDir::TempDir() {
  std::random_device rd;
  m_path = std::filesystem::temp_directory_path() / ("huddle-test-" + std::to_string(rd()) + std::to_string(rd()));
  std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(m_path, ec);
}

std::filesystem::path TempDir::write(const std::string& name, const std::string& text) const {
  auto p = m_path / name;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
  return p;
}

core::UtcTime utc(int y, unsigned m, unsigned d, int h, int min, int s) {
  return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}} +
         std::chrono::hours{h} + std::chrono::minutes{min} + std::chrono::seconds{s};
}

ConfigError settings_error(const std::string& text) {
  TempDir dir;
  const auto file = dir.write("settings.toml", text);
  try {
    core::load_settings(file);
  } catch (const ConfigError& e) {
    return e;
  }
  FAIL("expected a ConfigError for:\n" << text);
  return ConfigError("", 0, "", "");
}

core::Workspace open_workspace(const TempDir& dir) {
  return core::Workspace::open({dir.path() / "huddle.db", dir.path() / "config", HUDDLE_SOURCE_RESOURCES});
}

}  // namespace huddle::test
