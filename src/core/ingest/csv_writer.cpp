#include "core/ingest/csv_writer.h"

#include "core/error.h"

namespace huddle::core {

std::string csv_field(std::string_view field) {
  // Readers (ours included) trim spaces and tabs around a field that is not quoted: such a field is quoted.
  const auto blank = [](char c) { return c == ' ' || c == '\t'; };
  const bool edges = !field.empty() && (blank(field.front()) || blank(field.back()));
  if (!edges && field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

CsvWriter::CsvWriter(const std::filesystem::path& file) : m_path(file), m_out(file, std::ios::binary | std::ios::trunc) {
  if (!m_out) throw ExportError("cannot write " + file.string());
}

void write_csv_record(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out << ',';
    out << csv_field(fields[i]);
  }
  out << '\n';
}

void CsvWriter::row(const std::vector<std::string>& fields) { write_csv_record(m_out, fields); }

void CsvWriter::close() {
  m_out.close();
  if (m_out.fail()) throw ExportError("could not finish writing " + m_path.string());
}

}  // namespace huddle::core
