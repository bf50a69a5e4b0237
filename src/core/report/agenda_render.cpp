#include "core/report/agenda_render.h"

#include <algorithm>
#include <charconv>

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
/// (Not std::regex, whose matcher recurses once per character of a long tag name in the message.)
ConfigError parse_error(const std::filesystem::path& file, const TemplateSource& source, const std::string& message) {
  const std::size_t at = message.rfind(" at ");
  std::size_t offset = 0;
  if (at != std::string::npos) {
    const char* first = message.data() + at + 4;
    const char* last = message.data() + message.size();
    const auto [end, ec] = std::from_chars(first, last, offset);
    if (ec == std::errc() && end == last && first != last) {
      return ConfigError(file, source.line_at(offset), "", "not a valid Mustache template: " + message.substr(0, at));
    }
  }
  return ConfigError(file, 0, "", "not a valid Mustache template: " + message);
}

/// How much a template may render: every list item and section entered renders at most the whole template again, so
/// the sections entered, and those times the template's size, bound the work. A list section nested in itself
/// multiplies them (ten places nested six deep are a million copies) and is refused; a real agenda enters a few
/// sections per place and action (tens of thousands for a city with thousands of open actions).
constexpr std::size_t kMaxSections = 200'000;
constexpr std::size_t kRenderBudgetBytes = std::size_t{512} << 20;  ///< Sections entered times the template's size.

/// kainjow's context for the agenda's data, counting the sections entered against the budget.
class BudgetContext final : public mustache::basic_context<std::string> {
 public:
  BudgetContext(const mustache::data& data, const std::filesystem::path& file, std::size_t template_size)
      : m_context(&data),
        m_file(file),
        m_left(std::min(kMaxSections, kRenderBudgetBytes / std::max<std::size_t>(template_size, 1))) {}

  void push(const mustache::data* data) override {
    if (m_left == 0) {
      throw ConfigError(m_file, 0, "",
                        "the template repeats itself too often to render (is a list section nested in itself?)");
    }
    --m_left;
    m_context.push(data);
  }
  void pop() override { m_context.pop(); }
  const mustache::data* get(const std::string& name) const override { return m_context.get(name); }
  const mustache::data* get_partial(const std::string& name) const override { return m_context.get_partial(name); }

 private:
  mustache::context<std::string> m_context;
  const std::filesystem::path& m_file;
  std::size_t m_left;
};

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
  const mustache::data data = to_mustache(view);
  BudgetContext context(data, template_file, source.text.size());
  std::string out = tmpl.render(context);
  if (!tmpl.is_valid()) throw parse_error(template_file, source, tmpl.error_message());
  return without_line_marks(std::move(out));
}

}  // namespace huddle::core
