#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "core/config/settings.h"
#include "core/error.h"
#include "core/ingest/ckan_source.h"
#include "core/ingest/http_client.h"
#include "core/ingest/pull.h"
#include "core/ingest/pull_record.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;


TEST_CASE("[[source]] tables give the sources to pull, with defaults") {
  test::TempDir dir;
  const auto file = dir.write("settings.toml", R"(
[city]
name = "Boston"

[[source]]
name = "ems-drop"
kind = "folder"
path = "incoming/ems"
profile = "generic-ems-cad"

[[source]]
name = "county"
kind = "url"
url = "https://example.org/ems.csv"
timeout_seconds = 5
retries = 0

[[source]]
name = "boston-311"
kind = "ckan"
url = "https://data.boston.gov/"
resource_id = "254adca6-64ab-4c5c-9fc0-a6da622be185"
time_field = "open_date"
page_size = 500
)");
  const Settings s = load_settings(file);
  REQUIRE(s.sources.size() == 3);

  const Source& folder = s.sources[0];
  CHECK(folder.name == "ems-drop");
  CHECK(folder.kind == Source::Kind::folder);
  CHECK(folder.path == dir.path() / "incoming/ems");  // relative to settings.toml, not the working directory
  CHECK(folder.pattern == "*.csv");
  CHECK(folder.profile == "generic-ems-cad");

  const Source& url = s.sources[1];
  CHECK(url.kind == Source::Kind::url);
  CHECK(url.profile == "auto");
  CHECK(url.timeout == std::chrono::seconds{5});
  CHECK(url.retries == 0);

  const Source& ckan = s.sources[2];
  CHECK(ckan.kind == Source::Kind::ckan);
  CHECK(ckan.url == "https://data.boston.gov");  // trailing slash dropped: the API path is appended
  CHECK(ckan.resource_id == "254adca6-64ab-4c5c-9fc0-a6da622be185");
  CHECK(ckan.page_size == 500);
  CHECK(ckan.time_field == "open_date");
  CHECK(ckan.timeout == std::chrono::seconds{60});
  CHECK(ckan.retries == 3);
  CHECK(to_string(ckan.kind) == "ckan");

  CHECK(load_settings(dir.write("empty.toml", "[city]\nname = \"X\"\n")).sources.empty());
}

TEST_CASE("a bad [[source]] names the file, the line and the key") {
  auto e = test::settings_error("[[source]]\nname = \"a\"\nkind = \"ftp\"\n");
  CHECK(e.line() == 3);
  CHECK(e.key() == "source[1].kind");
  CHECK(std::string(e.what()).find("settings.toml:3") != std::string::npos);
  CHECK(std::string(e.what()).find("\"folder\", \"url\" or \"ckan\"") != std::string::npos);

  e = test::settings_error("[[source]]\nname = \"a\"\nkind = \"url\"\nurl = \"a\"\n\n[[source]]\nkind = \"url\"\n");
  CHECK(e.line() == 4);  // the first source's url is not a web address
  CHECK(e.key() == "source[1].url");

  e = test::settings_error(
      "[[source]]\nname = \"a\"\nkind = \"url\"\nurl = \"https://x.org/a.csv\"\n\n"
      "[[source]]\nkind = \"url\"\n");
  CHECK(e.line() == 6);  // a missing key is reported at its table's header
  CHECK(e.key() == "source[2].name");

  e = test::settings_error(
      "[[source]]\nname = \"a\"\nkind = \"folder\"\npath = \"/x\"\n[[source]]\nname = \"a\"\n"
      "kind = \"folder\"\npath = \"/y\"\n");
  CHECK(e.line() == 6);
  CHECK(e.key() == "source[2].name");
  CHECK(std::string(e.what()).find("duplicate") != std::string::npos);

  e = test::settings_error("[[source]]\nname = \"a\"\nkind = \"folder\"\npath = \"/x\"\nurl = \"https://x.org\"\n");
  CHECK(e.line() == 5);  // a key of another kind is a mistake, not silently ignored
  CHECK(e.key() == "source[1].url");

  e = test::settings_error("[[source]]\nname = \"a\"\nkind = \"ckan\"\nurl = \"https://data.boston.gov\"\n");
  CHECK(e.key() == "source[1].resource_id");
  CHECK(e.line() == 1);

  e = test::settings_error(
      "[[source]]\nname = \"a\"\nkind = \"ckan\"\nurl = \"https://d.org\"\nresource_id = \"r\"\n"
      "page_size = 50000\n");
  CHECK(e.line() == 6);
  CHECK(e.key() == "source[1].page_size");

  e = test::settings_error("[[source]]\nname = \"a\"\nkind = \"url\"\nurl = \"https://d.org/a.csv\"\ntimeout_seconds = 2.5\n");
  CHECK(e.line() == 5);
  CHECK(std::string(e.what()).find("whole number") != std::string::npos);

  e = test::settings_error("[[source]]\nname = \"a\"\nkind = \"url\"\nurl = \"https://d.org/a.csv\"\nretries = -1\n");
  CHECK(e.key() == "source[1].retries");

  e = test::settings_error("[[source]]\nname = \"a\"\nkind = \"folder\"\npath = \"/x\"\npattern = \"sub/*.csv\"\n");
  CHECK(e.line() == 5);
  CHECK(e.key() == "source[1].pattern");

  e = test::settings_error("[[source]]\nname = \"  \"\nkind = \"folder\"\npath = \"/x\"\n");
  CHECK(e.line() == 2);

  e = test::settings_error("[source]\nname = \"a\"\n");  // one table instead of a list
  CHECK(e.line() == 1);
  CHECK(std::string(e.what()).find("[[source]]") != std::string::npos);
}

TEST_CASE("the [[source]] examples documented in settings.example.toml are valid") {
  // Uncomment the example sources (lines "# [[source]]" and "# key = value" after the first of them) and load.
  std::ifstream in(std::filesystem::path(HUDDLE_SOURCE_RESOURCES) / "settings.example.toml");
  REQUIRE(in);
  const std::regex commented_key(R"(^# ([a-z_]+ = .*|\[\[source\]\])$)");
  std::ostringstream text;
  bool in_sources = false;
  std::string line;
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_match(line, m, commented_key) && (in_sources || m[1] == "[[source]]")) {
      in_sources = true;
      line = m[1];
    }
    text << line << '\n';
  }
  test::TempDir dir;
  const Settings s = load_settings(dir.write("settings.toml", text.str()));
  REQUIRE(s.sources.size() == 3);
  CHECK(s.sources[0].kind == Source::Kind::folder);
  CHECK(s.sources[1].kind == Source::Kind::url);
  CHECK(s.sources[2].kind == Source::Kind::ckan);
  CHECK(s.sources[2].time_field == "open_date");
}

TEST_CASE("CKAN time values are read with or without an offset") {
  using namespace std::chrono;
  CHECK(parse_ckan_time("2025-08-01 06:35:06.539+00") == test::utc(2025, 8, 1, 6, 35, 6));
  CHECK(parse_ckan_time("2026-02-10 22:54:04.094464+00") == test::utc(2026, 2, 10, 22, 54, 4));
  CHECK(parse_ckan_time("2025-08-01T06:35:06") == test::utc(2025, 8, 1, 6, 35, 6));
  CHECK(parse_ckan_time("2025-08-01 01:35:06-05:00") == test::utc(2025, 8, 1, 6, 35, 6));
  CHECK(parse_ckan_time("2025-08-01 01:35:06-0500") == test::utc(2025, 8, 1, 6, 35, 6));
  CHECK(parse_ckan_time("2025-08-01 06:35:06Z") == test::utc(2025, 8, 1, 6, 35, 6));
  CHECK(parse_ckan_time("2025-08-01") == test::utc(2025, 8, 1));
  CHECK(parse_ckan_time("2025-08-01 06:35") == test::utc(2025, 8, 1, 6, 35));
  CHECK_FALSE(parse_ckan_time(""));
  CHECK_FALSE(parse_ckan_time("08/01/2025 06:35:06 AM"));
  CHECK_FALSE(parse_ckan_time("2025-02-30"));
}

TEST_CASE("query values are percent-encoded") {
  CHECK(url_encode("\"open_date\" desc,\"_id\" desc") == "%22open_date%22%20desc%2C%22_id%22%20desc");
  CHECK(url_encode("abc-_.~09") == "abc-_.~09");
  CHECK(url_encode("é") == "%C3%A9");
}

TEST_CASE("an unreachable server is an InputError naming the URL and the attempts") {
  // Port 1 on the loopback interface: nothing listens there, so the connection is refused at once.
  HttpOptions options;
  options.timeout = std::chrono::seconds{5};
  options.retries = 1;
  options.first_backoff = std::chrono::milliseconds{10};
  HttpClient http(options);
  NullProgress progress;
  const std::string url = "http://127.0.0.1:1/extract.csv";
  try {
    http.get(url, progress);
    FAIL("a refused connection was not reported");
  } catch (const InputError& e) {
    CHECK(e.file() == url);
    CHECK(std::string(e.what()).find("cannot connect") != std::string::npos);
    CHECK(std::string(e.what()).find("2 attempts") != std::string::npos);
  }
  CHECK_THROWS_WITH_AS(HttpClient(options).get("ftp://127.0.0.1:1/x.csv", progress),
                       doctest::Contains("only http:// and https://"), InputError);
}

TEST_CASE("a pull reports a failing source and still runs the others") {
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  std::filesystem::create_directories(dir.path() / "empty-drop");
  Source missing;
  missing.name = "missing";
  missing.path = dir.path() / "no-such-folder";
  Source empty;
  empty.name = "empty";
  empty.path = dir.path() / "empty-drop";
  ws.settings.sources = {missing, empty};
  const auto profiles = ws.load_profiles();
  FakeClock clock(test::thanksgiving_morning());
  NullProgress progress;
  const PullReport report =
      run_pull_job(*ws.store, ws.settings, profiles, ws.categories, clock, progress, dir.path() / "work");
  REQUIRE(report.sources.size() == 2);
  CHECK(report.sources[0].source == "missing");
  CHECK(report.sources[0].error.find("no-such-folder") != std::string::npos);
  CHECK(report.sources[1].error.empty());
  CHECK(report.sources[1].imports.empty());
  CHECK_FALSE(report.ok());
  // Both pulls are on record for the Today page: the failure with its reason, the empty folder as a success.
  const auto missing_pull = last_pull(*ws.store, "missing");
  REQUIRE(missing_pull);
  CHECK(missing_pull->at == clock.now());
  CHECK(missing_pull->error.find("no-such-folder") != std::string::npos);
  const auto empty_pull = last_pull(*ws.store, "empty");
  REQUIRE(empty_pull);
  CHECK(empty_pull->error.empty());

  test::CancelAtOnce cancel;
  CHECK_THROWS_AS(run_pull_job(*ws.store, ws.settings, profiles, ws.categories, clock, cancel, dir.path() / "work"),
                  Cancelled);
}
