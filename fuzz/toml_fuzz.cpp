// Fuzz target: bytes as each of the TOML files a user may edit — an extract profile, settings.toml, categories.toml
// and departments.toml. Each loader either reads the file or throws a ConfigError that names the file and a line
// inside it; any other exception, a crash or undefined behaviour is a finding.

#include <algorithm>

#include "core/config/categories.h"
#include "core/config/departments.h"
#include "core/config/settings.h"
#include "core/error.h"
#include "core/ingest/profile.h"
#include "fuzz_support.h"

namespace {

using namespace huddle;

/// Runs `load`; a ConfigError must name `file` and a line of the text (0 when the whole file is meant).
template <typename Load>
void expect_loads_or_config_error(Load load, const std::filesystem::path& file, long lines) {
  try {
    load();
  } catch (const ConfigError& e) {
    fuzz::expect(e.file() == file, "a ConfigError naming another file");
    fuzz::expect(e.line() >= 0 && e.line() <= lines, "a ConfigError with a line outside the file");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<std::string> categories = fuzz::category_ids();
  static const fuzz::ScratchFile scratch("config.toml");
  const std::string text(reinterpret_cast<const char*>(data), size);
  const long lines = 1 + static_cast<long>(std::count(text.begin(), text.end(), '\n'));
  const std::filesystem::path& file = scratch.write(text);
  expect_loads_or_config_error([&] { core::load_profile(file, categories); }, file, lines);
  expect_loads_or_config_error([&] { core::parse_settings(text, file); }, file, lines);
  expect_loads_or_config_error([&] { core::load_settings(file); }, file, lines);
  expect_loads_or_config_error([&] { core::load_categories(file); }, file, lines);
  expect_loads_or_config_error([&] { core::load_departments(file); }, file, lines);
  return 0;
}
