#include "core/ingest/ckan_source.h"

// How a CKAN pull is incremental, and why this way.
//
// What a CKAN DataStore can be asked (CKAN 2.7 to 2.11): `datastore_search` takes `filters` (exact matches only:
// {"field": value or [values]}), `q` (PostgreSQL full-text search: words, not ranges), `sort`, `limit` and `offset`.
// Neither selects "records newer than T". `datastore_search_sql` could (WHERE "open_date" > '...'), but it is
// switched off by default since CKAN 2.9 (ckan.datastore.sqlsearch.enabled) and many portals leave it off. Range
// filters in `filters` exist only in the newest CKAN releases. So Huddle uses plain `datastore_search` everywhere:
//
// - First pull of a source (or nothing stored for its stream): every record, sorted by `_id` (the primary key: a
//   total order, so offset paging neither repeats nor skips a record while the table is unchanged).
// - Later pulls: sorted by `time_field` descending (then `_id`, to make the order total), newest first, stopping
//   after the page that reaches the `since` time the caller chose (the newest stored event minus a margin that
//   also catches late updates of recent records). Records added while paging push older ones to later offsets, so a
//   record may come twice but none is missed; duplicates are dropped by `_id`.
//
// The pages are written oldest first into one CSV file, which the caller imports once through the normal import
// job: the profile (or auto-detection) applies as for any extract, and the whole pull of the source is one
// transaction.

#include <algorithm>
#include <charconv>
#include <fstream>
#include <unordered_set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/ingest/csv_writer.h"

namespace huddle::core {
namespace {

using nlohmann::json;

/// A field name as a CKAN sort clause wants it: in double quotes, so that capitals and spaces survive.
std::string sort_field(const std::string& field) { return "\"" + field + "\""; }

/// CKAN's own words for why it refused a request: `error.message`, else the validation errors; empty when the
/// body is not CKAN's error JSON.
std::string ckan_error_text(const std::string& body) {
  const json doc = json::parse(body, nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("error") || !doc["error"].is_object()) return {};
  json error = doc["error"];
  if (error.contains("message") && error["message"].is_string()) {
    return error["message"].get<std::string>();
  }
  error.erase("__type");
  return error.dump();
}

/// One record value as CSV text: null is empty, text as is, numbers and booleans in JSON spelling, nested values
/// (CKAN's json and array types) as compact JSON.
std::string value_text(const json& value) {
  if (value.is_null()) return {};
  if (value.is_string()) return value.get<std::string>();
  return value.dump();
}

/// The `result` of a datastore_search answer; InputError naming `url` when it is not one.
json search_result(const HttpResponse& response, const std::string& url) {
  if (response.status < 200 || response.status > 299) {
    const std::string why = ckan_error_text(response.body);
    throw InputError(url, 0, "",
                     why.empty() ? describe_status(response)
                                 : fmt::format("{}: CKAN refused the request: {}", describe_status(response), why));
  }
  json doc = json::parse(response.body, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    throw InputError(url, 0, "", "the answer is not JSON (is this the portal's base address?)");
  }
  if (!doc.value("success", false)) {
    const std::string why = ckan_error_text(response.body);
    throw InputError(url, 0, "", "CKAN reported a failure: " + (why.empty() ? std::string("no reason given") : why));
  }
  if (!doc.contains("result") || !doc["result"].is_object() || !doc["result"].contains("fields") ||
      !doc["result"]["fields"].is_array() || !doc["result"].contains("records") ||
      !doc["result"]["records"].is_array()) {
    throw InputError(url, 0, "",
                     "the answer is not a DataStore search result (expected result.fields and "
                     "result.records)");
  }
  return std::move(doc["result"]);
}

/// The column names of a result, `_id` (and `_full_text`, which some CKAN versions list) left out.
std::vector<std::string> field_names(const json& result, const std::string& url) {
  std::vector<std::string> names;
  for (const auto& field : result["fields"]) {
    if (!field.is_object() || !field.contains("id") || !field["id"].is_string()) {
      throw InputError(url, 0, "", "a field of the DataStore result has no id");
    }
    auto name = field["id"].get<std::string>();
    if (name != "_id" && name != "_full_text") names.push_back(std::move(name));
  }
  return names;
}

long total_of(const json& result) {
  const auto it = result.find("total");
  return it != result.end() && it->is_number_integer() ? it->get<long>() : 0;
}

/// Removes a folder and what is in it when it goes out of scope.
class ScratchFolder {
 public:
  explicit ScratchFolder(std::filesystem::path path) : m_path(std::move(path)) {
    std::filesystem::create_directories(m_path);
  }
  ~ScratchFolder() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  std::filesystem::path page_file(long page) const { return m_path / fmt::format("page-{:06}.csv", page); }

 private:
  std::filesystem::path m_path;
};

int digits(std::string_view text, std::size_t pos, std::size_t count) {
  int value = 0;
  if (pos + count > text.size()) return -1;
  const auto* first = text.data() + pos;
  const auto [ptr, ec] = std::from_chars(first, first + count, value);
  return ec == std::errc() && ptr == first + count ? value : -1;
}

}  // namespace

std::string ckan_search_url(const Source& source) {
  return fmt::format("{}/api/3/action/datastore_search?resource_id={}", source.url, url_encode(source.resource_id));
}

std::optional<UtcTime> parse_ckan_time(std::string_view text) {
  using namespace std::chrono;
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  const int y = digits(text, 0, 4), mo = digits(text, 5, 2), d = digits(text, 8, 2);
  if (y < 0 || mo < 1 || d < 1 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const year_month_day date{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!date.ok()) return std::nullopt;
  UtcTime t = sys_days{date};
  std::size_t pos = 10;
  if (pos < text.size() && (text[pos] == 'T' || text[pos] == ' ')) {
    const int h = digits(text, pos + 1, 2), mi = digits(text, pos + 4, 2);
    if (h < 0 || h > 24 || mi < 0 || mi > 59 || text[pos + 3] != ':') return std::nullopt;
    t += hours{h} + minutes{mi};
    pos += 6;
    if (pos < text.size() && text[pos] == ':') {
      const int s = digits(text, pos + 1, 2);
      if (s < 0 || s > 60) return std::nullopt;
      t += seconds{s};
      pos += 3;
      if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
      }
    }
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
      const int sign = text[pos] == '+' ? 1 : -1;
      const int oh = digits(text, pos + 1, 2);
      if (oh < 0 || oh > 18) return std::nullopt;
      std::size_t after = pos + 3;
      if (after < text.size() && text[after] == ':') ++after;
      const int om = digits(text, after, 2);
      // Local = UTC + offset, so UTC = local - offset.
      t -= sign * (hours{oh} + minutes{om > 0 ? om : 0});
    }
  }
  return t;
}

CkanDownload download_ckan_resource(HttpClient& http, const Source& source, const CkanSinceChooser& choose_since,
                                    const std::filesystem::path& csv_file, const std::filesystem::path& scratch_dir,
                                    ProgressSink& progress) {
  const std::string base = ckan_search_url(source);
  const std::string what = fmt::format("Reading {}", source.name);
  CkanDownload out;

  // The fields alone first: they tell the caller which profile (hence stream) the records belong to, and so
  // how far back this pull must reach.
  {
    const std::string url = base + "&limit=0";
    const json probe = search_result(http.get(url, progress), url);
    out.fields = field_names(probe, url);
    out.total = total_of(probe);
  }
  if (out.fields.empty()) throw InputError(base, 0, "", "the DataStore resource has no fields");
  if (!source.time_field.empty() &&
      std::find(out.fields.begin(), out.fields.end(), source.time_field) == out.fields.end()) {
    std::string names;
    for (const auto& f : out.fields) names += (names.empty() ? "" : ", ") + f;
    throw InputError(
        base, 0, "",
        fmt::format("time_field '{}' is not a field of the resource (its fields: {})", source.time_field, names));
  }
  const std::optional<UtcTime> since = source.time_field.empty() ? std::nullopt : choose_since(out.fields);
  const bool newest_first = since.has_value();
  const std::string sort = newest_first
                               ? fmt::format("{} desc,{} desc", sort_field(source.time_field), sort_field("_id"))
                               : sort_field("_id") + " asc";

  ScratchFolder scratch(scratch_dir);
  std::unordered_set<std::int64_t> seen_ids;
  long offset = 0;
  if (out.total > 0) progress.progress(what, 0, out.total);
  for (;;) {
    if (progress.cancelled()) throw Cancelled();
    const std::string url =
        fmt::format("{}&limit={}&offset={}&sort={}", base, source.page_size, offset, url_encode(sort));
    const json result = search_result(http.get(url, progress), url);
    const json& records = result["records"];
    if (field_names(result, url) != out.fields) {
      throw InputError(url, 0, "", "the resource's fields changed while it was being read; pull again");
    }
    if (records.empty()) break;

    bool reached_since = false;
    std::vector<std::vector<std::string>> rows;
    rows.reserve(records.size());
    for (const auto& record : records) {
      if (!record.is_object()) throw InputError(url, 0, "", "a DataStore record is not a JSON object");
      if (const auto id = record.find("_id"); id != record.end() && id->is_number_integer()) {
        if (!seen_ids.insert(id->get<std::int64_t>()).second) continue;
      }
      std::vector<std::string> row;
      row.reserve(out.fields.size());
      for (const auto& name : out.fields) {
        const auto value = record.find(name);
        row.push_back(value == record.end() ? std::string() : value_text(*value));
      }
      rows.push_back(std::move(row));
    }
    if (newest_first) {
      // The page's last record is its oldest; blank or odd times sort first in a descending PostgreSQL order and
      // never stop the paging.
      const auto& last = records.back();
      if (const auto t = last.find(source.time_field); t != last.end() && t->is_string()) {
        const auto when = parse_ckan_time(t->get<std::string>());
        reached_since = when && *when < *since;
      }
      std::reverse(rows.begin(), rows.end());
    }

    std::ofstream page(scratch.page_file(out.pages), std::ios::binary);
    for (const auto& row : rows) write_csv_record(page, row);
    page.close();
    if (!page) throw Error(fmt::format("cannot write {}", scratch.page_file(out.pages).string()));
    ++out.pages;
    out.records += static_cast<long>(rows.size());
    offset += static_cast<long>(records.size());
    if (offset < out.total) progress.progress(what, offset, out.total);  // the end is reported once, below

    if (reached_since) {
      out.incremental = true;
      break;
    }
    if (static_cast<long>(records.size()) < source.page_size) break;
  }
  progress.progress(what, std::max(out.total, offset), std::max(out.total, offset));

  std::ofstream csv(csv_file, std::ios::binary | std::ios::trunc);
  write_csv_record(csv, out.fields);
  for (long i = 0; i < out.pages; ++i) {
    const long page = newest_first ? out.pages - 1 - i : i;
    std::ifstream in(scratch.page_file(page), std::ios::binary);
    csv << in.rdbuf();
  }
  csv.close();
  if (!csv) throw Error(fmt::format("cannot write {}", csv_file.string()));
  return out;
}

}  // namespace huddle::core
