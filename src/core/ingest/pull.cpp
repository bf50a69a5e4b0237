#include "core/ingest/pull.h"
#include "core/scoped_path.h"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "core/error.h"
#include "core/ingest/ckan_source.h"
#include "core/ingest/http_client.h"
#include "core/ingest/import_job.h"
#include "core/ingest/pull_record.h"

namespace huddle::core {
namespace {

/// How far before the newest stored event of its stream a CKAN pull starts reading again. Portals rewrite recent
/// records (a case closed, a location corrected) and a time without a zone may be off by up to 14 hours; a week
/// catches both for the price of re-reading a week of unchanged rows.
constexpr std::chrono::days kCkanLookback{7};

/// What every source's pull needs.
struct PullContext {
  Store& store;
  const Settings& settings;
  const ProfileCatalog& profiles;
  const std::vector<Category>& categories;
  const Clock& clock;
  ProgressSink& progress;
  std::filesystem::path work_dir;
};

HttpOptions http_options(const Source& source) {
  HttpOptions options;
  options.timeout = source.timeout;
  options.retries = source.retries;
  return options;
}

ImportReport import_file(const PullContext& ctx, const std::filesystem::path& file, const Source& source,
                         const std::string& display_name) {
  ImportRequest request;
  request.file = file;
  request.profile = source.profile;
  request.display_name = display_name;
  ImportReport report =
      run_import_job(ctx.store, request, ctx.profiles, ctx.settings, ctx.categories, ctx.clock, ctx.progress);
  // A download's temporary file name means nothing to the reader of the report; where it came from does.
  if (!display_name.empty()) report.file = display_name;
  return report;
}

/// Imports every file of the folder whose name matches the pattern, in name order. Hidden files (a leading dot,
/// as editors and copy tools use for files being written) never match. One bad file does not stop the others:
/// each failure is added to the source's error.
void pull_folder(const PullContext& ctx, const Source& source, SourcePullResult& result) {
  if (!std::filesystem::is_directory(source.path)) {
    throw InputError(source.path, 0, "", "no such folder (the source's path)");
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(source.path)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = entry.path().filename().string();
    if (fnmatch(source.pattern.c_str(), name.c_str(), FNM_PERIOD) == 0) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end(),
            [](const auto& a, const auto& b) { return a.filename().string() < b.filename().string(); });
  std::vector<std::string> failures;
  for (const auto& file : files) {
    if (ctx.progress.cancelled()) throw Cancelled();
    try {
      result.imports.push_back(import_file(ctx, file, source, ""));
    } catch (const Cancelled&) {
      throw;
    } catch (const StorageError&) {
      throw;
    } catch (const std::exception& e) {
      failures.push_back(e.what());
    }
  }
  for (const auto& failure : failures) result.error += (result.error.empty() ? "" : "; ") + failure;
}

/// ".csv", ".json" or ".geojson" as the URL's path ends (the import job may tell formats apart by it); else ".csv".
std::string download_extension(const std::string& url) {
  std::string path = url.substr(0, url.find_first_of("?#"));
  std::transform(path.begin(), path.end(), path.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* ext : {".geojson", ".json"}) {
    const std::string_view e(ext);
    if (path.size() > e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0) return ext;
  }
  return ".csv";
}

void pull_url(const PullContext& ctx, const Source& source, std::size_t index, SourcePullResult& result) {
  ScopedPath download(ctx.work_dir / fmt::format("source-{}{}", index + 1, download_extension(source.url)));
  HttpClient http(http_options(source));
  http.download(source.url, download.path(), ctx.progress);
  result.imports.push_back(import_file(ctx, download.path(), source, source.url));
}

/// The stream the source's records go to, when it can be known before importing: from the named profile, or
/// for "auto" from the profile the resource's field names select.
std::optional<std::string> stream_of(const PullContext& ctx, const Source& source,
                                     const std::vector<std::string>& fields) {
  const Profile* profile = source.profile == "auto" ? ctx.profiles.detect(fields) : ctx.profiles.find(source.profile);
  if (profile) return profile->stream;
  return std::nullopt;  // a profile given as a file path: read everything, the import sorts it out
}

void pull_ckan(const PullContext& ctx, const Source& source, std::size_t index, SourcePullResult& result) {
  const std::string name = ckan_search_url(source);
  const auto choose_since = [&](const std::vector<std::string>& fields) -> std::optional<UtcTime> {
    // Incremental only when this very source was imported before: after the activity was cleared, or in a
    // database that holds other events of the stream (another feed, the demo city), a first pull reads everything.
    const auto extracts = ctx.store.extracts().list();
    const bool pulled_before =
        std::any_of(extracts.begin(), extracts.end(), [&](const Extract& e) { return e.file_name == name; });
    if (!pulled_before) return std::nullopt;
    const auto stream = stream_of(ctx, source, fields);
    if (!stream) return std::nullopt;
    const auto newest = ctx.store.events().newest_per_stream();
    const auto it = newest.find(*stream);
    if (it == newest.end()) return std::nullopt;
    return it->second - kCkanLookback;
  };
  ScopedPath csv(ctx.work_dir / fmt::format("source-{}.csv", index + 1));
  HttpClient http(http_options(source));
  download_ckan_resource(http, source, choose_since, csv.path(),
                         ctx.work_dir / fmt::format("source-{}-pages", index + 1), ctx.progress);
  result.imports.push_back(import_file(ctx, csv.path(), source, name));
}

}  // namespace

PullReport run_pull_job(Store& store, const Settings& settings, const ProfileCatalog& profiles,
                        const std::vector<Category>& categories, const Clock& clock, ProgressSink& progress,
                        const std::filesystem::path& work_dir) {
  const PullContext ctx{store, settings, profiles, categories, clock, progress, work_dir};
  PullReport report;
  const long count = static_cast<long>(settings.sources.size());
  for (std::size_t i = 0; i < settings.sources.size(); ++i) {
    if (progress.cancelled()) throw Cancelled();
    const Source& source = settings.sources[i];
    progress.progress("Pulling sources", static_cast<long>(i), count);
    SourcePullResult result;
    result.source = source.name;
    // A source's failure is reported and the next source runs; a failing database or a cancel ends the pull.
    try {
      std::filesystem::create_directories(work_dir);
      switch (source.kind) {
        case Source::Kind::folder:
          pull_folder(ctx, source, result);
          break;
        case Source::Kind::url:
          pull_url(ctx, source, i, result);
          break;
        case Source::Kind::ckan:
          pull_ckan(ctx, source, i, result);
          break;
      }
    } catch (const Cancelled&) {
      throw;
    } catch (const StorageError&) {
      throw;
    } catch (const std::exception& e) {
      result.error = e.what();
    }
    record_pull(store, source.name, {clock.now(), result.error});
    report.sources.push_back(std::move(result));
  }
  progress.progress("Pulling sources", count, count);
  return report;
}

}  // namespace huddle::core
