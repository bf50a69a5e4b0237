#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>

#include "core/config/categories.h"
#include "core/ingest/csv_reader.h"

namespace huddle::fuzz {

std::filesystem::path resources() { return HUDDLE_SOURCE_RESOURCES; }

std::vector<std::string> category_ids() {
  std::vector<std::string> ids;
  for (const auto& c : core::load_categories(resources() / "categories.toml")) ids.push_back(c.id);
  return ids;
}

ScratchFile::ScratchFile(const std::string& name) {
  // Memory-backed when the system has it: each input is written once, and a disk would make writing the slow part.
  std::error_code ec;
  const std::filesystem::path base =
      std::filesystem::is_directory("/dev/shm", ec) ? "/dev/shm" : std::filesystem::temp_directory_path();
  std::random_device rd;
  m_dir = base / ("huddle-fuzz-" + std::to_string(rd()) + std::to_string(rd()));
  std::filesystem::create_directories(m_dir);
  m_path = m_dir / name;
}

ScratchFile::~ScratchFile() {
  std::error_code ec;
  std::filesystem::remove_all(m_dir, ec);
}

const std::filesystem::path& ScratchFile::write(const std::uint8_t* data, std::size_t size) const {
  return write(std::string_view(reinterpret_cast<const char*>(data), size));
}

const std::filesystem::path& ScratchFile::write(std::string_view text) const {
  std::ofstream out(m_path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  expect(static_cast<bool>(out), "cannot write the scratch file");
  return m_path;
}

void expect(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz finding: %s\n", what);
  std::abort();
}

bool valid_utf8(std::string_view text) {
  std::string copy(text);
  return !core::repair_utf8(copy);
}

}  // namespace huddle::fuzz
