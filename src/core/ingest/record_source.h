#pragma once
/// \file
/// RecordSource: the rows of an extract, whatever its file format (CSV, GeoJSON), with their header.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/ingest/csv_reader.h"

namespace huddle::core {

/// Rows of one extract file.
class RecordSource {
 public:
  virtual ~RecordSource() = default;
  /// Column names as written in the file.
  virtual const std::vector<std::string>& header() const = 0;
  /// The next row; false at the end. For GeoJSON, `line` is the feature's number.
  virtual bool next(CsvRecord& record) = 0;
  /// Keeps only the wanted columns (an optimisation; others read as empty).
  virtual void keep_only(std::vector<bool> wanted) = 0;
  /// Warnings collected so far; cleared by the call.
  virtual std::vector<ImportIssue> take_issues() = 0;
  /// True when the file was cut off inside its last record.
  virtual bool truncated() const = 0;
  /// Progress: bytes read so far and in all.
  virtual std::uint64_t bytes_read() const = 0;
  virtual std::uint64_t size() const = 0;  ///< Size of the file in bytes.
  /// "feature" for GeoJSON, "line" for CSV: how `CsvRecord::line` reads in messages.
  virtual const char* position_word() const = 0;
};

/// Opens `file` as GeoJSON (when it starts with '{') or CSV, and reads its header. Throws InputError for an
/// unreadable or empty file, a UTF-16 or binary file, or GeoJSON that is not a FeatureCollection.
std::unique_ptr<RecordSource> open_records(const std::filesystem::path& file);

/// The synthetic columns a GeoJSON source adds for each feature's Point geometry.
inline constexpr const char* kGeoJsonLatitude = "@latitude";
inline constexpr const char* kGeoJsonLongitude = "@longitude";  ///< See kGeoJsonLatitude.

}  // namespace huddle::core
