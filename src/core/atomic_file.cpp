#include "core/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>
#include <system_error>

#include <fmt/format.h>

#include "core/error.h"

namespace huddle::core {
namespace {

/// Opens a new file beside `file` that did not exist before ("wx": created exclusively); sets `path`.
std::FILE* open_temporary(const std::filesystem::path& file, std::filesystem::path& path) {
  std::random_device rd;
  for (int attempt = 0; attempt < 16; ++attempt) {
    path = file.parent_path() / fmt::format(".{}.{:08x}.tmp", file.filename().string(), rd());
    if (std::FILE* f = std::fopen(path.c_str(), "wbx")) return f;
    if (errno != EEXIST) break;
  }
  throw ExportError(fmt::format("cannot write {}: {}", file.string(), std::strerror(errno)));
}

/// Renames `temporary` to `file`; when `error` (an errno value from writing it) is set or the rename fails, removes
/// `temporary` instead and throws ExportError naming `file`.
void commit(const std::filesystem::path& temporary, const std::filesystem::path& file, int error) {
  std::error_code ec;
  if (error == 0) std::filesystem::rename(temporary, file, ec);
  if (error != 0 || ec) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw ExportError(fmt::format("cannot write {}: {}", file.string(), ec ? ec.message() : std::strerror(error)));
  }
}

}  // namespace

void write_file_atomically(const std::filesystem::path& file, std::string_view content) {
  std::filesystem::path temporary;
  std::FILE* f = open_temporary(file, temporary);
  bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size() && std::fflush(f) == 0 &&
            ::fsync(::fileno(f)) == 0;
  int error = ok ? 0 : errno;
  if (std::fclose(f) != 0 && ok) error = errno;
  commit(temporary, file, error);
}

void write_file_atomically(const std::filesystem::path& file,
                           const std::function<void(const std::filesystem::path& temporary)>& write) {
  std::filesystem::path temporary;
  std::fclose(open_temporary(file, temporary));  // reserves the name; `write` replaces the empty file
  try {
    write(temporary);
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw;
  }
  const int fd = ::open(temporary.c_str(), O_RDONLY | O_CLOEXEC);
  int error = fd < 0 || ::fsync(fd) != 0 ? errno : 0;
  if (fd >= 0 && ::close(fd) != 0 && error == 0) error = errno;
  commit(temporary, file, error);
}

}  // namespace huddle::core
