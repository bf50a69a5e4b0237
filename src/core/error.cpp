#include "core/error.h"

#include <fmt/format.h>

namespace huddle {
namespace {

std::string located(const std::filesystem::path& file, long line, const std::string& what,
                    const std::string& message) {
  std::string where = file.string();
  if (line > 0) where += fmt::format(":{}", line);
  if (!what.empty()) where += fmt::format(" ({})", what);
  return where.empty() ? message : fmt::format("{}: {}", where, message);
}

}  // namespace

InputError::InputError(std::filesystem::path file, long line, std::string column, const std::string& message)
    : Error(located(file, line, column.empty() ? "" : "column " + column, message)),
      m_file(std::move(file)),
      m_line(line),
      m_column(std::move(column)) {}

ConfigError::ConfigError(std::filesystem::path file, long line, std::string key, const std::string& message)
    : Error(located(file, line, key.empty() ? "" : "key " + key, message)),
      m_file(std::move(file)),
      m_line(line),
      m_key(std::move(key)) {}

}  // namespace huddle
