#pragma once
/// \file
/// RowNormaliser: one extract row, read through its profile, becomes an Event (or a rejection with a reason).

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/ingest/csv_reader.h"
#include "core/ingest/import_report.h"
#include "core/ingest/profile.h"
#include "core/ingest/time_parser.h"
#include "core/model/event.h"

namespace huddle::core {

/// Reads rows of one file with one profile.
class RowNormaliser {
 public:
  /// Resolves the profile's columns in `header`. Throws InputError (line 1) naming the first column the profile
  /// needs and the header lacks. `zone` is the zone of naive times; `shift` applies the Boston legacy correction.
  RowNormaliser(const Profile& profile, const std::vector<std::string>& header, const std::filesystem::path& file,
                const std::string& zone, bool shift);

  /// The columns rows need (for CsvReader::keep_only).
  std::vector<bool> wanted_columns() const;
  /// The event of `record`, or std::nullopt with `problem` filled (line, column, reason). Cleans the record's
  /// fields in place (HTML entities).
  std::optional<Event> normalise(CsvRecord& record, ImportIssue& problem);
  /// Raw types that fell to the default category, with their counts (none for a profile without rules).
  const std::unordered_map<std::string, long>& unmapped_types() const { return m_unmapped; }

 private:
  struct Rule {
    std::size_t column;
    std::string category;
    std::vector<std::string> equals, prefix, contains;  // lower-case
  };

  std::size_t column(const std::string& name) const;
  std::string_view value(const CsvRecord& record, std::size_t column) const;
  std::string joined(const CsvRecord& record, const std::vector<std::size_t>& columns, std::string_view sep) const;
  std::string source_id(const CsvRecord& record);
  bool read_time(const CsvRecord& record, Event& e, ImportIssue& problem);
  void read_location(const CsvRecord& record, Event& e);
  void clean_address(std::string& address) const;
  const std::string& category_of(const CsvRecord& record, const std::string& raw_type);

  const Profile& m_profile;
  std::filesystem::path m_file;
  std::unordered_map<std::string, std::size_t> m_index;  // header key -> column
  std::vector<std::size_t> m_id, m_type, m_address;
  std::size_t m_header_size = 0;
  std::size_t m_time = 0;
  std::optional<std::size_t> m_lat, m_lon, m_point, m_group;
  std::vector<std::size_t> m_content;  // every mapped column, for ids built from content
  std::vector<Rule> m_rules;
  std::vector<std::size_t> m_rule_columns;  // distinct columns rules read
  std::vector<std::string> m_lowered;       // per column: this row's value in lower case (rule columns only)
  std::vector<std::string> m_blanks;
  TimeParser m_times;
  ZoneConverter m_zone;
  bool m_shift;
  std::unordered_map<std::string, long> m_unmapped;
  std::unordered_map<std::uint64_t, int> m_content_seen;
};

}  // namespace huddle::core
