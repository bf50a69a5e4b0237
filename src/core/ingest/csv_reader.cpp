#include "core/ingest/csv_reader.h"

#include <csv.h>

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "core/error.h"

namespace huddle::core {
namespace {

constexpr std::size_t kChunk = 1 << 20;

/// Length of the valid UTF-8 sequence at `s[i]`, or 0 when invalid.
std::size_t utf8_length(const unsigned char* s, std::size_t i, std::size_t n) {
  const unsigned char c = s[i];
  std::size_t len = 0;
  unsigned min = 0;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) len = 2, min = 0x80;
  else if ((c & 0xF0) == 0xE0) len = 3, min = 0x800;
  else if ((c & 0xF8) == 0xF0) len = 4, min = 0x10000;
  else return 0;
  if (i + len > n) return 0;
  unsigned cp = c & (0xFF >> (len + 1));
  for (std::size_t k = 1; k < len; ++k) {
    if ((s[i + k] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i + k] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

}  // namespace

bool repair_utf8(std::string& text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n && s[i] < 0x80) ++i;  // the common case: plain ASCII
  if (i == n) return false;
  bool repaired = false;
  std::string out(text, 0, i);
  while (i < n) {
    const std::size_t len = utf8_length(s, i, n);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      repaired = true;
      ++i;
    } else {
      out.append(text, i, len);
      i += len;
    }
  }
  if (repaired) text = std::move(out);
  return repaired;
}

CsvReader::CsvReader(const std::filesystem::path& file)
    : m_path(file), m_parser(std::make_unique<csv_parser>()) {
  m_file = std::fopen(file.c_str(), "rb");
  if (!m_file) throw InputError(file, 0, "", fmt::format("cannot open: {}", std::strerror(errno)));
  std::error_code ec;
  m_size = std::filesystem::file_size(file, ec);
  // A small file gets a buffer of its size, not a whole chunk (a folder pull reads many small extracts).
  m_buffer.resize(ec ? kChunk : static_cast<std::size_t>(std::min<std::uint64_t>(m_size + 1, kChunk)));
  if (csv_init(m_parser.get(), 0) != 0) throw Error("cannot initialise the CSV parser");
  // libcsv grows its field buffer by this much at a time (128 bytes by default): a 50 MB field would be copied a
  // few hundred thousand times wherever realloc cannot grow a block in place.
  csv_set_blk_size(m_parser.get(), kChunk);
}

CsvReader::~CsvReader() {
  csv_free(m_parser.get());
  if (m_file) std::fclose(m_file);
}

void CsvReader::on_field(void* data, std::size_t size, void* self_ptr) {
  auto* self = static_cast<CsvReader*>(self_ptr);
  auto& fields = self->m_current.fields;
  if (self->m_field >= fields.size()) fields.emplace_back();
  std::string& field = fields[self->m_field];
  if (self->m_wanted.empty() || (self->m_field < self->m_wanted.size() && self->m_wanted[self->m_field])) {
    field.assign(static_cast<const char*>(data), size);
  } else {
    field.clear();
  }
  ++self->m_field;
}

void CsvReader::on_record(int, void* self_ptr) {
  auto* self = static_cast<CsvReader*>(self_ptr);
  self->m_current.fields.resize(self->m_field);
  self->m_current.line = self->m_record_start;
  for (auto& f : self->m_current.fields) {
    if (repair_utf8(f)) {
      self->m_issues.push_back({ImportIssue::Severity::warning, self->m_record_start, "",
                                "invalid UTF-8 replaced with U+FFFD"});
    }
  }
  CsvRecord next;
  if (!self->m_spare.empty()) {
    next = std::move(self->m_spare.back());
    self->m_spare.pop_back();
  }
  std::swap(next, self->m_current);
  self->m_ready.push_back(std::move(next));
  self->m_field = 0;
  self->m_quotes_since_record = 0;
  // The next record starts on the line after the one this record ended on (lines are fed one at a time).
  self->m_record_start = self->m_line + 1;
}

bool CsvReader::fill() {
  std::size_t got = std::fread(m_buffer.data(), 1, m_buffer.size(), m_file);
  if (got == 0) {
    if (std::ferror(m_file)) throw InputError(m_path, m_line, "", "read error");
    m_eof = true;
    if (m_quotes_since_record % 2 == 1) {
      m_truncated = true;  // the file ends inside a quoted field: a cut-off record, never imported
    } else {
      csv_fini(m_parser.get(), on_field, on_record, this);
    }
    return false;
  }
  const char* data = m_buffer.data();
  if (!m_bom_checked) {
    m_bom_checked = true;
    if (got >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
      data += 3;
      got -= 3;
      m_bytes += 3;
    }
  }
  // Feed line by line so that every record knows the line it started on. A line ends with LF, CRLF or a lone CR
  // (old Mac files); the LF of a CRLF split between two reads ends no other line.
  const char* end = data + got;
  if (m_after_cr && data < end && *data == '\n') feed(data, 1);
  m_after_cr = false;
  while (data < end) {
    const char* stop = data;
    while (stop < end && *stop != '\n' && *stop != '\r') m_quotes_since_record += *stop++ == '"';
    const bool line_end = stop < end;
    if (line_end) ++stop;
    if (line_end && stop[-1] == '\r') {
      if (stop < end && *stop == '\n') ++stop;
      else m_after_cr = stop == end;
    }
    feed(data, static_cast<std::size_t>(stop - data));
    if (line_end) {
      // A record that ended on this line already set its successor's start; blank lines move it on.
      if (m_field == 0 && m_quotes_since_record == 0 && m_record_start <= m_line) m_record_start = m_line + 1;
      ++m_line;
    }
  }
  return true;
}

void CsvReader::feed(const char*& data, std::size_t len) {
  if (csv_parse(m_parser.get(), data, len, on_field, on_record, this) != len) {
    throw InputError(m_path, m_line, "", fmt::format("CSV error: {}", csv_strerror(csv_error(m_parser.get()))));
  }
  m_bytes += len;
  data += len;
}

bool CsvReader::next(CsvRecord& record) {
  while (m_ready.empty()) {
    if (m_eof || !fill()) {
      if (m_ready.empty()) return false;
      break;
    }
  }
  m_spare.push_back(std::move(record));
  record = std::move(m_ready.front());
  m_ready.pop_front();
  return true;
}

std::vector<ImportIssue> CsvReader::take_issues() {
  std::vector<ImportIssue> out;
  out.swap(m_issues);
  return out;
}

}  // namespace huddle::core
