#include "core/ingest/data_freshness.h"

#include <fnmatch.h>

#include <chrono>

#include <fmt/format.h>

#include "core/ingest/ckan_source.h"

namespace huddle::core {

bool came_from(const Extract& extract, const Source& source) {
  switch (source.kind) {
    case Source::Kind::url:
      return extract.file_name == source.url;
    case Source::Kind::ckan:
      return extract.file_name == ckan_search_url(source);
    case Source::Kind::folder: {
      // A profile given as a file may call itself anything: then the pattern alone decides.
      const bool any_profile = source.profile == "auto" || source.profile.ends_with(".toml");
      return (any_profile || extract.profile == source.profile) &&
             fnmatch(source.pattern.c_str(), extract.file_name.c_str(), FNM_PERIOD) == 0;
    }
  }
  return false;
}

DataFreshness data_freshness(Store& store, const std::vector<std::string>& streams,
                             const std::vector<Source>& sources) {
  const auto newest = store.events().newest_per_stream();
  const auto imported = store.extracts().list();  // newest import first: the first match is the last import
  DataFreshness out;
  for (const auto& stream : streams) {
    StreamFreshness f{stream, std::nullopt, std::nullopt};
    if (const auto it = newest.find(stream); it != newest.end()) f.newest_event = it->second;
    for (const auto& e : imported) {
      if (e.stream == stream) {
        f.last_import = e;
        break;
      }
    }
    out.streams.push_back(std::move(f));
  }
  for (const auto& source : sources) {
    SourceFreshness f{source.name, std::nullopt, last_pull(store, source.name)};
    for (const auto& e : imported) {
      if (came_from(e, source)) {
        f.last_import = e;
        break;
      }
    }
    out.sources.push_back(std::move(f));
  }
  return out;
}

std::string format_age(UtcTime t, UtcTime now) {
  using namespace std::chrono;
  const bool future = t > now;
  const long minutes = duration_cast<std::chrono::minutes>(future ? t - now : now - t).count();
  std::string span;
  if (minutes < 1) return "just now";
  if (minutes < 60) {
    span = fmt::format("{} min", minutes);
  } else if (minutes < 10 * 60) {
    span = minutes % 60 ? fmt::format("{} h {} min", minutes / 60, minutes % 60) : fmt::format("{} h", minutes / 60);
  } else if (minutes < 48 * 60) {
    span = fmt::format("{} h", minutes / 60);
  } else {
    span = fmt::format("{} days", minutes / (24 * 60));
  }
  return future ? "in " + span : span + " ago";
}

}  // namespace huddle::core
