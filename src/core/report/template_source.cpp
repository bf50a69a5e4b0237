#include "core/report/template_source.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <string_view>
#include <utility>
#include <sstream>

#include <fmt/format.h>

#include "core/error.h"

namespace huddle::core {
namespace {

// Both scans below are loops, not std::regex: its matcher recurses once per character and overflows the stack on
// a long line.

/// The tag when `line` is one section, inverted section, end or comment tag between blanks (and a CR at its end).
std::optional<std::string_view> standalone_tag(std::string_view line) {
  auto blank = [](char c) { return c == ' ' || c == '\t'; };
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  while (!line.empty() && blank(line.front())) line.remove_prefix(1);
  while (!line.empty() && blank(line.back())) line.remove_suffix(1);
  if (line.size() < 5 || !line.starts_with("{{") || std::string_view("#^/!").find(line[2]) == std::string_view::npos ||
      !line.ends_with("}}")) {
    return std::nullopt;
  }
  const std::size_t braces = line.find_first_of("{}", 3);  // the closing "}}" must be the first brace after "{{x"
  if (braces != line.size() - 2) return std::nullopt;
  return line;
}

/// The offset of the first tag an agenda template must not hold ({{{ {{& {{> {{=, blanks allowed after {{) and the
/// character that makes it unsafe.
std::optional<std::pair<std::size_t, char>> first_unsafe_tag(std::string_view text) {
  for (std::size_t at = text.find("{{"); at != std::string_view::npos; at = text.find("{{", at + 1)) {
    const std::size_t next = text.find_first_not_of(" \t\n\v\f\r", at + 2);
    if (next != std::string_view::npos && std::string_view("{&>=").find(text[next]) != std::string_view::npos) {
      return std::pair{at, text[next]};
    }
  }
  return std::nullopt;
}

/// Sections nested deeper than this are refused: kainjow keeps a copy of each section's text, so a deep nest costs its
/// depth times its length (60,000 nested sections in 500 KB take gigabytes). The shipped templates nest 5 deep.
constexpr int kMaxSectionDepth = 64;

/// The offset of the first section tag nested deeper than kMaxSectionDepth, if any. A tag runs from "{{" to the next
/// "}}", as kainjow reads it (so a comment may hold "{{#").
std::optional<std::size_t> too_deep_section(std::string_view text) {
  int depth = 0;
  for (std::size_t at = text.find("{{"); at != std::string_view::npos;) {
    const std::size_t end = text.find("}}", at + 2);
    if (end == std::string_view::npos) break;
    const std::size_t kind = text.find_first_not_of(" \t\n\v\f\r", at + 2);
    if (kind < end && (text[kind] == '#' || text[kind] == '^') && ++depth > kMaxSectionDepth) return at;
    if (kind < end && text[kind] == '/') --depth;
    at = text.find("{{", end + 2);
  }
  return std::nullopt;
}

/// The 1-based line of `offset` in `text`.
long line_of_offset(std::string_view text, std::size_t offset) {
  return 1 + std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n');
}

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ConfigError(file, 0, "", "cannot read the template");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

long TemplateSource::line_at(std::size_t offset) const {
  return line_of.empty() ? 1 : line_of[std::min(offset, line_of.size() - 1)];
}

TemplateSource read_template_source(const std::filesystem::path& file) {
  const std::string text = read_file(file);
  if (const auto unsafe = first_unsafe_tag(text)) {
    throw ConfigError(file, line_of_offset(text, unsafe->first), "",
                      fmt::format("'{{{{{}' is not allowed in an agenda template: every value is written escaped, as "
                                  "{{{{name}}}}, and there are no partials",
                                  unsafe->second));
  }
  if (const auto deep = too_deep_section(text)) {
    throw ConfigError(file, line_of_offset(text, *deep), "",
                      fmt::format("sections nested more than {} deep", kMaxSectionDepth));
  }
  TemplateSource out;
  out.text.reserve(text.size() * 11 / 10);
  long line = 1;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const auto tag = standalone_tag(std::string_view(text).substr(start, end - start));
    // A standalone tag goes to the start of the next line: its line, newline included, is gone.
    const std::string kept = tag ? std::string(*tag) : kLineMark + text.substr(start, end + 1 - start);
    out.text += kept;
    out.line_of.insert(out.line_of.end(), kept.size(), line);
    start = end + 1;
    ++line;
  }
  out.line_of.push_back(line);
  return out;
}

std::string without_line_marks(std::string rendered) {
  rendered.erase(std::remove(rendered.begin(), rendered.end(), kLineMark), rendered.end());
  return rendered;
}

}  // namespace huddle::core
