#pragma once
// Internal to core/config: reading TOML files with errors that name the file, line and key.

#include <filesystem>
#include <optional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "core/error.h"

namespace huddle::core::config {

/// Parses `path`; throws ConfigError with the line of a syntax error, or when the file cannot be read.
toml::table parse_toml_file(const std::filesystem::path& path);

/// Parses `text` as the contents of `path` (named in errors); throws ConfigError with the line of a syntax error.
toml::table parse_toml_text(std::string_view text, const std::filesystem::path& path);

/// True when `text` is lower-case letters, digits and `separator`, and starts with a letter (or a digit when
/// `digit_first`): ids and names. A loop, not std::regex, which recurses once per character of a long value.
bool is_lower_name(std::string_view text, bool digit_first, char separator);

/// A TOML table being read, with the file and dotted key prefix used in error messages.
class TomlReader {
 public:
  /// `prefix` is the dotted path of `table` ("" at the top, "category[2]" in an array).
  TomlReader(const toml::table& table, std::filesystem::path file, std::string prefix, long line);

  /// The string at `key`; ConfigError when missing or not a string.
  std::string required_string(const std::string& key) const;
  /// The string at `key`, or `fallback` when missing; ConfigError when not a string.
  std::string string_or(const std::string& key, const std::string& fallback) const;
  /// The text or list of texts at `key` (a single text becomes a one-element list); empty when missing;
  /// ConfigError for any other type or a non-text element.
  std::vector<std::string> string_list(const std::string& key) const;
  /// The number (integer or float) at `key`, or `fallback`; ConfigError when not a number or outside [min, max].
  double number_or(const std::string& key, double fallback, double min, double max) const;
  /// The boolean at `key`, or `fallback`; ConfigError when not a boolean.
  bool bool_or(const std::string& key, bool fallback) const;
  /// The sub-table at `key`, if present; ConfigError when not a table.
  std::optional<TomlReader> table(const std::string& key) const;
  /// The array at `key`, if present; ConfigError when not an array.
  const toml::array* array(const std::string& key) const;
  /// A reader for the table at position `index` of `array` named `key`; ConfigError when not a table.
  TomlReader element(const toml::array& array, const std::string& key, std::size_t index) const;
  /// Throws ConfigError at the first key of this table that is not in `known` (a misspelt key must not be ignored).
  void allow_only(std::initializer_list<const char*> known) const;
  /// Throws ConfigError for `key` at the line of its value (or of this table when `key` is absent).
  [[noreturn]] void fail(const std::string& key, const std::string& message) const;
  /// Throws ConfigError at `node`'s line for the dotted `key`.
  [[noreturn]] void fail_at(const toml::node& node, const std::string& key, const std::string& message) const;
  /// The underlying table.
  const toml::table& raw() const { return m_table; }
  /// The dotted path of `key` within this table.
  std::string path_of(const std::string& key) const { return m_prefix.empty() ? key : m_prefix + "." + key; }
  /// The file being read.
  const std::filesystem::path& file() const { return m_file; }

 private:
  const toml::table& m_table;
  std::filesystem::path m_file;
  std::string m_prefix;
  long m_line;
};

}  // namespace huddle::core::config
