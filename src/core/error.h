#pragma once
/// \file
/// The one exception hierarchy of Huddle's core. Front ends catch `huddle::Error` at one guarded boundary.

#include <filesystem>
#include <stdexcept>
#include <string>

namespace huddle {

/// Base of every error the core throws on purpose.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// An input file could not be read as expected; names the file and, when known, the line and column.
class InputError : public Error {
 public:
  /// `line` is 1-based (0 = unknown); `column` is a header name or empty.
  InputError(std::filesystem::path file, long line, std::string column, const std::string& message);
  const std::filesystem::path& file() const { return m_file; }  ///< The file that was being read.
  long line() const { return m_line; }                          ///< 1-based line, 0 when unknown.
  const std::string& column() const { return m_column; }        ///< Column name, or empty.

 private:
  std::filesystem::path m_file;
  long m_line;
  std::string m_column;
};

/// A configuration file (TOML) is missing a key, has a wrong type or an invalid value.
class ConfigError : public Error {
 public:
  /// `line` is 1-based (0 = unknown); `key` is the dotted key path or empty.
  ConfigError(std::filesystem::path file, long line, std::string key, const std::string& message);
  const std::filesystem::path& file() const { return m_file; }  ///< The file that was read.
  long line() const { return m_line; }                          ///< 1-based line, 0 when unknown.
  const std::string& key() const { return m_key; }              ///< Dotted key, or empty.

 private:
  std::filesystem::path m_file;
  long m_line;
  std::string m_key;
};

/// The database could not be opened, migrated, read or written.
class StorageError : public Error {
 public:
  using Error::Error;
};

/// A write was refused because someone else changed the same record first (two seats).
class ConflictError : public StorageError {
 public:
  using StorageError::StorageError;
};

/// A packet or export file could not be written.
class ExportError : public Error {
 public:
  using Error::Error;
};

/// Long work was cancelled by the user.
class Cancelled : public Error {
 public:
  Cancelled() : Error("cancelled") {}
};

}  // namespace huddle
