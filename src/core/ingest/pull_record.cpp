#include "core/ingest/pull_record.h"

#include "core/time/iso.h"

namespace huddle::core {
namespace {

/// The setting that holds a source's last pull: its time in ISO UTC, a tab, then the error (if any).
std::string record_key(const std::string& source) { return "pull.last." + source; }

}  // namespace

void record_pull(Store& store, const std::string& source, const PullRecord& record) {
  store.set_setting(record_key(source), format_utc(record.at) + "\t" + record.error);
}

std::optional<PullRecord> last_pull(const Store& store, const std::string& source) {
  const std::optional<std::string> stored = store.setting(record_key(source));
  if (!stored) return std::nullopt;
  const std::size_t tab = stored->find('\t');
  const std::optional<UtcTime> at = parse_utc(std::string_view(*stored).substr(0, tab));
  if (!at) return std::nullopt;
  return PullRecord{*at, tab == std::string::npos ? std::string{} : stored->substr(tab + 1)};
}

}  // namespace huddle::core
