#pragma once
/// \file
/// Output files that are either whole or absent: written beside their final name, then renamed over it.

#include <filesystem>
#include <functional>
#include <string_view>

namespace huddle::core {

/// Writes `content` to `file`: first to a new hidden file in the same folder, flushed to disk, then renamed to
/// `file` (replacing it), so a reader never sees a half-written file and a failure leaves any old `file` as it was.
/// The file gets the usual permissions (0666 less the umask). Throws ExportError naming `file` when it cannot.
void write_file_atomically(const std::filesystem::path& file, std::string_view content);

/// Writes `file` the same way through `write`, for libraries that open a file by name: `write` is given the path
/// of a new, empty hidden file in the same folder to fill; that file is then flushed to disk and renamed to
/// `file`. When `write` throws, the hidden file is removed and the exception passes on. Throws ExportError naming
/// `file` when the hidden file cannot be made, flushed or renamed.
void write_file_atomically(const std::filesystem::path& file,
                           const std::function<void(const std::filesystem::path& temporary)>& write);

}  // namespace huddle::core
