#pragma once
// Helpers shared by the fuzz targets: the shipped resources, a scratch file for the readers that take a path, and
// the checks that turn a wrong result into a finding.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace huddle::fuzz {

/// The shipped resources folder of the source tree (profiles, categories, departments, templates).
std::filesystem::path resources();

/// Ids of the shipped categories (what profile rules may name).
std::vector<std::string> category_ids();

/// One file in a private temporary folder, overwritten by each input; the folder is removed at exit.
class ScratchFile {
 public:
  /// A file called `name` (its extension matters to some readers) in a new folder under /dev/shm or the temp dir.
  explicit ScratchFile(const std::string& name);
  ~ScratchFile();
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;

  /// Replaces the file's content with `size` bytes from `data`; returns its path.
  const std::filesystem::path& write(const std::uint8_t* data, std::size_t size) const;
  /// Replaces the file's content with `text`; returns its path.
  const std::filesystem::path& write(std::string_view text) const;
  /// The private folder holding the file, for other files of the same run.
  const std::filesystem::path& folder() const { return m_dir; }

 private:
  std::filesystem::path m_dir;
  std::filesystem::path m_path;
};

/// A finding: prints `what` and aborts, so that libFuzzer keeps the input, when `ok` is false.
void expect(bool ok, const char* what);

/// True when `text` is valid UTF-8.
bool valid_utf8(std::string_view text);

}  // namespace huddle::fuzz
