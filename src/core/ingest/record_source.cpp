#include "core/ingest/record_source.h"

#include <fstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/error.h"

namespace huddle::core {
namespace {

class CsvSource final : public RecordSource {
 public:
  explicit CsvSource(const std::filesystem::path& file) : m_reader(file) {
    CsvRecord first;
    if (!m_reader.next(first) || (first.fields.size() == 1 && first.fields[0].empty())) {
      if (m_reader.truncated()) {
        throw InputError(file, 1, "", "a quoted field in the header never closes (an unmatched \"): no complete header line");
      }
      throw InputError(file, 1, "", "the file is empty (expected a header line)");
    }
    m_header = std::move(first.fields);
  }
  const std::vector<std::string>& header() const override { return m_header; }
  bool next(CsvRecord& record) override { return m_reader.next(record); }
  void keep_only(std::vector<bool> wanted) override { m_reader.keep_only(std::move(wanted)); }
  std::vector<ImportIssue> take_issues() override { return m_reader.take_issues(); }
  bool truncated() const override { return m_reader.truncated(); }
  std::uint64_t bytes_read() const override { return m_reader.bytes_read(); }
  std::uint64_t size() const override { return m_reader.size(); }
  const char* position_word() const override { return "line"; }

 private:
  CsvReader m_reader;
  std::vector<std::string> m_header;
};

/// The "type" of a GeoJSON object, or "" when it has none or it is not text (nlohmann's value() would throw).
std::string type_of(const nlohmann::json& object) {
  const auto type = object.find("type");
  return type != object.end() && type->is_string() ? type->get<std::string>() : "";
}

/// GeoJSON FeatureCollections are read whole (open-data APIs page them in thousands of features).
class GeoJsonSource final : public RecordSource {
 public:
  explicit GeoJsonSource(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    m_size = text.size();
    auto line_at = [&](std::size_t offset) {
      const auto upto = static_cast<long>(std::min(offset, text.size()));
      return 1 + static_cast<long>(std::count(text.begin(), text.begin() + upto, '\n'));
    };
    nlohmann::json doc;
    try {
      doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
      const long line = line_at(e.byte);
      // nlohmann quotes the text it stopped at ("last read: '...'"): a patient's name may stand there, and
      // error messages end up in logs. The line and what was wrong are enough to find it.
      std::string what = e.what();
      if (const auto quote = what.find("; last read:"); quote != std::string::npos) what.resize(quote);
      throw InputError(file, line, "", fmt::format("not valid GeoJSON: {}", what));
    } catch (const nlohmann::json::out_of_range& e) {
      // A number beyond a double (1e999) is no parse_error and has no offset; the message quotes the number.
      const std::string what = e.what();
      const auto open = what.find('\''), close = what.rfind('\'');
      const auto at = open < close ? text.find(what.substr(open + 1, close - open - 1)) : std::string::npos;
      throw InputError(file, at == std::string::npos ? 0 : line_at(at), "",
                       "not valid GeoJSON: a number too large for a double");
    }
    if (!doc.is_object() || type_of(doc) != "FeatureCollection" || !doc.contains("features") ||
        !doc["features"].is_array()) {
      throw InputError(file, 1, "", "expected a GeoJSON FeatureCollection with a \"features\" array");
    }
    m_features = std::move(doc["features"]);
    for (const auto& f : m_features) {
      if (!f.contains("properties") || !f["properties"].is_object()) continue;
      for (const auto& [key, value] : f["properties"].items()) {
        (void)value;
        if (std::find(m_header.begin(), m_header.end(), key) == m_header.end()) m_header.push_back(key);
      }
    }
    m_header.emplace_back(kGeoJsonLatitude);
    m_header.emplace_back(kGeoJsonLongitude);
  }
  const std::vector<std::string>& header() const override { return m_header; }
  bool next(CsvRecord& record) override {
    if (m_next >= m_features.size()) return false;
    const auto& f = m_features[m_next++];
    record.line = static_cast<long>(m_next);
    record.fields.assign(m_header.size(), "");
    if (f.contains("properties") && f["properties"].is_object()) {
      const auto& props = f["properties"];
      for (std::size_t i = 0; i + 2 < m_header.size(); ++i) {
        auto it = props.find(m_header[i]);
        if (it == props.end() || it->is_null()) continue;
        record.fields[i] = it->is_string() ? it->get<std::string>() : it->dump();
      }
    }
    const auto geometry = f.find("geometry");
    if (geometry != f.end() && geometry->is_object() && type_of(*geometry) == "Point") {
      // find, not operator[]: a const json's operator[] on a missing key reads past the end of the object.
      const auto c = geometry->find("coordinates");
      if (c != geometry->end() && c->is_array() && c->size() >= 2 && (*c)[0].is_number() && (*c)[1].is_number()) {
        record.fields[m_header.size() - 2] = (*c)[1].dump();
        record.fields[m_header.size() - 1] = (*c)[0].dump();
      }
    }
    return true;
  }
  void keep_only(std::vector<bool>) override {}
  std::vector<ImportIssue> take_issues() override { return {}; }
  bool truncated() const override { return false; }
  std::uint64_t bytes_read() const override { return m_size * m_next / std::max<std::size_t>(m_features.size(), 1); }
  std::uint64_t size() const override { return m_size; }
  const char* position_word() const override { return "feature"; }

 private:
  nlohmann::json m_features;
  std::vector<std::string> m_header;
  std::size_t m_next = 0;
  std::uint64_t m_size = 0;
};

bool looks_like_json(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  char c = 0;
  while (in.get(c)) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (c == '\xEF') continue;  // a BOM's bytes
    if (c == '\xBB' || c == '\xBF') continue;
    return c == '{';
  }
  return false;
}

/// Throws InputError unless the start of `file` (64 KiB) can be UTF-8 text: UTF-16 (a byte-order mark, or NULs in
/// every other byte) and binary files (NUL bytes) are refused before the CSV reader makes a header of them.
void check_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string head(64 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  const bool utf16_mark = head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF");
  const auto nul = head.find('\0');
  if (!utf16_mark && nul == std::string::npos) return;
  std::size_t nuls[2] = {0, 0};
  for (std::size_t i = 0; i < head.size(); ++i) nuls[i % 2] += head[i] == '\0';
  const std::size_t half = head.size() / 2;
  const bool every_other = std::max(nuls[0], nuls[1]) * 10 >= half * 7 && std::min(nuls[0], nuls[1]) * 10 < half;
  if (utf16_mark || every_other) {
    throw InputError(file, 0, "", "the file is UTF-16 text: save it as UTF-8 (in Excel: Save As > CSV UTF-8) and "
                                  "import that copy");
  }
  const long line = 1 + static_cast<long>(std::count(head.begin(), head.begin() + static_cast<long>(nul), '\n'));
  throw InputError(file, line, "", "not a text file: it holds NUL bytes (expected a CSV or GeoJSON extract in UTF-8)");
}

}  // namespace

std::unique_ptr<RecordSource> open_records(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) throw InputError(file, 0, "", "no such file");
  check_text(file);
  if (looks_like_json(file)) return std::make_unique<GeoJsonSource>(file);
  return std::make_unique<CsvSource>(file);
}

}  // namespace huddle::core
