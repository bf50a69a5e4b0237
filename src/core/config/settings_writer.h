#pragma once
/// \file
/// Writing settings.toml: what the Settings dialog saves, read back exactly by load_settings.

#include <filesystem>
#include <string>

#include "core/config/settings.h"

namespace huddle::core {

/// The text of settings.toml at `path` for `settings`. Only values that differ from the defaults are written, so
/// a later Huddle's better defaults still reach a deployment that never changed them; weight overrides and
/// sources are always written. Folders and the boundary file inside `path`'s folder are written relative to it.
/// Comments of an earlier file are not kept (the text starts with a note saying so).
std::string format_settings(const Settings& settings, const std::filesystem::path& path);

/// Throws the ConfigError that save_settings would throw for `settings` at `path`; writes nothing.
void check_settings(const Settings& settings, const std::filesystem::path& path);

/// Writes `settings` to `path` (as format_settings) whole or not at all, creating its folder when needed. The
/// text is first read back as load_settings reads it: a value that load_settings would refuse is refused here
/// with the same ConfigError (naming `path`, the line and the key) and nothing is written. load_settings(path)
/// afterwards equals `settings` when its paths are absolute and normal and each source leaves the fields of other
/// kinds at their defaults (as load_settings gives them). Throws ExportError when the file cannot be written.
void save_settings(const Settings& settings, const std::filesystem::path& path);

}  // namespace huddle::core
