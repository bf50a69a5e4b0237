// The agenda in each format from its Mustache template: hostile text from extracts and from people escaped for the
// format and never read as Mustache, user templates overriding shipped ones, broken and unsafe templates refused,
// standalone tag lines leaving no blank lines, and the brief job's files.

#include <doctest/doctest.h>

#include "agenda_fixture.h"
#include "core/jobs/brief_job.h"
#include "core/report/text_escape.h"

using namespace huddle;
using namespace huddle::core;

namespace {

/// Markup, quotes, an ampersand, a Mustache tag, Markdown emphasis and a link, a bell, an escape sequence and a break.
const std::string kHostile = "<script>alert(1)</script> \"q\" 'a' & {{x}} *bold* [link](http://x)\x07\x1b[31m\r\nnext";

/// A city whose extracts, people and settings all carry kHostile: the place's address (so its name and the
/// run-of-show item), the feed's raw type, an action's title and owner, a "no action" reason, an item's notes and the
/// huddle's notes; and a city name with markup.
struct HostileCity : test::AgendaCity {
  HuddleBrief brief;

  HostileCity() {
    ws.settings.city_name = "Springfield <b>&</b>";
    add(0, 0, 2, 4, kHostile, "needles", "311", kHostile + " RAWTYPE");
    add(10, 0, 3, 3, "A St & B St");
    brief = open();
    REQUIRE(brief.ranking.lists.top.size() == 2);
    add_action(kHostile, "Public Works / Sanitation", test::utc(2026, 11, 20, 14),
               Date{std::chrono::year{2026} / 11 / 24}, kHostile, &brief.ranking.lists.top[0]);
    ws.store->huddles().set_no_action(
        brief.huddle.id, {brief.ranking.lists.top[1].place.id, kHostile, test::utc(2026, 11, 26, 13, 5), "test"});
    AgendaItem item = brief.agenda.front();
    item.notes = kHostile;
    item.actual_seconds = 75;
    ws.store->huddles().update_item(item);
    brief.huddle.notes = kHostile;
    ws.store->huddles().update(brief.huddle);
    brief = read_brief(*ws.store, brief.huddle);
  }
};

/// True when `text` holds a control character other than a line feed.
bool has_control_characters(const std::string& text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return (static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7f; });
}

}  // namespace

TEST_CASE("hostile text is HTML-escaped in the HTML agenda") {
  HostileCity city;
  const std::string html = city.render(city.brief, AgendaFormat::html);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("<b>&</b>") == std::string::npos);
  CHECK(html.find("Springfield &lt;b&gt;&amp;&lt;/b&gt;") != std::string::npos);
  const std::string escaped =
      "&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &apos;a&apos; &amp; {{x}} *bold* [link](http://x)[31m  next";
  CHECK(html.find("<h3>near " + escaped + "</h3>") != std::string::npos);              // the place
  CHECK(html.find(">1. near " + escaped + "</a>") != std::string::npos);               // its run-of-show item
  CHECK(html.find("<strong>No action:</strong> " + escaped) != std::string::npos);     // the decision
  CHECK(html.find("<td class=\"meta\">" + escaped + "</td>") != std::string::npos);    // the action's owner
  CHECK(html.find("<div class=\"note\">" + escaped + "</div>") != std::string::npos);  // the item's notes
  CHECK(html.find("RAWTYPE") == std::string::npos);  // raw types are not part of the agenda
  CHECK_FALSE(has_control_characters(html));
}

TEST_CASE("hostile text is Markdown-escaped in the Markdown agenda") {
  HostileCity city;
  const std::string md = city.render(city.brief, AgendaFormat::markdown);
  const std::string escaped =
      "\\<script\\>alert(1)\\</script\\> \"q\" 'a' & \\{\\{x\\}\\} \\*bold\\* \\[link\\](http\\://x)\\[31m  next";
  CHECK(escape_markdown(kHostile) == escaped);
  CHECK(md.find("### 1. near " + escaped + "\n") != std::string::npos);
  CHECK(md.find("**Decision:** no action: " + escaped + "\n") != std::string::npos);
  CHECK(md.find("# Springfield \\<b\\>&\\</b\\> huddle") != std::string::npos);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("[link](") == std::string::npos);
  CHECK(md.find("RAWTYPE") == std::string::npos);
  CHECK_FALSE(has_control_characters(md));
}

TEST_CASE("hostile text stays on its line, without control characters, in the plain-text agenda") {
  HostileCity city;
  const std::string txt = city.render(city.brief, AgendaFormat::text);
  const std::string flat = "<script>alert(1)</script> \"q\" 'a' & {{x}} *bold* [link](http://x)[31m  next";
  CHECK(txt.find("\n1. near " + flat + "\n") != std::string::npos);
  CHECK(txt.find("\n   No action: " + flat + "\n") != std::string::npos);
  CHECK(txt.find("\nNotes: " + flat + "\n") != std::string::npos);
  CHECK(txt.find("RAWTYPE") == std::string::npos);
  CHECK_FALSE(has_control_characters(txt));
}

TEST_CASE("a value holding Mustache tags is written as it stands, never rendered") {
  test::AgendaCity city;
  city.ws.settings.city_name = "{{#top}}{{name}}{{/top}}";
  city.add(0, 0, 2, 3, "{{city}} Ave & {{> x}} St");
  const auto brief = city.open();
  const std::string txt = city.render(brief, AgendaFormat::text);
  CHECK(txt.rfind("{{#top}}{{name}}{{/top}} huddle: Thursday 26 November 2026\n", 0) == 0);
  CHECK(txt.find("\n1. near {{city}} Ave & {{> x}} St\n") != std::string::npos);
  const std::string html = city.render(brief, AgendaFormat::html);
  CHECK(html.find("<h3>near {{city}} Ave &amp; {{&gt; x}} St</h3>") != std::string::npos);
}

TEST_CASE("a template in templates/ of the configuration folder overrides the shipped one") {
  test::AgendaCity city;
  city.add(0, 0, 2, 3, "A St & B St");
  const auto mine =
      city.dir.write("config/templates/agenda.txt.mustache", "{{city}}: {{#top}}{{rank}}={{name}};{{/top}}\n");
  CHECK(city.ws.template_file("agenda.txt.mustache") == mine);
  CHECK(city.ws.template_file("agenda.md.mustache") ==
        std::filesystem::path(HUDDLE_SOURCE_RESOURCES) / "templates" / "agenda.md.mustache");
  const auto brief = city.open();
  const auto files =
      city.write(brief, city.dir.path() / "out", {PacketFormat::text, PacketFormat::html});
  REQUIRE(files.size() == 2);
  CHECK(test::read_text(files[0]) == "Boston: 1=near A St & B St;\n");
  CHECK(test::read_text(files[1]).rfind("<!DOCTYPE html>\n", 0) == 0);
}

TEST_CASE("a template that does not parse gives a ConfigError naming it and its line, and nothing is written") {
  test::AgendaCity city;
  const auto broken = city.dir.write("config/templates/agenda.md.mustache", "# {{city}}\n\n{{#top}}\n{{name}}\n");
  const auto brief = city.open();
  const auto out = city.dir.path() / "out";
  try {
    city.write(brief, out, {PacketFormat::html, PacketFormat::markdown});
    FAIL("expected a ConfigError");
  } catch (const ConfigError& e) {
    CHECK(e.file() == broken);
    CHECK(e.line() == 3);
    CHECK(std::string(e.what()).find("agenda.md.mustache:3") != std::string::npos);
    CHECK(std::string(e.what()).find("Unclosed section \"top\"") != std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("a template that would write a value unescaped or read it as a template is refused") {
  test::AgendaCity city;
  const auto brief = city.open();
  for (const std::string tag : {"{{{city}}}", "{{& city}}", "{{>city}}", "{{=<% %>=}}"}) {
    CAPTURE(tag);
    city.dir.write("config/templates/agenda.html.mustache", "<p>\n" + tag + "</p>\n");
    try {
      city.render(brief, AgendaFormat::html);
      FAIL("expected a ConfigError");
    } catch (const ConfigError& e) {
      CHECK(e.line() == 2);
      CHECK(std::string(e.what()).find("agenda.html.mustache:2") != std::string::npos);
    }
  }
}

TEST_CASE("a line holding only a section tag leaves no blank line, and blank lines of the template stay") {
  test::TempDir dir;
  const auto file = dir.write("t.mustache",
                              "{{! a comment line }}\nA\n{{#no}}\nB\n{{/no}}\n\n{{#list}}\n- {{v}}\n{{/list}}\n"
                              "{{^list}}\nnone\n{{/list}}\n  {{#yes}}  \nC\n  {{/yes}}\nD");
  const nlohmann::json view = {
      {"no", false}, {"yes", true}, {"list", nlohmann::json::array({{{"v", "1"}}, {{"v", 2}}})}};
  CHECK(render_agenda(file, AgendaFormat::text, view) == "A\n\n- 1\n- 2\nC\nD");
}

TEST_CASE("a template with a line of a million characters renders or is refused, without running out of stack") {
  test::TempDir dir;
  const std::string long_name(1'000'000, 'a');
  const nlohmann::json view = {{"city", "Boston"}};
  const auto plain = dir.write("plain.mustache", std::string(1'000'000, 'x') + "\n{{city}}");
  CHECK(render_agenda(plain, AgendaFormat::text, view).ends_with("x\nBoston"));
  const auto unclosed = dir.write("unclosed.mustache", "{{city}}\n{{#" + long_name + "}}\n");
  CHECK_THROWS_WITH_AS(render_agenda(unclosed, AgendaFormat::text, view), doctest::Contains("unclosed.mustache:2"),
                       ConfigError);
  const auto unsafe = dir.write("unsafe.mustache", "\n{{" + std::string(1'000'000, ' ') + "&city}}\n");
  CHECK_THROWS_WITH_AS(render_agenda(unsafe, AgendaFormat::text, view), doctest::Contains("unsafe.mustache:2"),
                       ConfigError);
}

TEST_CASE("a list section nested in itself is refused instead of rendering for hours") {
  test::TempDir dir;
  nlohmann::json view = {{"top", nlohmann::json::array()}};
  for (int i = 0; i < 10; ++i) view["top"].push_back({{"name", "place"}});
  std::string nested;
  for (int i = 0; i < 12; ++i) nested = "{{#top}}" + nested + "{{name}}{{/top}}";  // 10^12 names
  const auto file = dir.write("nested.mustache", "{{! " + std::string(100'000, '-') + " }}\n" + nested + "\n");
  CHECK_THROWS_WITH_AS(render_agenda(file, AgendaFormat::text, view),
                       doctest::Contains("is a list section nested in itself?"), ConfigError);
}

TEST_CASE("sections nested more than 64 deep are refused at the line of the 65th") {
  test::TempDir dir;
  std::string open, close;
  for (int i = 0; i < 65; ++i) {
    open += "{{#city}}\n";
    close += "{{/city}}\n";
  }
  const auto file = dir.write("deep.mustache", "{{! {{#not a section}} }}\n" + open + "x\n" + close);
  CHECK_THROWS_WITH_AS(render_agenda(file, AgendaFormat::text, {{"city", "Boston"}}),
                       doctest::Contains("deep.mustache:66: sections nested more than 64 deep"), ConfigError);
}

TEST_CASE("the brief job writes huddle-DATE files into a new folder, whole, and replaces them when run again") {
  test::AgendaCity city;
  city.add(0, 0, 2, 3, "A St & B St");
  const auto brief = city.open();
  const auto out = city.dir.path() / "packets" / "thursday";
  const std::vector formats{PacketFormat::html, PacketFormat::markdown, PacketFormat::text};
  const auto files = city.write(brief, out, formats);
  CHECK(files == std::vector<std::filesystem::path>{out / "huddle-2026-11-26.html", out / "huddle-2026-11-26.md",
                                                    out / "huddle-2026-11-26.txt"});
  CHECK(test::read_text(files[2]) == city.render(brief, AgendaFormat::text));
  city.write(brief, out, formats);
  long entries = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(out)) ++entries;
  CHECK(entries == 3);  // no temporary file left behind
}
