// gen_boston311: writes a synthetic Boston 311 extract in the current 30-column legacy layout (FORMATS.md §1.1)
// for the import benchmark. Usage: gen_boston311 OUT.csv [--rows N] [--seed S]  (default 1,000,000 rows, seed 1).
//
// The rows look like a year (2025) of the re-published yearly files: 12-digit ids rising with the opening time,
// more requests on weekdays and in the daytime, the CRT types among the common ones, district queues, points in
// Boston (about 1 % blank), the legacy blanks (" "), mixed ward spellings, HTML-escaped ampersands, and closure
// texts with commas, doubled quotes and, in about 0.1 % of rows, a line break inside the quoted field.
//
// Times are Boston wall time as the City's system wrote them, *not* shifted (FORMATS.md §1.5): business-day
// targets read 08:30:00, so `shift = "auto"` does not fire and the benchmark measures the plain path. The same
// seed gives the same bytes; memory stays constant (rows are written as they are drawn, to OUT.part, renamed to
// OUT at the end so an interrupted run never leaves a file that looks complete).

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <numbers>
#include <string>
#include <string_view>
#include <system_error>

#include <fmt/format.h>

#include "core/demo/random.h"

namespace {

using huddle::core::demo::Random;
using Buffer = fmt::memory_buffer;

constexpr std::string_view kHeader =
    "case_enquiry_id,open_dt,sla_target_dt,closed_dt,on_time,case_status,closure_reason,case_title,subject,reason,"
    "type,queue,department,submitted_photo,closed_photo,location,fire_district,pwd_district,city_council_district,"
    "police_district,neighborhood,neighborhood_services_district,ward,precinct,location_street_name,"
    "location_zipcode,latitude,longitude,geom_4326,source\n";

constexpr long kDaySeconds = 86400;
constexpr int kDays = 365;
// Requests still open at the export are those whose closing would fall after it.
constexpr long kExportAt = kDays * kDaySeconds + 2 * kDaySeconds;
// 2025-03-09 02:00–03:00 does not exist in Boston; 2025-11-02 01:00–02:00 happens twice (kept, as in real files).
constexpr long kSpringGap = (31 + 28 + 8) * kDaySeconds + 2 * 3600;
constexpr long kDstStart = kSpringGap;
constexpr long kDstEnd = (304 + 1) * kDaySeconds + 2 * 3600;

/// One case type: how it is filed and how long it takes.
struct CaseType {
  const char* type;
  const char* title;
  const char* subject;
  const char* reason;
  const char* department;
  const char* queue;   // nullptr: one of the PWD district queues
  double weight;       // share of requests
  double sla_days;     // 0: no target
  double close_hours;  // mean time to close
  int closure;         // index into kClosureTexts' families
};

// clang-format off (one row per type or neighbourhood reads as a table)
constexpr std::array kTypes = {
  CaseType{"Parking Enforcement", "Parking Enforcement", "Transportation - Traffic Division", "Enforcement & Abandoned Vehicles", "BTDT", "BTDT_Parking Enforcement", 14, 1, 6, 0},
  CaseType{"Schedule a Bulk Item Pickup", "Schedule a Bulk Item Pickup", "Public Works Department", "Sanitation", "PWDx", "PWDx_Schedule a Bulk Item Pickup", 12, 5, 70, 0},
  CaseType{"Requests for Street Cleaning", "Requests for Street Cleaning", "Public Works Department", "Street Cleaning", "PWDx", nullptr, 9, 3, 30, 1},
  CaseType{"Missed Trash/Recycling/Yard Waste/Bulk Item", "Missed Trash", "Public Works Department", "Sanitation", "PWDx", "PWDx_Missed Trash\\Recycling\\Yard Waste\\Bulk Item", 5, 2, 36, 0},
  CaseType{"Street Light Outages", "Street Light Outage", "Public Works Department", "Street Lights", "PWDx", "PWDx_Street Light Outages", 5, 10, 140, 2},
  CaseType{"Request for Pothole Repair", "Request for Pothole Repair", "Public Works Department", "Highway Maintenance", "PWDx", nullptr, 5, 2, 40, 0},
  CaseType{"Needle Pickup", "Needle Pickup", "Mayor's 24 Hour Hotline", "Needle Program", "GEN_", "GEN_Needle_Pickup", 4, 1, 3, 3},
  CaseType{"Improper Storage of Trash (Barrels)", "Improper Storage of Trash (Barrels)", "Public Works Department", "Code Enforcement", "PWDx", nullptr, 4, 3, 50, 1},
  CaseType{"General Request", "General Request", "Mayor's 24 Hour Hotline", "General Request", "INFO", "INFO01_GenericeFormforOtherServiceRequestTypes", 3, 0, 90, 4},
  CaseType{"Abandoned Vehicles", "Abandoned Vehicles", "Transportation - Traffic Division", "Enforcement & Abandoned Vehicles", "BTDT", "BTDT_AVRS Interface Queue", 3, 5, 120, 0},
  CaseType{"Sidewalk Repair (Make Safe)", "Sidewalk Repair", "Public Works Department", "Highway Maintenance", "PWDx", nullptr, 2, 10, 200, 0},
  CaseType{"Graffiti Removal", "Graffiti Removal", "Property Management", "Graffiti", "PROP", "PROP_GRAF_GraffitiRemoval", 2, 7, 150, 1},
  CaseType{"Rodent Activity", "Rodent Activity", "Inspectional Services", "Environmental Services", "ISD", "ISD_Environmental Services (INTERNAL)", 2, 5, 100, 4},
  CaseType{"Traffic Signal Inspection", "Traffic Signal Inspection", "Transportation - Traffic Division", "Signs & Signals", "BTDT", "BTDT_Traffic Signal_Repair", 1.5, 2, 30, 2},
  CaseType{"Poor Conditions of Property", "Poor Conditions of Property", "Inspectional Services", "Housing", "ISD", "ISD_Housing (INTERNAL)", 1.5, 10, 160, 4},
  CaseType{"Loud Parties/Music/People", "Loud Parties/Music/People", "Boston Police Department", "Noise Disturbance", "BPD_", "BPD_Noise Disturbance", 1.5, 0, 2, 4},
  CaseType{"Encampments", "Encampments", "Mayor's 24 Hour Hotline", "Quality of Life", "INFO", "INFO_Encampments", 1.2, 1, 20, 3},
  CaseType{"Illegal Dumping", "Illegal Dumping", "Public Works Department", "Street Cleaning", "PWDx", nullptr, 1.1, 3, 45, 1},
  CaseType{"Pick up Dead Animal", "Pick up Dead Animal", "Public Works Department", "Street Cleaning", "PWDx", nullptr, 1, 1, 8, 1},
  CaseType{"Empty Litter Basket", "Empty Litter Basket", "Public Works Department", "Street Cleaning", "PWDx", nullptr, 1, 2, 20, 1},
  CaseType{"Unshoveled Sidewalk", "Unshoveled Sidewalk", "Public Works Department", "Code Enforcement", "PWDx", nullptr, 1, 1, 30, 1},
  CaseType{"Ground Maintenance", "Ground Maintenance", "Parks & Recreation Department", "Park Maintenance & Safety", "PARK", "PARK_Maintenance_Ground Maintenance", 1, 14, 120, 1},
  CaseType{"Tree Maintenance Request", "Tree Maintenance Request", "Parks & Recreation Department", "Trees", "PARK", "PARK_Tree Maintenance Requests", 1, 30, 400, 0},
  CaseType{"CE Collection", "CE Collection", "Public Works Department", "Code Enforcement", "PWDx", nullptr, 0.8, 2, 30, 1},
  // Before 2025 homelessness had no type of its own; the queue carries it (FORMATS.md §1.6).
  CaseType{"Requests for Street Cleaning", "Requests for Street Cleaning", "Public Works Department", "Street Cleaning", "INFO", "INFO_Homeless Issue", 0.3, 3, 30, 3},
  CaseType{"Poor Conditions of Property", "Poor Conditions of Property", "Mayor's 24 Hour Hotline", "Quality of Life", "INFO", "INFO_Unsheltered_Persons", 0.2, 3, 30, 3},
  CaseType{"Requests for Street Cleaning", "Human waste", "Public Works Department", "Street Cleaning", "INFO", "INFO_HumanWaste", 0.03, 1, 10, 1},
};

struct Neighborhood {
  const char* name;
  const char* city;  // the town word in `location`
  double lat, lon;
  std::array<const char*, 3> zips;
  double weight;
};

constexpr std::array kNeighborhoods = {
  Neighborhood{"Dorchester", "Dorchester", 42.300, -71.062, {"02121", "02124", "02125"}, 16},
  Neighborhood{"Roxbury", "Roxbury", 42.318, -71.085, {"02119", "02120", "02119"}, 9},
  Neighborhood{"South End", "Boston", 42.341, -71.073, {"02118", "02116", "02118"}, 7},
  Neighborhood{"Allston / Brighton", "Brighton", 42.350, -71.145, {"02134", "02135", "02135"}, 6},
  Neighborhood{"Allston", "Allston", 42.355, -71.128, {"02134", "02134", "02163"}, 2},
  Neighborhood{"Brighton", "Brighton", 42.347, -71.155, {"02135", "02135", "02135"}, 3},
  Neighborhood{"Jamaica Plain", "Jamaica Plain", 42.310, -71.114, {"02130", "02130", "02130"}, 6},
  Neighborhood{"Back Bay", "Boston", 42.350, -71.081, {"02116", "02115", "02199"}, 5},
  Neighborhood{"Downtown / Financial District", "Boston", 42.355, -71.058, {"02109", "02110", "02111"}, 5},
  Neighborhood{"Beacon Hill", "Boston", 42.358, -71.068, {"02108", "02114", "02108"}, 3},
  Neighborhood{"Boston", "Boston", 42.360, -71.060, {"02113", "02114", "02203"}, 2},
  Neighborhood{"South Boston / South Boston Waterfront", "South Boston", 42.335, -71.045, {"02127", "02210", "02127"}, 6},
  Neighborhood{"South Boston", "South Boston", 42.333, -71.040, {"02127", "02127", "02127"}, 2},
  Neighborhood{"East Boston", "East Boston", 42.373, -71.035, {"02128", "02128", "02128"}, 6},
  Neighborhood{"Charlestown", "Charlestown", 42.378, -71.062, {"02129", "02129", "02129"}, 3},
  Neighborhood{"Fenway / Kenmore / Audubon Circle / Longwood", "Boston", 42.344, -71.099, {"02115", "02215", "02215"}, 4},
  Neighborhood{"Mission Hill", "Roxbury", 42.332, -71.104, {"02120", "02120", "02120"}, 2},
  Neighborhood{"Greater Mattapan", "Mattapan", 42.272, -71.091, {"02126", "02126", "02126"}, 4},
  Neighborhood{"Mattapan", "Mattapan", 42.268, -71.094, {"02126", "02126", "02126"}, 1},
  Neighborhood{"Roslindale", "Roslindale", 42.285, -71.128, {"02131", "02131", "02131"}, 4},
  Neighborhood{"Hyde Park", "Hyde Park", 42.256, -71.125, {"02136", "02136", "02136"}, 4},
  Neighborhood{"West Roxbury", "West Roxbury", 42.280, -71.155, {"02132", "02132", "02132"}, 4},
};
// clang-format on

constexpr std::array kStreets = {
    "Washington St",  "Blue Hill Ave",       "Dorchester Ave", "Massachusetts Ave", "Tremont St",  "Commonwealth Ave",
    "Boylston St",    "Centre St",           "Hyde Park Ave",  "Columbia Rd",       "Hancock St",  "Bowdoin St",
    "Harrison Ave",   "Melnea Cass Blvd",    "Atlantic Ave",   "Cambridge St",      "Beacon St",   "Huntington Ave",
    "Meridian St",    "Bennington St",       "W Broadway",     "E Broadway",        "Dudley St",   "Warren St",
    "Geneva Ave",     "American Legion Hwy", "River St",       "Cummins Hwy",       "South St",    "Hanover St",
    "Salem St",       "Charles St",          "Newbury St",     "Brighton Ave",      "Western Ave", "Talbot Ave",
    "Morton St",      "Gallivan Blvd",       "Adams St",       "Savin Hill Ave",    "Shawmut Ave", "Albany St",
    "Southampton St", "Frontage Rd",         "Boston St",      "Mount Vernon St",   "Park Dr",     "Belgrade Ave",
};

constexpr std::array kPwdDistricts = {"1A", "1B", "1C", "02",  "03",  "04", "05", "06",
                                      "07", "08", "09", "10A", "10B", "11", "12"};
constexpr std::array kPoliceDistricts = {"A1", "A7", "A15", "B2", "B3", "C6", "C11", "D4", "D14", "E5", "E13", "E18"};
constexpr std::array kSources = {"Citizens Connect App", "Constituent Call",   "City Worker App",
                                 "Self Service",         "Employee Generated", "Maximo Integration"};
constexpr std::array kSourceWeights = {35.0, 35.0, 15.0, 8.0, 6.0, 1.0};
constexpr std::array kHourWeights = {2.0,  1.5,  1.0, 1.0, 1.0, 2.0, 5.0, 9.0, 12.0, 12.0, 11.0, 10.0,
                                     10.0, 10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 4.0,  3.0,  3.0,  2.0};

// Closure texts by family; {n} is a small count. Commas and quotes are deliberate: they must survive CSV quoting.
constexpr std::array<std::array<const char*, 4>, 5> kClosureTexts = {{
    {"Case Resolved. Work completed, area checked", "Case Resolved. Scheduled, crew assigned for {n} items",
     "Case Noted. Duplicate of Existing Case", "Case Invalid. Unable to locate, no issue found at address"},
    {"Case Resolved. Area swept, {n} bags removed", "Case Resolved. Dumped items removed: mattress, couch, {n} bags",
     "Case Noted. Duplicate of Existing Case", "Case Resolved. Cleaned up per \"Clean Sweep\" program, site OK"},
    {"Case Resolved. Replaced lamp, fixture converted to \"LED\"", "Case Resolved. Repaired, {n} lights back on",
     "Case Noted. Duplicate of Existing Case", "Case Resolved. National Grid pole, referred to \"NGRID\", tag {n}"},
    {"Case Resolved. {n} needles collected, area swept", "Case Resolved. {n} syringe recovered by jg",
     "Case Resolved. Outreach team on site, {n} individuals engaged, \"declined services\"",
     "Case Noted. Gone on arrival, nothing found"},
    {"Case Resolved. Information provided to constituent", "Case Noted. Referred to agency, tracking #{n}",
     "Case Resolved. Inspector visited, violation issued, follow-up in {n} days",
     "Case Noted. Duplicate of Existing Case"},
}};

constexpr std::array<const char*, 7> kWeekdays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/// Seconds since 2025-01-01 00:00 Boston wall time, as a calendar.
struct Civil {
  std::chrono::year_month_day date;
  std::chrono::weekday weekday;
  long hour, minute, second;
};

Civil civil(long t) {
  using namespace std::chrono;
  const sys_days day = sys_days{year{2025} / January / 1} + days{t / kDaySeconds};
  const long s = t % kDaySeconds;
  return {year_month_day{day}, weekday{day}, s / 3600, s / 60 % 60, s % 60};
}

// A wall time inside the spring-forward hour moves past it, as a clock would.
long real_wall_time(long t) { return t >= kSpringGap && t < kSpringGap + 3600 ? t + 3600 : t; }

void put_time(Buffer& out, long t) {
  const auto c = civil(t);
  fmt::format_to(std::back_inserter(out), "{:04}-{:02}-{:02} {:02}:{:02}:{:02}", int(c.date.year()),
                 unsigned(c.date.month()), unsigned(c.date.day()), c.hour, c.minute, c.second);
}

// Writes one field, quoted the RFC 4180 way when it needs to be.
void put_field(Buffer& out, std::string_view v) {
  if (v.find_first_of(",\"\n\r") == std::string_view::npos) {
    out.append(v);
    return;
  }
  out.push_back('"');
  for (char ch : v) {
    if (ch == '"') out.push_back('"');
    out.push_back(ch);
  }
  out.push_back('"');
}

// Hex EWKB of a WGS 84 point, as in `geom_4326`: header, then longitude and latitude as little-endian doubles.
void put_ewkb(Buffer& out, double lat, double lon) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out.append(std::string_view("0101000020E6100000"));
  for (double v : {lon, lat}) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    for (int i = 0; i < 8; ++i, bits >>= 8) {
      out.push_back(kHex[(bits >> 4) & 0xF]);
      out.push_back(kHex[bits & 0xF]);
    }
  }
}

/// Draws and writes one year of requests.
class Generator {
 public:
  Generator(long rows, std::uint64_t seed) : m_rows(rows), m_rng(seed) {
    for (std::size_t i = 0; i < kTypes.size(); ++i) m_type_weights[i] = kTypes[i].weight;
    for (std::size_t i = 0; i < kNeighborhoods.size(); ++i) m_hood_weights[i] = kNeighborhoods[i].weight;
    // Weekdays busier than weekends, summer a little busier than winter.
    for (int d = 0; d < kDays; ++d) {
      const int wd = (d + 3) % 7;  // 2025-01-01 was a Wednesday (Sunday = 0)
      const double week = wd == 0 ? 0.55 : wd == 6 ? 0.65 : 1.0;
      const double season = 1.0 + 0.15 * std::sin(2 * std::numbers::pi * (d - 100) / kDays);
      m_days_before[static_cast<std::size_t>(d) + 1] = m_days_before[static_cast<std::size_t>(d)] + week * season;
    }
  }

  /// Writes the header and every row to `file`.
  void write(std::FILE* file) {
    Buffer out;
    out.append(kHeader);
    long written = 0;
    for (int day = 0; day < kDays; ++day) {
      const long count = rows_on_day(day, written);
      const auto hours = hour_cdf(day);
      for (long j = 0; j < count; ++j) {
        // Inverse CDF of the day's hourly profile at rising quantiles keeps the rows in time order.
        const double u = (static_cast<double>(j) + m_rng.uniform()) / static_cast<double>(count) * hours.back();
        const auto hour = static_cast<std::size_t>(std::upper_bound(hours.begin(), hours.end() - 1, u) - hours.begin());
        const double lo = hour == 0 ? 0 : hours[hour - 1];
        const double within = (u - lo) / (hours[hour] - lo);
        put_row(out, day * kDaySeconds + static_cast<long>((static_cast<double>(hour) + within) * 3600));
        if (out.size() > (1 << 20)) flush(out, file);
      }
      written += count;
    }
    flush(out, file);
  }

 private:
  // Rows of `day`, rounded so that the year sums to exactly m_rows.
  long rows_on_day(int day, long written) const {
    const double share = m_days_before[static_cast<std::size_t>(day) + 1] / m_days_before.back();
    return std::lround(static_cast<double>(m_rows) * share) - written;
  }

  // Cumulative hourly weights of `day`; the missing hour of the spring change gets none.
  std::array<double, 24> hour_cdf(int day) const {
    std::array<double, 24> cdf{};
    double sum = 0;
    for (std::size_t h = 0; h < 24; ++h) {
      const bool gap = day * kDaySeconds + static_cast<long>(h) * 3600 == kSpringGap;
      sum += gap ? 0 : kHourWeights[h];
      cdf[h] = sum;
    }
    return cdf;
  }

  template <std::size_t N>
  const char* pick(const std::array<const char*, N>& values) {
    return values[static_cast<std::size_t>(m_rng.integer(0, int(N) - 1))];
  }

  void put_row(Buffer& out, long open) {
    const CaseType& type = kTypes[m_rng.weighted(m_type_weights)];
    const Neighborhood& hood = kNeighborhoods[m_rng.weighted(m_hood_weights)];
    m_id += m_rng.integer(1, 3);
    auto o = std::back_inserter(out);

    // Times: target, closing, status.
    long target = -1;
    if (type.sla_days > 0 && !m_rng.chance(0.08)) {
      if (m_rng.chance(0.3)) {
        // Business-day targets: 08:30 a few working days on (unshifted, see the file comment).
        long day = open / kDaySeconds + static_cast<long>(std::ceil(type.sla_days));
        while ((day + 3) % 7 == 0 || (day + 3) % 7 == 6) ++day;
        target = day * kDaySeconds + 8 * 3600 + 1800;
      } else {
        target = real_wall_time(open + static_cast<long>(type.sla_days * kDaySeconds));
      }
    }
    const long close =
        real_wall_time(open + 60 + static_cast<long>(-std::log(1.0 - m_rng.uniform()) * type.close_hours * 3600));
    const bool closed = close < kExportAt && !m_rng.chance(0.03);

    fmt::format_to(o, "{},", m_id);
    put_time(out, open);
    out.push_back(',');
    if (target >= 0) put_time(out, target);
    out.push_back(',');
    if (closed) put_time(out, close);
    const long reference = closed ? close : kExportAt;
    fmt::format_to(o, ",{},{},", target < 0 || reference <= target ? "ONTIME" : "OVERDUE", closed ? "Closed" : "Open");
    if (closed) {
      put_field(out, closure_text(type, close));
    } else {
      out.push_back(' ');
    }
    out.push_back(',');
    put_field(out, type.title);
    out.push_back(',');
    put_field(out, type.subject);
    out.push_back(',');
    put_field(out, type.reason);
    out.push_back(',');
    put_field(out, type.type);
    out.push_back(',');
    if (type.queue != nullptr) {
      put_field(out, type.queue);
    } else {
      fmt::format_to(o, "PWDx_District {}: {}", pick(kPwdDistricts), hood.city);
    }
    fmt::format_to(o, ",{},", type.department);
    if (m_rng.chance(0.25)) put_photo(out);
    out.push_back(',');
    if (closed && m_rng.chance(0.1)) put_photo(out);
    out.push_back(',');
    put_place(out, hood);
    fmt::format_to(o, ",{}\n", kSources[m_rng.weighted(kSourceWeights)]);
  }

  void put_photo(Buffer& out) {
    fmt::format_to(std::back_inserter(out),
                   "https://spot-boston-res.cloudinary.com/image/upload/v17{:08}/boston/production/{:016x}.jpg",
                   m_rng.integer(0, 99999999), static_cast<std::uint64_t>(m_rng.uniform() * 0x1.0p64));
  }

  // `location` through `geom_4326`: address, districts, zip and point, or the legacy blanks when unlocated.
  void put_place(Buffer& out, const Neighborhood& hood) {
    auto o = std::back_inserter(out);
    if (m_rng.chance(0.01)) {
      // Ten legacy single-space blanks (location .. location_street_name), then empty zip, latitude, longitude, geom.
      out.append(std::string_view(" , , , , , , , , , ,,,,"));
      return;
    }
    const char* street = pick(kStreets);
    const char* zip = m_rng.chance(0.2) ? "" : hood.zips[static_cast<std::size_t>(m_rng.integer(0, 2))];
    std::string street_name;
    if (m_rng.chance(0.12)) {
      const char* cross = pick(kStreets);
      const char* amp = m_rng.chance(0.25) ? "&amp;" : "&";  // the 2025 file HTML-escapes some ampersands
      fmt::format_to(o, "INTERSECTION of {} {} {}  {}  MA  ", street, amp, cross, hood.city);
      street_name = fmt::format("INTERSECTION {} {} {}", street, amp, cross);
      zip = "";
    } else {
      fmt::format_to(o, "{} {}  {}  MA  {}", m_rng.integer(1, 400), street, hood.city, zip);
      street_name = street;
    }
    const int ward = m_rng.integer(1, 22);
    const int spelling = m_rng.integer(0, 2);
    fmt::format_to(o, ",{},{},{},{},", m_rng.integer(1, 12), pick(kPwdDistricts), m_rng.integer(1, 9),
                   pick(kPoliceDistricts));
    put_field(out, hood.name);
    fmt::format_to(o, ",{},", m_rng.integer(1, 15));
    if (spelling == 0) {
      fmt::format_to(o, "Ward {}", ward);
    } else if (spelling == 1) {
      fmt::format_to(o, "{}", ward);
    } else {
      fmt::format_to(o, "{:02}", ward);
    }
    fmt::format_to(o, ",{:02}{:02},{},{},", ward, m_rng.integer(1, 20), street_name, zip);
    const double lat = std::clamp(hood.lat + m_rng.uniform(-0.009, 0.009), 42.23, 42.39);
    const double lon = std::clamp(hood.lon + m_rng.uniform(-0.011, 0.011), -71.17, -71.0);
    fmt::format_to(o, "{},{},", lat, lon);
    put_ewkb(out, lat, lon);
  }

  std::string closure_text(const CaseType& type, long close) {
    const auto& family = kClosureTexts[static_cast<std::size_t>(type.closure)];
    std::string text = "Case Closed. ";
    if (m_rng.chance(0.5)) {
      // The closing time again inside the text, in one of the two formats the legacy system used (FORMATS.md §1.3).
      const auto c = civil(close);
      if (m_rng.chance(0.5)) {
        text += fmt::format("Closed date : {:04}-{:02}-{:02} {:02}:{:02}:{:02}.{:03} ", int(c.date.year()),
                            unsigned(c.date.month()), unsigned(c.date.day()), c.hour, c.minute, c.second,
                            m_rng.integer(0, 999));
      } else {
        const bool dst = close >= kDstStart && close < kDstEnd;
        text += fmt::format("Closed date : {} {} {:02} {:02}:{:02}:{:02} {} {} ", kWeekdays[c.weekday.c_encoding()],
                            kMonths[unsigned(c.date.month()) - 1], unsigned(c.date.day()), c.hour, c.minute, c.second,
                            dst ? "EDT" : "EST", int(c.date.year()));
      }
    }
    const std::string_view body = family[static_cast<std::size_t>(m_rng.integer(0, 3))];
    const auto at = body.find("{n}");
    text += at == std::string_view::npos
                ? std::string(body)
                : fmt::format("{}{}{}", body.substr(0, at), m_rng.integer(1, 12), body.substr(at + 3));
    if (m_rng.chance(0.001)) text += "\nCrew note: left a door hanger, will recheck";
    return text;
  }

  void flush(Buffer& out, std::FILE* file) {
    if (std::fwrite(out.data(), 1, out.size(), file) != out.size())
      throw std::system_error(errno, std::generic_category(), "write");
    out.clear();
  }

  long m_rows;
  Random m_rng;
  std::int64_t m_id = 101005000000;
  std::array<double, kTypes.size()> m_type_weights{};
  std::array<double, kNeighborhoods.size()> m_hood_weights{};
  std::array<double, kDays + 1> m_days_before{};  // cumulative day weights
};

int usage() {
  std::fputs("usage: gen_boston311 OUT.csv [--rows N] [--seed S]\n", stderr);
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path out_path;
  long rows = 1'000'000;
  long seed = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if ((arg == "--rows" || arg == "--seed") && i + 1 < argc) {
      char* end = nullptr;
      const long value = std::strtol(argv[++i], &end, 10);
      if (*end != '\0' || value < 0) return usage();
      (arg == "--rows" ? rows : seed) = value;
    } else if (out_path.empty() && !arg.starts_with("-")) {
      out_path = arg;
    } else {
      return usage();
    }
  }
  if (out_path.empty()) return usage();

  auto part = out_path;
  part += ".part";
  std::FILE* file = std::fopen(part.c_str(), "wb");
  if (file == nullptr) {
    std::perror(part.c_str());
    return 2;
  }
  try {
    Generator(rows, static_cast<std::uint64_t>(seed)).write(file);
  } catch (const std::system_error& e) {
    std::fprintf(stderr, "gen_boston311: %s: %s\n", part.c_str(), e.what());
    std::fclose(file);
    return 2;
  }
  if (std::fclose(file) != 0 || std::rename(part.c_str(), out_path.c_str()) != 0) {
    std::perror(out_path.c_str());
    return 2;
  }
  return 0;
}
