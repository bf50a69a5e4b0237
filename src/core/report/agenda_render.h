#pragma once
/// \file
/// The agenda rendered from a Mustache template (kainjow mustache) in one of its formats, every data value escaped
/// for that format: HTML, Markdown or plain text.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace huddle::core {

/// The agenda's formats.
enum class AgendaFormat { html, markdown, text };

/// "html", "md", "txt": the file extension, and the name `--formats` takes.
std::string_view extension(AgendaFormat format);
/// Parses a format name: html, md (or markdown), txt (or text); std::nullopt for any other.
std::optional<AgendaFormat> parse_agenda_format(std::string_view name);
/// "agenda.html.mustache", "agenda.md.mustache", "agenda.txt.mustache": the template of `format` in templates/.
std::string agenda_template_name(AgendaFormat format);

/// Renders `view` (agenda_view's tree) through the Mustache template file `template_file`. Every `{{value}}` is
/// escaped for `format` (escape_html, escape_markdown, one_line; see text_escape.h); values are never read as
/// Mustache tags. Throws ConfigError naming `template_file` when it cannot be read, is not a valid template, or
/// repeats itself too often to render (a list section nested in itself).
std::string render_agenda(const std::filesystem::path& template_file, AgendaFormat format, const nlohmann::json& view);

}  // namespace huddle::core
