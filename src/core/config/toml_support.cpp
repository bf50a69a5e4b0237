#include "core/config/toml_support.h"

#include <algorithm>

#include <fmt/format.h>

namespace huddle::core::config {
namespace {

const char* type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string: return "text";
    case toml::node_type::integer: return "a whole number";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "true/false";
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    default: return "a date or time";
  }
}

}  // namespace

toml::table parse_toml_file(const std::filesystem::path& path) {
  try {
    return toml::parse_file(path.string());
  } catch (const toml::parse_error& e) {
    std::string description(e.description());
    if (description.find("unable to open") != std::string::npos || !std::filesystem::exists(path)) {
      throw ConfigError(path, 0, "", "cannot read the file");
    }
    throw ConfigError(path, static_cast<long>(e.source().begin.line), "", "not valid TOML: " + description);
  }
}

toml::table parse_toml_text(std::string_view text, const std::filesystem::path& path) {
  try {
    return toml::parse(text, path.string());
  } catch (const toml::parse_error& e) {
    throw ConfigError(path, static_cast<long>(e.source().begin.line), "", "not valid TOML: " + std::string(e.description()));
  }
}

bool is_lower_name(std::string_view text, bool digit_first, char separator) {
  auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (text.empty() || !(digit_first ? lower_or_digit(text.front()) : text.front() >= 'a' && text.front() <= 'z')) {
    return false;
  }
  return std::all_of(text.begin(), text.end(), [&](char c) { return lower_or_digit(c) || c == separator; });
}

TomlReader::TomlReader(const toml::table& table, std::filesystem::path file, std::string prefix, long line)
    : m_table(table), m_file(std::move(file)), m_prefix(std::move(prefix)), m_line(line) {}

void TomlReader::fail(const std::string& key, const std::string& message) const {
  if (const toml::node* node = m_table.get(key)) fail_at(*node, path_of(key), message);
  throw ConfigError(m_file, m_line, path_of(key), message);
}

void TomlReader::fail_at(const toml::node& node, const std::string& key, const std::string& message) const {
  long line = static_cast<long>(node.source().begin.line);
  throw ConfigError(m_file, line > 0 ? line : m_line, key, message);
}

void TomlReader::allow_only(std::initializer_list<const char*> known) const {
  for (const auto& [key, node] : m_table) {
    std::string name(key.str());
    bool ok = std::any_of(known.begin(), known.end(), [&](const char* k) { return name == k; });
    if (ok) continue;
    std::string list;
    for (const char* k : known) list += (list.empty() ? "" : ", ") + std::string(k);
    fail_at(node, path_of(name), fmt::format("unknown key (expected one of: {})", list));
  }
}

std::string TomlReader::required_string(const std::string& key) const {
  if (!m_table.contains(key)) fail(key, "missing (expected a text value)");
  return string_or(key, "");
}

std::string TomlReader::string_or(const std::string& key, const std::string& fallback) const {
  const toml::node* node = m_table.get(key);
  if (!node) return fallback;
  if (!node->is_string()) fail(key, fmt::format("expected text in quotes, found {}", type_name(*node)));
  return node->as_string()->get();
}

std::vector<std::string> TomlReader::string_list(const std::string& key) const {
  const toml::node* node = m_table.get(key);
  if (!node) return {};
  if (node->is_string()) return {node->as_string()->get()};
  if (!node->is_array()) fail(key, fmt::format("expected text or a list of texts, found {}", type_name(*node)));
  std::vector<std::string> out;
  for (const auto& element : *node->as_array()) {
    if (!element.is_string()) fail_at(element, path_of(key), "expected a list of texts in quotes");
    out.push_back(element.as_string()->get());
  }
  return out;
}

double TomlReader::number_or(const std::string& key, double fallback, double min, double max) const {
  const toml::node* node = m_table.get(key);
  if (!node) return fallback;
  auto value = node->value<double>();
  if (!value || node->is_boolean()) fail(key, fmt::format("expected a number, found {}", type_name(*node)));
  if (*value < min || *value > max) fail(key, fmt::format("{} is out of range (expected {} to {})", *value, min, max));
  return *value;
}

bool TomlReader::bool_or(const std::string& key, bool fallback) const {
  const toml::node* node = m_table.get(key);
  if (!node) return fallback;
  if (!node->is_boolean()) fail(key, "expected true or false");
  return node->as_boolean()->get();
}

std::optional<TomlReader> TomlReader::table(const std::string& key) const {
  const toml::node* node = m_table.get(key);
  if (!node) return std::nullopt;
  if (!node->is_table()) fail(key, "expected a table");
  return TomlReader(*node->as_table(), m_file, path_of(key), static_cast<long>(node->source().begin.line));
}

const toml::array* TomlReader::array(const std::string& key) const {
  const toml::node* node = m_table.get(key);
  if (!node) return nullptr;
  if (!node->is_array()) fail(key, "expected an array");
  return node->as_array();
}

TomlReader TomlReader::element(const toml::array& array, const std::string& key, std::size_t index) const {
  const toml::node& node = array[index];
  std::string path = fmt::format("{}[{}]", path_of(key), index + 1);
  if (!node.is_table()) fail_at(node, path, "expected a table");
  return TomlReader(*node.as_table(), m_file, path, static_cast<long>(node.source().begin.line));
}

}  // namespace huddle::core::config
