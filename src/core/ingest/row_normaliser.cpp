#include "core/ingest/row_normaliser.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "core/error.h"
#include "core/ingest/header_names.h"
#include "core/ingest/record_source.h"
#include "core/ingest/text_cleanup.h"
#include "core/report/text_escape.h"

namespace huddle::core {
namespace {

std::optional<double> parse_number(std::string_view text) {
  text = trim(text);
  if (text.empty()) return std::nullopt;
  if (text.front() == '+') text.remove_prefix(1);
  double v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

/// Reads "POINT (lon lat)", "(lat, lon)" or "lat, lon".
bool parse_point(std::string_view text, double& lat, double& lon) {
  text = trim(text);
  bool wkt = false;
  if (text.size() > 5 && lower(text.substr(0, 5)) == "point") {
    wkt = true;
    text = trim(text.substr(5));
  }
  if (!text.empty() && text.front() == '(' && text.back() == ')') text = trim(text.substr(1, text.size() - 2));
  const std::size_t sep = wkt ? text.find(' ') : text.find(',');
  if (sep == std::string_view::npos) return false;
  auto a = parse_number(text.substr(0, sep)), b = parse_number(text.substr(sep + 1));
  if (!a || !b) return false;
  lat = wkt ? *b : *a;
  lon = wkt ? *a : *b;
  return true;
}

bool in_box(const std::array<double, 4>& box, double lat, double lon) {
  return lat >= box[0] && lat <= box[2] && lon >= box[1] && lon <= box[3];
}

std::uint64_t fnv1a(std::string_view text, std::uint64_t h = 1469598103934665603ULL) {
  for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h;
}

std::vector<std::string> lowered(const std::vector<std::string>& list) {
  std::vector<std::string> out;
  for (const auto& s : list) out.push_back(lower(trim(s)));
  return out;
}

}  // namespace

RowNormaliser::RowNormaliser(const Profile& profile, const std::vector<std::string>& header,
                             const std::filesystem::path& file, const std::string& zone, bool shift)
    : m_profile(profile), m_file(file), m_times(profile.time_formats), m_zone(zone), m_shift(shift) {
  m_header_size = header.size();
  for (std::size_t i = 0; i < header.size(); ++i) m_index.emplace(header_key(header[i]), i);
  for (const auto& name : profile.mapped_columns()) column(name);  // fails on the first missing one
  for (const auto& c : profile.id_columns) m_id.push_back(column(c));
  m_time = column(profile.time_column);
  for (const auto& c : profile.type_columns) m_type.push_back(column(c));
  for (const auto& c : profile.address_columns) m_address.push_back(column(c));
  if (!profile.latitude_column.empty()) {
    m_lat = column(profile.latitude_column);
    m_lon = column(profile.longitude_column);
  }
  if (!profile.point_column.empty()) m_point = column(profile.point_column);
  if (profile.format == "geojson") {
    m_lat = column(kGeoJsonLatitude);
    m_lon = column(kGeoJsonLongitude);
  }
  if (!profile.group_column.empty()) m_group = column(profile.group_column);
  for (const auto& name : profile.mapped_columns()) m_content.push_back(column(name));
  for (const auto& r : profile.rules) {
    m_rules.push_back({column(r.column), r.category, lowered(r.equals), lowered(r.prefix), lowered(r.contains)});
    if (std::find(m_rule_columns.begin(), m_rule_columns.end(), m_rules.back().column) == m_rule_columns.end()) {
      m_rule_columns.push_back(m_rules.back().column);
    }
  }
  m_lowered.resize(m_header_size);
  for (const auto& b : profile.blank_values) m_blanks.emplace_back(trim(b));
}

std::size_t RowNormaliser::column(const std::string& name) const {
  auto it = m_index.find(header_key(name));
  if (it == m_index.end()) {
    throw InputError(m_file, 1, name,
                     fmt::format("the profile '{}' needs this column and the header does not have it", m_profile.name));
  }
  return it->second;
}

std::vector<bool> RowNormaliser::wanted_columns() const {
  std::vector<bool> wanted(m_header_size, false);
  for (std::size_t c : m_content) wanted[c] = true;
  if (m_lat) wanted[*m_lat] = wanted[*m_lon] = true;
  return wanted;
}

std::string_view RowNormaliser::value(const CsvRecord& record, std::size_t column) const {
  if (column >= record.fields.size()) return {};
  std::string_view v = trim(record.fields[column]);
  for (const auto& b : m_blanks) {
    if (v == b) return {};
  }
  return v;
}

std::string RowNormaliser::joined(const CsvRecord& record, const std::vector<std::size_t>& columns,
                                  std::string_view sep) const {
  std::string out;
  for (std::size_t c : columns) {
    const std::string_view v = value(record, c);
    if (v.empty()) continue;
    if (!out.empty()) out += sep;
    out += v;
  }
  return out;
}

std::string RowNormaliser::source_id(const CsvRecord& record) {
  if (m_group) return std::string(value(record, *m_group));
  if (!m_id.empty()) {
    std::string id = joined(record, m_id, "|");  // ids keep their spaces
    // pandas writes numeric ids as floats: 101000833162.0
    if (id.size() > 2 && id.ends_with(".0") && id.find_first_not_of("0123456789") == id.size() - 2) id.resize(id.size() - 2);
    return id;
  }
  // No id in the feed: the row's content, numbered when identical rows repeat, so a re-import recognises it.
  std::uint64_t h = 1469598103934665603ULL;
  for (std::size_t c : m_content) h = fnv1a(value(record, c), fnv1a("\x1f", h));
  const int n = ++m_content_seen[h];
  return fmt::format("{:016x}-{}", h, n);
}

bool RowNormaliser::read_time(const CsvRecord& record, Event& e, ImportIssue& problem) {
  const std::string_view text = value(record, m_time);
  if (text.empty()) {
    problem = {ImportIssue::Severity::error, record.line, m_profile.time_column, "no time"};
    return false;
  }
  auto written = m_times.parse(text);
  if (!written) {
    problem = {ImportIssue::Severity::error, record.line, m_profile.time_column,
               fmt::format("'{}' is not a time in the expected form ({})", excerpt(text),
                           fmt::join(m_profile.time_formats, " or "))};
    return false;
  }
  if (m_shift && !written->offset) {
    // Boston's re-published files show local times as if they were UTC converted to Eastern (FORMATS.md §1.5).
    written->wall = std::chrono::local_seconds{m_zone.to_utc(written->wall).time_since_epoch()};
  }
  e.occurred_utc = m_zone.to_utc(*written);
  return true;
}

void RowNormaliser::read_location(const CsvRecord& record, Event& e) {
  double lat = 0, lon = 0;
  bool have = false;
  if (m_point) {
    const std::string_view text = value(record, *m_point);
    have = !text.empty() && parse_point(text, lat, lon);
  } else if (m_lat) {
    auto a = parse_number(value(record, *m_lat)), b = parse_number(value(record, *m_lon));
    have = a && b;
    if (have) lat = *a, lon = *b;
  }
  e.lat.reset();
  e.lon.reset();
  if (!have) {
    e.geo_quality = GeoQuality::missing;
    return;
  }
  for (const auto& p : m_profile.placeholders) {
    if (std::round(lat * 1e4) == std::round(p.lat * 1e4) && std::round(lon * 1e4) == std::round(p.lon * 1e4)) {
      e.geo_quality = GeoQuality::placeholder;
      return;
    }
  }
  GeoQuality quality = m_profile.low_precision ? GeoQuality::low_precision
                       : e.address.find(" & ") != std::string::npos ? GeoQuality::intersection
                                                                     : GeoQuality::exact;
  const bool valid = std::abs(lat) <= 90 && std::abs(lon) <= 180;
  if (m_profile.bbox && !(valid && in_box(*m_profile.bbox, lat, lon))) {
    if (m_profile.fix_swapped && in_box(*m_profile.bbox, lon, lat)) {
      std::swap(lat, lon);
      quality = GeoQuality::swapped_fixed;
    } else {
      e.geo_quality = GeoQuality::out_of_area;
      return;
    }
  } else if (!valid) {
    e.geo_quality = GeoQuality::out_of_area;
    return;
  }
  e.lat = lat;
  e.lon = lon;
  e.geo_quality = quality;
}

void RowNormaliser::clean_address(std::string& address) const {
  for (const auto& prefix : m_profile.address_strip_prefix) {
    if (address.size() >= prefix.size() && lower(address.substr(0, prefix.size())) == lower(prefix)) {
      address.erase(0, prefix.size());
      break;
    }
  }
  for (const auto& marker : m_profile.address_cut) {
    if (auto at = address.find(marker); at != std::string::npos && at > 0) address.resize(at);
  }
  collapse_spaces(address);
}

const std::string& RowNormaliser::category_of(const CsvRecord& record, const std::string& raw_type) {
  for (std::size_t c : m_rule_columns) {
    m_lowered[c].assign(value(record, c));
    for (char& ch : m_lowered[c]) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
  }
  for (const auto& rule : m_rules) {
    const std::string& v = m_lowered[rule.column];
    if (v.empty()) continue;
    for (const auto& x : rule.equals) {
      if (v == x) return rule.category;
    }
    for (const auto& x : rule.prefix) {
      if (v.starts_with(x)) return rule.category;
    }
    for (const auto& x : rule.contains) {
      if (v.find(x) != std::string::npos) return rule.category;
    }
  }
  // A profile without rules maps every row to its default on purpose (e.g. an overdose-only feed): nothing to report.
  if (!m_rules.empty() && (m_unmapped.size() < 10000 || m_unmapped.count(raw_type))) ++m_unmapped[raw_type];
  return m_profile.default_category;
}

std::optional<Event> RowNormaliser::normalise(CsvRecord& record, ImportIssue& problem) {
  if (record.fields.size() != m_header_size) {
    problem = {ImportIssue::Severity::error, record.line, "",
               fmt::format("expected {} fields as in the header, found {}", m_header_size, record.fields.size())};
    return std::nullopt;
  }
  if (m_profile.html_entities) {
    for (std::size_t c : m_content) {
      if (record.fields[c].find('&') != std::string::npos) decode_html_entities(record.fields[c]);
    }
  }
  Event e;
  e.stream = m_profile.stream;
  e.source_id = source_id(record);
  if (e.source_id.empty()) {
    problem = {ImportIssue::Severity::error, record.line, m_profile.id_columns.empty() ? "" : m_profile.id_columns.front(),
               "no id"};
    return std::nullopt;
  }
  if (!read_time(record, e, problem)) return std::nullopt;
  // Control characters and bidirectional overrides are dropped before anything is stored: they would colour a
  // terminal, break a workbook's XML or make a place name read backwards in the packet (ARCHITECTURE §8).
  e.raw_type = one_line(joined(record, m_type, " / "));
  collapse_spaces(e.raw_type);
  e.address = one_line(joined(record, m_address, ", "));
  clean_address(e.address);
  read_location(record, e);
  e.category = category_of(record, e.raw_type);
  return e;
}

}  // namespace huddle::core
