#include "core/report/agenda_render.h"

#include <regex>

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/report/template_source.h"
#include "core/report/text_escape.h"

namespace huddle::core {
namespace {

namespace mustache = kainjow::mustache;

/// A JSON tree as Mustache data: objects, lists, text and flags; numbers as their text; null as false.
mustache::data to_mustache(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      mustache::data out;
      for (const auto& [key, item] : value.items()) out.set(key, to_mustache(item));
      return out;
    }
    case nlohmann::json::value_t::array: {
      mustache::data out{mustache::data::type::list};
      for (const auto& item : value) out.push_back(to_mustache(item));
      return out;
    }
    case nlohmann::json::value_t::string:
      return mustache::data{value.get<std::string>()};
    case nlohmann::json::value_t::boolean:
      return mustache::data{value.get<bool>()};
    case nlohmann::json::value_t::null:
      return mustache::data{false};
    default:
      return mustache::data{value.dump()};
  }
}

/// kainjow's message for a template that does not parse, its trailing " at OFFSET" turned into the file's line.
ConfigError parse_error(const std::filesystem::path& file, const TemplateSource& source, const std::string& message) {
  static const std::regex kAt(R"(^(.*) at (\d+)$)");
  std::smatch m;
  if (std::regex_match(message, m, kAt)) {
    return ConfigError(file, source.line_at(std::stoul(m.str(2))), "", "not a valid Mustache template: " + m.str(1));
  }
  return ConfigError(file, 0, "", "not a valid Mustache template: " + message);
}

}  // namespace

std::string_view extension(AgendaFormat format) {
  switch (format) {
    case AgendaFormat::html:
      return "html";
    case AgendaFormat::markdown:
      return "md";
    case AgendaFormat::text:
      return "txt";
  }
  return "txt";
}

std::optional<AgendaFormat> parse_agenda_format(std::string_view name) {
  if (name == "html") return AgendaFormat::html;
  if (name == "md" || name == "markdown") return AgendaFormat::markdown;
  if (name == "txt" || name == "text") return AgendaFormat::text;
  return std::nullopt;
}

std::string agenda_template_name(AgendaFormat format) {
  return "agenda." + std::string(extension(format)) + ".mustache";
}

std::string render_agenda(const std::filesystem::path& template_file, AgendaFormat format, const nlohmann::json& view) {
  const TemplateSource source = read_template_source(template_file);
  mustache::mustache tmpl{source.text};
  if (!tmpl.is_valid()) throw parse_error(template_file, source, tmpl.error_message());
  switch (format) {
    case AgendaFormat::html:
      tmpl.set_custom_escape([](const std::string& s) { return escape_html(s); });
      break;
    case AgendaFormat::markdown:
      tmpl.set_custom_escape([](const std::string& s) { return escape_markdown(s); });
      break;
    case AgendaFormat::text:
      tmpl.set_custom_escape([](const std::string& s) { return one_line(s); });
      break;
  }
  std::string out = tmpl.render(to_mustache(view));
  if (!tmpl.is_valid()) throw parse_error(template_file, source, tmpl.error_message());
  return without_line_marks(std::move(out));
}

}  // namespace huddle::core
