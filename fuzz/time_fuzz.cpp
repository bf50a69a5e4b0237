// Fuzz target: bytes as a time text — read with the time patterns and zone of every shipped profile (what an import
// does with each row's time column), with a pattern of the input's own first line (a user's profile), and as the
// times and dates a user types (--at, --due, the cutoff) and the database's own UTC and date texts.

#include <set>
#include <utility>

#include "core/config/settings.h"
#include "core/error.h"
#include "core/ingest/profile_catalog.h"
#include "core/ingest/time_parser.h"
#include "core/time/iso.h"
#include "core/time/time_argument.h"
#include "fuzz_support.h"

namespace {

using namespace huddle;

/// One way an extract writes its times: the profile's patterns and zone.
struct TimeReading {
  core::TimeParser parser;
  core::ZoneConverter zone;
};

/// The distinct (patterns, zone) pairs of the shipped profiles.
std::vector<TimeReading> shipped_readings() {
  const core::ProfileCatalog profiles(fuzz::resources() / "profiles", {}, fuzz::category_ids());
  std::set<std::pair<std::vector<std::string>, std::string>> seen;
  std::vector<TimeReading> out;
  for (const auto& p : profiles.all()) {
    const std::string zone = p.time_zone.empty() ? core::Settings{}.time_zone : p.time_zone;
    if (seen.emplace(p.time_formats, zone).second)
      out.push_back({core::TimeParser(p.time_formats), core::ZoneConverter(zone)});
  }
  return out;
}

/// A UTC instant survives being written and read back, as the database stores it.
void expect_round_trip(core::UtcTime t) {
  const auto back = core::parse_utc(core::format_utc(t));
  fuzz::expect(back && *back == t, "format_utc / parse_utc do not round-trip");
}

/// Reads `text` with `parser`; a time read converts to UTC and round-trips.
void read_with(const core::TimeParser& parser, core::ZoneConverter& zone, std::string_view text) {
  if (const auto written = parser.parse(text)) expect_round_trip(zone.to_utc(*written));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static std::vector<TimeReading> readings = shipped_readings();
  static const core::Settings settings;
  static const core::HuddleSchedule schedule = settings.schedule();
  static core::ZoneConverter city_zone(settings.time_zone);
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  for (auto& r : readings) read_with(r.parser, r.zone, text);

  if (const auto newline = text.find('\n'); newline != std::string_view::npos) {
    const std::string pattern(text.substr(0, newline));
    if (!core::check_time_pattern(pattern)) read_with(core::TimeParser({pattern}), city_zone, text.substr(newline + 1));
  }

  if (const auto t = core::parse_utc(text)) expect_round_trip(*t);
  if (const auto d = core::parse_date(text)) {
    fuzz::expect(core::parse_date(core::format_date(*d)) == d, "format_date / parse_date do not round-trip");
  }
  if (const auto t = core::parse_time_argument(text, schedule)) expect_round_trip(*t);
  (void)core::parse_date_argument(text, core::Date{std::chrono::year{2026} / 11 / 26});
  try {
    const auto t = core::parse_time_of_day(std::string(text));
    fuzz::expect(core::parse_time_of_day(core::format_time_of_day(t)) == t, "a cutoff does not round-trip");
  } catch (const Error&) {
    // Not a time of day: refused with its reason, as settings.toml's cutoff is.
  }
  return 0;
}
