#include "core/report/template_source.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

#include <fmt/format.h>

#include "core/error.h"

namespace huddle::core {
namespace {

/// A line that is one section, inverted section, end or comment tag between blanks.
const std::regex kStandalone(R"(^[ \t]*(\{\{[#^/!][^{}]*\}\})[ \t]*\r?$)");
/// Tags an agenda template must not hold: {{{ {{& {{> {{=.
const std::regex kUnsafe(R"(\{\{\s*([{&>=]))");

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
  std::smatch unsafe;
  if (std::regex_search(text, unsafe, kUnsafe)) {
    const long line = 1 + std::count(text.begin(), text.begin() + unsafe.position(0), '\n');
    throw ConfigError(file, line, "",
                      fmt::format("'{{{{{}' is not allowed in an agenda template: every value is written escaped, as "
                                  "{{{{name}}}}, and there are no partials",
                                  unsafe.str(1)));
  }
  TemplateSource out;
  out.text.reserve(text.size() * 11 / 10);
  long line = 1;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string content = text.substr(start, end - start);
    std::smatch m;
    // A standalone tag goes to the start of the next line: its line, newline included, is gone.
    const std::string kept =
        std::regex_match(content, m, kStandalone) ? m.str(1) : kLineMark + text.substr(start, end + 1 - start);
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
