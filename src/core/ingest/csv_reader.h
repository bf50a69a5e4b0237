#pragma once
/// \file
/// CsvReader: a streaming RFC 4180 reader (libcsv underneath) that knows each record's line number.

#include <cstdint>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/ingest/import_report.h"

struct csv_parser;

namespace huddle::core {

/// One record: its fields and the physical line it starts on (1 = the header).
struct CsvRecord {
  std::vector<std::string> fields;  ///< Field texts, valid UTF-8 (invalid bytes repaired to U+FFFD).
  long line = 0;                    ///< 1-based line where the record starts.
};

/// Reads a CSV file record by record in constant memory: quoted commas, doubled quotes, embedded newlines,
/// mixed CRLF/LF/CR line ends, a UTF-8 BOM. Invalid UTF-8 is repaired and reported; a last record cut inside a quoted
/// field is reported (`truncated()`) and not returned.
class CsvReader {
 public:
  /// Opens `file`; throws InputError when it cannot be read.
  explicit CsvReader(const std::filesystem::path& file);
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  /// Reads the next record into `record` (reusing its storage); false at the end of the file.
  /// With a column filter set, unwanted fields are left empty (faster).
  bool next(CsvRecord& record);
  /// Only fields whose index is true in `wanted` are kept from now on (the others read as empty).
  void keep_only(std::vector<bool> wanted) { m_wanted = std::move(wanted); }
  /// True when the file ended inside a quoted field (a cut-off last record, not returned).
  bool truncated() const { return m_truncated; }
  /// Warnings collected so far (repaired UTF-8, by line); cleared by the call.
  std::vector<ImportIssue> take_issues();
  /// Bytes consumed so far (for progress).
  std::uint64_t bytes_read() const { return m_bytes; }
  /// Size of the file in bytes.
  std::uint64_t size() const { return m_size; }

 private:
  static void on_field(void* data, std::size_t size, void* self);
  static void on_record(int terminator, void* self);
  bool fill();
  void feed(const char*& data, std::size_t len);  // parses `len` bytes at `data` and moves `data` past them

  std::filesystem::path m_path;
  std::FILE* m_file = nullptr;
  std::unique_ptr<csv_parser> m_parser;
  std::vector<char> m_buffer;
  std::deque<CsvRecord> m_ready;
  CsvRecord m_current;
  std::size_t m_field = 0;
  std::vector<bool> m_wanted;
  long m_line = 1;
  long m_record_start = 1;
  long m_quotes_since_record = 0;
  bool m_bom_checked = false;
  bool m_eof = false;
  bool m_after_cr = false;  // the last read ended with CR: a LF first in the next one ends no line
  bool m_truncated = false;
  std::uint64_t m_bytes = 0;
  std::uint64_t m_size = 0;
  std::vector<ImportIssue> m_issues;
  std::vector<CsvRecord> m_spare;
};

/// Replaces invalid UTF-8 in `text` with U+FFFD; true when anything was replaced.
bool repair_utf8(std::string& text);

}  // namespace huddle::core
