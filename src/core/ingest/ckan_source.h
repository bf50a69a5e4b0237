#pragma once
/// \file
/// Reading a CKAN DataStore resource page by page (`datastore_search`) into one CSV extract.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/config/settings.h"
#include "core/ingest/http_client.h"
#include "core/model/time_types.h"
#include "core/progress.h"

namespace huddle::core {

/// Decides, from the resource's field names, the oldest `time_field` value still needed (std::nullopt = all).
using CkanSinceChooser = std::function<std::optional<UtcTime>(const std::vector<std::string>& fields)>;

/// What reading a resource did.
struct CkanDownload {
  std::vector<std::string> fields;  ///< Column names written (the resource's fields without `_id`).
  long records = 0;                 ///< Data rows written.
  long total = 0;                   ///< Records the resource holds (as CKAN counts them).
  long pages = 0;                   ///< datastore_search requests made for records.
  bool incremental = false;         ///< True when paging stopped at the `since` time rather than the end.
};

/// The address that names a CKAN source in reports and in the extract table (the first page's URL, without
/// paging parameters): `{url}/api/3/action/datastore_search?resource_id={id}`.
std::string ckan_search_url(const Source& source);

/// Reads `source`'s DataStore resource into `csv_file` (header from the resource's fields, `_id` left out; one
/// CSV record per DataStore record, RFC 4180 quoting, oldest first). First asks for the fields alone, then lets
/// `choose_since` name the oldest time still needed: with a time it pages newest first and stops after the page
/// that reaches it; without one it reads everything in `_id` order. Page files go to `scratch_dir` (created; the
/// caller removes it). Throws InputError naming the request URL (HTTP failure after retries, CKAN error message,
/// a body that is not DataStore JSON, fields that change between pages), Cancelled when `progress` asks.
CkanDownload download_ckan_resource(HttpClient& http, const Source& source, const CkanSinceChooser& choose_since,
                                    const std::filesystem::path& csv_file, const std::filesystem::path& scratch_dir,
                                    ProgressSink& progress);

/// Reads the leading date and time of a DataStore value: `YYYY-MM-DD`, then optionally `T` or a space and
/// `HH:MM[:SS[.fraction]]`, then optionally `Z` or an offset (`+00`, `-0500`, `-05:00`). A value without an
/// offset is taken as UTC (callers allow a margin for the zone). std::nullopt when the value does not start so.
std::optional<UtcTime> parse_ckan_time(std::string_view text);

}  // namespace huddle::core
