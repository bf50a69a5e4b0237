#pragma once
/// \file
/// The sha256 of a file's content (OpenSSL's digest), by which an extract is recognised when it comes again.

#include <filesystem>
#include <string>

namespace huddle::core {

/// Lower-case hex sha256 of the file's bytes; throws InputError when it cannot be read.
std::string sha256_of_file(const std::filesystem::path& file);

}  // namespace huddle::core
