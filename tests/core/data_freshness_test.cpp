// Data freshness: the newest event and last import per stream, and the last file each configured source brought.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/ingest/ckan_source.h"
#include "core/ingest/data_freshness.h"
#include "test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

Extract extract(const std::string& name, const std::string& profile, const std::string& stream, UtcTime at,
                long accepted) {
  Extract e;
  e.file_name = name;
  e.sha256 = name + profile;
  e.profile = profile;
  e.stream = stream;
  e.imported_utc = at;
  e.rows_read = accepted + 1;
  e.accepted = accepted;
  e.rejected = 1;
  return e;
}

Source source(const std::string& name, Source::Kind kind) {
  Source s;
  s.name = name;
  s.kind = kind;
  return s;
}

}  // namespace

TEST_CASE("each stream shows its newest event and its last import, each source the last file it brought") {
  test::TempDir dir;
  Workspace ws = test::open_workspace(dir);
  Source folder = source("ems drop", Source::Kind::folder);
  folder.pattern = "ems-*.csv";
  folder.profile = "generic-ems-cad";
  Source url = source("311 feed", Source::Kind::url);
  url.url = "https://data.example.org/311.csv";
  Source ckan = source("portal", Source::Kind::ckan);
  ckan.url = "https://data.boston.gov";
  ckan.resource_id = "abc";
  Source idle = source("never pulled", Source::Kind::url);
  idle.url = "https://data.example.org/other.csv";

  std::vector<Extract> extracts = {
      extract("ems-0601.csv", "generic-ems-cad", "ems", test::utc(2026, 11, 24, 11), 40),
      extract("ems-0602.csv", "generic-ems-cad", "ems", test::utc(2026, 11, 25, 11), 42),
      extract("ems-by-hand.csv", "seattle-fire-911", "ems", test::utc(2026, 11, 26, 9), 3),  // another profile
      extract(url.url, "boston-311-new", "311", test::utc(2026, 11, 26, 11), 300),
      extract(ckan_search_url(ckan), "boston-311-new", "311", test::utc(2026, 11, 26, 10), 250)};
  for (auto& e : extracts) ws.store->extracts().add(e);
  Event event;
  event.stream = "ems";
  event.source_id = "1";
  event.occurred_utc = test::utc(2026, 11, 26, 8, 30);
  event.category = "overdose";
  event.raw_type = "OD";
  std::vector<Event> events{event};
  ws.store->events().add(events);

  record_pull(*ws.store, "portal", {test::utc(2026, 11, 26, 12), ""});  // a later pull that found nothing new
  record_pull(*ws.store, "311 feed", {test::utc(2026, 11, 26, 12), "HTTP 503 from data.example.org"});

  const DataFreshness f = data_freshness(*ws.store, {"311", "ems", "police"}, {folder, url, ckan, idle});
  REQUIRE(f.streams.size() == 3);
  CHECK(f.streams[0].stream == "311");
  CHECK(!f.streams[0].newest_event);
  REQUIRE(f.streams[0].last_import);
  CHECK(f.streams[0].last_import->file_name == url.url);  // the newer of the stream's two imports
  REQUIRE(f.streams[1].newest_event);
  CHECK(*f.streams[1].newest_event == test::utc(2026, 11, 26, 8, 30));
  REQUIRE(f.streams[1].last_import);
  CHECK(f.streams[1].last_import->file_name == "ems-by-hand.csv");
  CHECK(!f.streams[2].newest_event);
  CHECK(!f.streams[2].last_import);

  REQUIRE(f.sources.size() == 4);
  CHECK(f.sources[0].source == "ems drop");
  REQUIRE(f.sources[0].last_import);
  CHECK(f.sources[0].last_import->file_name == "ems-0602.csv");  // not the file read with another profile
  CHECK(f.sources[0].last_import->accepted == 42);
  REQUIRE(f.sources[1].last_import);
  CHECK(f.sources[1].last_import->accepted == 300);
  REQUIRE(f.sources[2].last_import);
  CHECK(f.sources[2].last_import->accepted == 250);
  CHECK(!f.sources[3].last_import);

  // The last pull is kept whether or not it brought a file, with its error when it failed.
  CHECK(!f.sources[0].last_pull);
  REQUIRE(f.sources[1].last_pull);
  CHECK(f.sources[1].last_pull->error == "HTTP 503 from data.example.org");
  REQUIRE(f.sources[2].last_pull);
  CHECK(f.sources[2].last_pull->at == test::utc(2026, 11, 26, 12));
  CHECK(f.sources[2].last_pull->error.empty());
  CHECK(!f.sources[3].last_pull);
}

TEST_CASE("a folder source read with any profile takes every file its pattern matches, hidden files never") {
  Source folder = source("drop", Source::Kind::folder);
  folder.pattern = "*.csv";
  const auto e = [](const std::string& name) { return extract(name, "whatever", "311", test::utc(2026, 11, 26), 1); };
  CHECK(came_from(e("night.csv"), folder));
  CHECK(!came_from(e(".night.csv"), folder));
  CHECK(!came_from(e("night.xlsx"), folder));
  folder.profile = "my-feed.toml";
  CHECK(came_from(e("night.csv"), folder));
  folder.profile = "generic-ems-cad";
  CHECK(!came_from(e("night.csv"), folder));
}

TEST_CASE("ages read as people say them") {
  const UtcTime now = test::utc(2026, 11, 26, 13);
  CHECK(format_age(now - std::chrono::seconds{20}, now) == "just now");
  CHECK(format_age(now - std::chrono::minutes{12}, now) == "12 min ago");
  CHECK(format_age(now - std::chrono::minutes{185}, now) == "3 h 5 min ago");
  CHECK(format_age(now - std::chrono::hours{3}, now) == "3 h ago");
  CHECK(format_age(now - std::chrono::hours{14}, now) == "14 h ago");
  CHECK(format_age(now - std::chrono::hours{50}, now) == "2 days ago");
  CHECK(format_age(now + std::chrono::minutes{5}, now) == "in 5 min");
}
