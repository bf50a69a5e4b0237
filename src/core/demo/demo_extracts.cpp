#include "core/demo/demo_extracts.h"

#include <fmt/format.h>

#include "core/ingest/csv_writer.h"
#include "core/time/iso.h"

namespace huddle::core::demo {
namespace {

/// Subject, reason, queue and department of a 311 case of `category`, as the legacy feed words them.
struct CaseRouting {
  const char* subject;
  const char* reason;
  const char* queue;
  const char* department;
};

CaseRouting routing_of(const std::string& category) {
  if (category == "needles") return {"Mayor's 24 Hour Hotline", "Needle Program", "GEN_Needle_Pickup", "GEN_"};
  if (category == "encampment") return {"Mayor's 24 Hour Hotline", "Quality of Life", "INFO_Encampments", "INFO"};
  if (category == "human_waste") return {"Public Works Department", "Street Cleaning", "INFO_HumanWaste", "INFO"};
  if (category == "dumping") return {"Public Works Department", "Street Cleaning", "PWDx_District 1C: Downtown", "PWDx"};
  if (category == "qol") return {"Public Works Department", "Sanitation", "PWDx_Code Enforcement", "PWDx"};
  return {"Public Works Department", "Street Lights", "PWDx_Street Light Outages", "PWDx"};
}

std::string local_text(UtcTime t, const HuddleSchedule& schedule) {
  const auto local = schedule.to_local(t);
  return format_utc(UtcTime{local.time_since_epoch()}).substr(0, 19).replace(10, 1, " ");
}

std::string coordinate(const std::optional<double>& v) { return v ? fmt::format("{:.6f}", *v) : std::string(); }

void write_311(const Event& e, const HuddleSchedule& schedule, CsvWriter& out) {
  const auto r = routing_of(e.category);
  const bool intersection = e.address.find(" & ") != std::string::npos;
  std::string location, street;
  if (intersection) {
    location = fmt::format("INTERSECTION of {}  Boston  MA  ", e.address);
    street = "INTERSECTION " + e.address;
  } else if (!e.address.empty()) {
    location = fmt::format("{}  Boston  MA  02118", e.address);
    street = e.address;  // the legacy feed keeps the house number here too
  }
  std::string lat = coordinate(e.lat), lon = coordinate(e.lon);
  if (e.geo_quality == GeoQuality::placeholder) lat = "42.3594", lon = "-71.0587";  // the legacy feed's City Hall
  const std::string opened = local_text(e.occurred_utc, schedule);
  const std::string target = local_text(e.occurred_utc + std::chrono::days{3}, schedule);
  out.row({e.source_id, opened, target, "", "ONTIME", "Open", " ", e.raw_type, r.subject, r.reason, e.raw_type, r.queue,
           r.department, "", "", location, " ", " ", " ", " ", " ", " ", " ", " ", street, intersection ? "" : "02118",
           lat, lon, "Constituent Call"});
}

}  // namespace

DemoExtracts write_demo_extracts(const std::vector<Event>& events, const HuddleSchedule& schedule, Date last_day,
                                 const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  DemoExtracts files{dir / fmt::format("demo-311-{}.csv", format_date(last_day)),
                     dir / fmt::format("demo-ems-{}.csv", format_date(last_day))};
  CsvWriter calls(files.calls_311), ems(files.calls_ems);
  calls.row({"case_enquiry_id", "open_dt", "target_dt", "closed_dt", "ontime", "case_status", "closure_reason",
             "case_title", "subject", "reason", "type", "queue", "department", "submittedphoto", "closedphoto",
             "location", "fire_district", "pwd_district", "city_council_district", "police_district", "neighborhood",
             "neighborhood_services_district", "ward", "precinct", "location_street_name", "location_zipcode",
             "latitude", "longitude", "source"});
  ems.row({"incident_id", "received_at", "call_type", "address", "latitude", "longitude"});
  for (const auto& e : events) {
    if (e.stream == kStream311) {
      write_311(e, schedule, calls);
    } else {
      ems.row({e.source_id, local_text(e.occurred_utc, schedule), e.raw_type, e.address, coordinate(e.lat),
               coordinate(e.lon)});
    }
  }
  calls.close();
  ems.close();
  return files;
}

}  // namespace huddle::core::demo
