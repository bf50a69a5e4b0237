#pragma once
/// \file
/// A Mustache template file read for kainjow mustache: unsafe tags refused, standalone tag lines folded away, and the
/// source line of every character kept for error messages.

#include <filesystem>
#include <string>
#include <vector>

namespace huddle::core {

/// A template's text as the renderer gets it.
struct TemplateSource {
  std::string text;           ///< The template, standalone tag lines folded, each line starting with kLineMark.
  std::vector<long> line_of;  ///< 1-based line in the file of each character of `text`, and of its end.

  /// The line in the file of offset `offset` of `text` (the last line for an offset past the end).
  long line_at(std::size_t offset) const;
};

/// Starts every line of TemplateSource::text. kainjow mustache 4.1 guesses "standalone" lines at render time and drops
/// any line that renders empty after a section tag, blank lines the template wants included; a marked line is never
/// empty. No value carries it: every escape drops control characters (text_escape.h).
inline constexpr char kLineMark = '\x01';

/// Reads the template `file`. A line holding only one section, inverted section, section end or comment tag (and
/// blanks) is reduced to that tag, as the Mustache spec's "standalone" rule asks. Throws ConfigError naming the file
/// when it cannot be read, and naming the line for a tag that would write a value unescaped ({{{name}}},
/// {{&name}}), read a value as a template ({{>name}}) or change the delimiters ({{=...=}}), or for sections nested
/// more than 64 deep.
TemplateSource read_template_source(const std::filesystem::path& file);

/// `rendered` without the kLineMark characters.
std::string without_line_marks(std::string rendered);

}  // namespace huddle::core
