// Hostile place names and raw types from an EMS extract, through import, ranking and the brief: every agenda
// format writes them as text (escaped for its format), and nothing stored or written carries control characters.
// tests/cli/test_cli.py follows the same extract into the PDF, the workbook and the terminal.

#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <set>
#include <string>

#include <fmt/format.h>

#include "agenda_fixture.h"
#include "core/ingest/csv_reader.h"
#include "core/ingest/csv_writer.h"
#include "core/ingest/import_job.h"

using namespace huddle;
using namespace huddle::core;

namespace {

/// Hostile addresses (each names a place of its own), as the extract holds them.
const std::vector<std::string> kAddresses = {
    "<script>alert(1)</script>",
    "{{#x}}{{/x}} & Main St",
    "{{=<% %>=}} & Main St",
    "<img src=x onerror=alert(1)> & Elm St",
    "Elm St\x1b[31m & Oak St\x07",
    "\xE2\x80\xAE"
    "tS kaO & Pine St",  // U+202E RIGHT-TO-LEFT OVERRIDE
};

/// Hostile raw types: formula prefixes, control characters, an override. (A NUL byte makes the whole file refused.)
const std::vector<std::string> kRawTypes = {
    "=HYPERLINK(\"http://x\",\"y\")",
    "+1",
    "-1+2",
    "@SUM(A1)",
    "EMS\x1b[31m: \x07PERSON DOWN",
    "\xE2\x80\xAE"
    "EMS: OVERDOSE",
};

/// A CSV field, quoted.
std::string csv_quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

/// The generic EMS CAD extract: for each hostile address, three overdoses and one call of each hostile raw type,
/// in a cell of its own, on the Wednesday evening before the Thursday huddle.
std::string hostile_extract(const test::AgendaCity& city) {
  std::string csv = "incident_id,received_at,call_type,address,latitude,longitude\n";
  int id = 1;
  for (std::size_t i = 0; i < kAddresses.size(); ++i) {
    double lat = 0, lon = 0;
    city.grid.centre_of(Cell{static_cast<int>(i % 3) * 5, static_cast<int>(i / 3) * 5}, lat, lon);
    std::vector<std::string> types = {"EMS: OVERDOSE", "EMS: OVERDOSE", "EMS: OVERDOSE", kRawTypes[i]};
    for (std::size_t k = 0; k < types.size(); ++k) {
      csv += fmt::format("E{},2026-11-25 {:02}:{:02}:00,{},{},{:.6f},{:.6f}\n", id++, 18 + k, i * 7,
                         csv_quoted(types[k]), csv_quoted(kAddresses[i]), lat, lon);
    }
  }
  return csv;
}

/// True when `text` holds a control character (C0 but line breaks, DEL) or a bidirectional override.
bool has_controls(const std::string& text) {
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\n' && c != '\r') || u == 0x7F) return true;
  }
  return text.find("\xE2\x80\xAE") != std::string::npos;
}

/// Checks that `text` holds each of `parts`.
void check_holds(const std::string& text, std::initializer_list<const char*> parts) {
  for (const char* part : parts) {
    CAPTURE(part);
    CHECK(text.find(part) != std::string::npos);
  }
}

struct HostileCity {
  test::AgendaCity city;
  FakeClock clock{test::thanksgiving_morning()};
  NullProgress progress;
  std::map<std::string, std::string> files;  // by extension

  HostileCity() {
    const auto csv = city.dir.write("overnight-ems.csv", hostile_extract(city));
    const auto report = run_import_job(*city.ws.store, {csv, "auto", ""}, city.ws.load_profiles(), city.ws.settings,
                                       city.ws.categories, clock, progress);
    REQUIRE(report.profile == "generic-ems-cad");
    REQUIRE(report.accepted == static_cast<long>(kAddresses.size() * 4));
    const auto brief = city.open();
    REQUIRE(brief.ranking.lists.top.size() + brief.ranking.lists.watch.size() == kAddresses.size());
    const auto written =
        city.write(brief, city.dir.path() / "packet", {PacketFormat::html, PacketFormat::markdown, PacketFormat::text});
    for (const auto& file : written) files[file.extension().string()] = test::read_text(file);
  }
};

}  // namespace

TEST_CASE("hostile text is stored without control characters or overrides, and otherwise as the extract wrote it") {
  HostileCity hostile;
  const auto events = hostile.city.ws.store->events().in_range(test::utc(2026, 11, 1), test::utc(2026, 12, 1));
  REQUIRE(events.size() == kAddresses.size() * 4);
  std::set<std::string> raw_types, addresses;
  for (const auto& e : events) {
    CHECK_FALSE(has_controls(e.raw_type));
    CHECK_FALSE(has_controls(e.address));
    raw_types.insert(e.raw_type);
    addresses.insert(e.address);
  }
  for (const auto* kept :
       {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-1+2", "@SUM(A1)", "EMS[31m: PERSON DOWN", "EMS: OVERDOSE"}) {
    CHECK(raw_types.count(kept) == 1);
  }
  for (const auto* kept :
       {"<script>alert(1)</script>", "{{#x}}{{/x}} & Main St", "Elm St[31m & Oak St", "tS kaO & Pine St"}) {
    CHECK(addresses.count(kept) == 1);
  }
}

TEST_CASE("hostile place names come out escaped in the HTML agenda and are never read as markup or Mustache") {
  HostileCity hostile;
  const std::string& html = hostile.files.at(".html");
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  check_holds(html, {"near &lt;script&gt;alert(1)&lt;/script&gt;", "near &lt;img src=x onerror=alert(1)&gt; &amp; Elm St",
                     "near {{#x}}{{/x}} &amp; Main St", "near {{=&lt;% %&gt;=}} &amp; Main St",
                     "near Elm St[31m &amp; Oak St"});
  CHECK_FALSE(has_controls(html));
}

TEST_CASE("hostile place names come out as plain text in the Markdown and text agendas") {
  HostileCity hostile;
  const std::string& md = hostile.files.at(".md");
  check_holds(md, {R"(near \<script\>alert(1)\</script\>)", R"(near \{\{\#x\}\}\{\{/x\}\} & Main St)"});
  CHECK_FALSE(std::regex_search(md, std::regex(R"([^\\]<(script|img))")));
  CHECK_FALSE(has_controls(md));
  const std::string& txt = hostile.files.at(".txt");
  check_holds(txt, {"near <script>alert(1)</script>", "near {{=<% %>=}} & Main St", "near Elm St[31m & Oak St",
                    "near tS kaO & Pine St"});
  CHECK_FALSE(has_controls(txt));
}

TEST_CASE("an extract Huddle writes as CSV reads back exactly, formula prefixes included, for its own import") {
  test::TempDir dir;
  const auto file = dir.path() / "extract.csv";
  const std::vector<std::string> row = {
      "=HYPERLINK(\"http://x\",\"y\")", "+1", "-1+2", "@SUM(A1)", "a, b", "line\nbreak", "\"quoted\"", "\tTab"};
  CsvWriter writer(file);
  writer.row(row);
  writer.close();
  CsvReader reader(file);
  CsvRecord record;
  REQUIRE(reader.next(record));
  CHECK(record.fields == row);
}
