#include <doctest/doctest.h>

#include "core/ingest/time_parser.h"
#include "core/test_support.h"
#include "core/time/iso.h"

using namespace huddle;
using namespace huddle::core;

namespace {

std::string utc_of(const std::vector<std::string>& patterns, const std::string& text, const std::string& zone) {
  TimeParser parser(patterns);
  ZoneConverter converter(zone);
  auto t = parser.parse(text);
  if (!t) return "no match";
  return format_utc(converter.to_utc(*t));
}

}  // namespace

TEST_CASE("the time formats of real extracts") {
  const std::string ny = "America/New_York";
  CHECK(utc_of({"%m/%d/%Y %I:%M:%S %p"}, "07/01/2011 01:32:33 AM", ny) == "2011-07-01T05:32:33Z");
  CHECK(utc_of({"%m/%d/%Y %I:%M:%S %p"}, "12/31/2016 11:57:56 PM", "America/Los_Angeles") == "2017-01-01T07:57:56Z");
  CHECK(utc_of({"%Y-%m-%d %H:%M:%S"}, "2022-01-21 13:47:00", ny) == "2022-01-21T18:47:00Z");
  CHECK(utc_of({"%Y-%m-%d %H:%M:%S"}, "2025-08-01 06:35:06.539+00", ny) == "2025-08-01T06:35:06Z");
  CHECK(utc_of({"%Y-%m-%d %H:%M:%S"}, "2025-08-01 06:35:06.094464+00", ny) == "2025-08-01T06:35:06Z");
  CHECK(utc_of({"%Y-%m-%dT%H:%M:%S"}, " 2011-10-24T24:22:00+0000", "America/Los_Angeles") == "2011-10-25T00:22:00Z");
  CHECK(utc_of({"%m/%d/%Y %I:%M:%S %p"}, "11/09/2011 10:04:00 PM +0000", ny) == "2011-11-09T22:04:00Z");
  CHECK(utc_of({"%Y-%m-%d %H:%M:%S"}, "2023-01-26 09:00:00-05:00", ny) == "2023-01-26T14:00:00Z");
  CHECK(utc_of({"%Y-%m-%d"}, "2017-01-03", "America/Phoenix") == "2017-01-03T07:00:00Z");
}

TEST_CASE("patterns are tried in order and a text matching none is refused") {
  const std::vector<std::string> both = {"%Y-%m-%d %H:%M:%S", "%m/%d/%Y %I:%M:%S %p"};
  CHECK(utc_of(both, "01/21/2022 01:47:00 PM", "America/New_York") == "2022-01-21T18:47:00Z");
  CHECK(utc_of(both, "2022-02-30 10:00:00", "America/New_York") == "no match");
  CHECK(utc_of(both, "yesterday", "America/New_York") == "no match");
  CHECK(utc_of(both, "2022-01-21 13:47", "America/New_York") == "no match");
  CHECK(utc_of(both, "2022-01-21 13:47:00 trailing", "America/New_York") == "no match");
}

TEST_CASE("naive local times convert correctly on both sides of the DST changes") {
  const std::vector<std::string> p = {"%Y-%m-%d %H:%M:%S"};
  const std::string ny = "America/New_York";
  CHECK(utc_of(p, "2026-03-08 01:59:59", ny) == "2026-03-08T06:59:59Z");
  CHECK(utc_of(p, "2026-03-08 03:00:00", ny) == "2026-03-08T07:00:00Z");
  CHECK(utc_of(p, "2026-11-01 00:30:00", ny) == "2026-11-01T04:30:00Z");
  CHECK(utc_of(p, "2026-11-01 01:30:00", ny) == "2026-11-01T05:30:00Z");  // repeated hour: the first
  CHECK(utc_of(p, "2026-11-01 02:30:00", ny) == "2026-11-01T07:30:00Z");
  // The converter caches per hour: a run of times inside one hour, then across the change, stays right.
  ZoneConverter c(ny);
  TimeParser parser(p);
  CHECK(format_utc(c.to_utc(*parser.parse("2026-03-08 01:10:00"))) == "2026-03-08T06:10:00Z");
  CHECK(format_utc(c.to_utc(*parser.parse("2026-03-08 01:50:00"))) == "2026-03-08T06:50:00Z");
  CHECK(format_utc(c.to_utc(*parser.parse("2026-03-08 04:10:00"))) == "2026-03-08T08:10:00Z");
}

TEST_CASE("a bad pattern is explained") {
  CHECK(check_time_pattern("%Y-%m-%d %H:%M:%S") == std::nullopt);
  CHECK(check_time_pattern("%d/%m %H:%M").value().find("%Y") != std::string::npos);
  CHECK(check_time_pattern("%Y-%q").value().find("%q") != std::string::npos);
}
