#pragma once
/// \file
/// CsvWriter: writes RFC 4180 CSV (quoting only where needed), for extracts the demo and pulls write.

#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace huddle::core {

/// Writes rows to a CSV file; fields with commas, quotes or line ends, or spaces or tabs at either end, are quoted,
/// quotes doubled; values are written as they are (a leading = + - @ stays: these files are extracts to import, not
/// spreadsheets). LF line ends.
class CsvWriter {
 public:
  /// Creates (truncates) `file`; throws ExportError when it cannot.
  explicit CsvWriter(const std::filesystem::path& file);
  /// Writes one row.
  void row(const std::vector<std::string>& fields);
  /// Flushes and closes; throws ExportError when the data could not be written.
  void close();

 private:
  std::filesystem::path m_path;
  std::ofstream m_out;
};

/// Writes one CSV record (fields quoted where needed) and its LF line end to `out`.
void write_csv_record(std::ostream& out, const std::vector<std::string>& fields);

/// `field` as it stands in a CSV row.
std::string csv_field(std::string_view field);

}  // namespace huddle::core
