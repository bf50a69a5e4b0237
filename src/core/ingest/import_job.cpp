#include "core/ingest/import_job.h"

#include <algorithm>
#include <thread>
#include <unordered_set>

#include <fmt/format.h>

#include "core/analysis/cell_tally.h"
#include "core/error.h"
#include "core/ingest/batch_queue.h"
#include "core/ingest/content_hash.h"
#include "core/ingest/record_source.h"
#include "core/ingest/repeat_linker.h"
#include "core/ingest/row_normaliser.h"
#include "core/ingest/time_parser.h"
#include "core/ingest/header_names.h"
#include "core/report/text_escape.h"
#include "core/time/iso.h"

namespace huddle::core {
namespace {

/// Days before now that the next morning's ranking reads: an import packs them for it at once.
constexpr int kRankedDays = kHistoryDays + kBaselineLagDays + 1;

constexpr std::size_t kIssueCap = 200;
constexpr long kShiftSampleRows = 10000;

void add_issue(ImportReport& report, ImportIssue issue) {
  ++report.issues_total;
  if (report.issues.size() < kIssueCap) report.issues.push_back(std::move(issue));
}

std::vector<std::string> category_ids(const std::vector<Category>& categories) {
  std::vector<std::string> ids;
  for (const auto& c : categories) ids.push_back(c.id);
  return ids;
}

/// The profile the request names, or the one the header matches.
Profile choose_profile(const ImportRequest& request, const ProfileCatalog& profiles, const RecordSource& source,
                       const std::vector<Category>& categories) {
  const std::string& choice = request.profile;
  if (choice.empty() || choice == "auto") {
    if (const Profile* p = profiles.detect(source.header())) return *p;
    std::vector<std::string> shown;  // the first names, each cut short: a header may be 50 MB of anything
    for (std::size_t i = 0; i < std::min<std::size_t>(source.header().size(), 8); ++i) {
      shown.push_back(excerpt(source.header()[i], 40));
    }
    throw InputError(request.file, 1, "",
                     fmt::format("no profile matches this header ({}{}); name one with --profile, or write a profile "
                                 "for this layout (docs/profiles.md)",
                                 fmt::join(shown, ","), source.header().size() > 8 ? ",…" : ""));
  }
  if (choice.ends_with(".toml") || choice.find('/') != std::string::npos) return load_profile(choice, category_ids(categories));
  if (const Profile* p = profiles.find(choice)) return *p;
  throw InputError(request.file, 0, "", fmt::format("unknown profile '{}' (see huddle-cli profiles list)", choice));
}

/// Counts what reveals the Boston legacy shift (FORMATS.md §1.5) in a sample of rows.
struct ShiftEvidence {
  long targets = 0, shifted_targets = 0;  // 08:30 SLA targets shown as 03:30 / 04:30
  long closings = 0, shifted_closings = 0;  // closed time 4 or 5 h before the "Closed date :" text

  /// Shifted when 30 % of the targets are, or most of at least five comparable closings are.
  bool shifted() const {
    return (targets > 0 && shifted_targets * 10 >= targets * 3) || (closings >= 5 && shifted_closings * 2 > closings);
  }
};

std::optional<std::size_t> index_of(const std::vector<std::string>& header, const std::string& name) {
  if (name.empty()) return std::nullopt;
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header_key(header[i]) == header_key(name)) return i;
  }
  return std::nullopt;
}

void weigh_target(std::string_view v, ShiftEvidence& evidence) {
  while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
  if (v.size() < 8) return;
  ++evidence.targets;
  const auto tail = v.substr(v.size() - 8);
  evidence.shifted_targets += (tail == "03:30:00" || tail == "04:30:00") ? 1 : 0;
}

void weigh_closing(std::string_view closed, std::string_view text, const TimeParser& times, ShiftEvidence& evidence) {
  static const TimeParser kClosureText({"%Y-%m-%d %H:%M:%S"});
  const auto at = text.find("Closed date : ");
  if (at == std::string_view::npos || closed.empty()) return;
  const auto written = kClosureText.parse(text.substr(at + 14, 19));
  const auto shown = times.parse(closed);
  if (!written || !shown) return;
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(shown->wall - written->wall).count();
  ++evidence.closings;
  evidence.shifted_closings += (std::abs(minutes + 240) <= 2 || std::abs(minutes + 300) <= 2) ? 1 : 0;
}

/// Decides the Boston legacy shift on the first rows of the file; `why` says what was seen.
bool detect_boston_shift(const std::filesystem::path& file, const Profile& profile, std::string& why) {
  auto source = open_records(file);
  const auto& header = source->header();
  const auto target = index_of(header, profile.shift_check_column);
  const auto closed = index_of(header, profile.shift_closed_column);
  const auto text = index_of(header, profile.shift_closed_text_column);
  std::vector<bool> wanted(header.size(), false);
  for (const auto& c : {target, closed, text}) {
    if (c) wanted[*c] = true;
  }
  source->keep_only(wanted);
  const TimeParser times(profile.time_formats);
  ShiftEvidence evidence;
  CsvRecord record;
  for (long rows = 0; rows < kShiftSampleRows && source->next(record); ++rows) {
    if (record.fields.size() != header.size()) continue;
    if (target) weigh_target(record.fields[*target], evidence);
    if (closed && text) weigh_closing(record.fields[*closed], record.fields[*text], times, evidence);
  }
  const bool apply = evidence.shifted();
  why = fmt::format("{}: {} of {} {} values end in 03:30/04:30; {} of {} closed times are 4-5 h before the "
                    "\"Closed date :\" text",
                    apply ? "Boston legacy shift applied" : "none", evidence.shifted_targets, evidence.targets,
                    profile.shift_check_column.empty() ? "target" : profile.shift_check_column,
                    evidence.shifted_closings, evidence.closings);
  return apply;
}

/// One row read: its event, or why it was rejected.
struct Row {
  std::optional<Event> event;
  ImportIssue problem;
};

/// Rows handed from the reading thread to the writing one.
struct RowBatch {
  std::vector<Row> rows;
  std::uint64_t bytes_read = 0;  // of the file, after these rows (for progress)
};

constexpr std::size_t kRowsPerBatch = 2048;

/// The reading thread: records through the normaliser into batches, until the end or until the writer stops.
void read_rows(RecordSource& source, RowNormaliser& normaliser, BatchQueue<RowBatch>& queue) {
  try {
    CsvRecord record;
    RowBatch batch;
    while (source.next(record)) {
      Row row;
      row.event = normaliser.normalise(record, row.problem);
      if (!row.event && std::string_view(source.position_word()) != "line") {
        row.problem.message = fmt::format("{} {}: {}", source.position_word(), row.problem.line, row.problem.message);
      }
      batch.rows.push_back(std::move(row));
      if (batch.rows.size() == kRowsPerBatch) {
        batch.bytes_read = source.bytes_read();
        if (!queue.push(std::move(batch))) return;
        batch = RowBatch{};
      }
    }
    batch.bytes_read = source.bytes_read();
    if (!batch.rows.empty() && !queue.push(std::move(batch))) return;
    queue.finish();
  } catch (...) {
    queue.fail(std::current_exception());
  }
}

/// Links repeats among the located events around what this import wrote; returns how many of its rows are linked.
/// A new first report can turn later first reports into repeats, and so on down a chain: the range read grows until
/// no event near its end changed between first report and repeat.
long link_repeats(Store& store, std::int64_t extract_id, UtcTime first, UtcTime last) {
  const RepeatRule rule;
  // Read twice the window before the first new event, so that the events whose links may change see their roots.
  const UtcTime from = first - 2 * rule.window, settled = first - rule.window;
  UtcTime to = last + rule.window;
  for (;;) {
    std::vector<std::pair<std::int64_t, std::optional<std::int64_t>>> changes;
    std::optional<UtcTime> last_flip;
    long linked = 0;
    RepeatLinker linker(rule);
    store.events().for_each_located(from, to + rule.window + std::chrono::seconds{1}, [&](const LocatedEvent& e) {
      const auto link = linker.add(e);
      if (e.extract_id == extract_id && link) ++linked;
      if (e.occurred_utc < settled || link == e.linked_to) return;
      changes.emplace_back(e.id, link);
      if (link.has_value() != e.linked_to.has_value() && e.extract_id != extract_id) {
        last_flip = std::max(last_flip.value_or(e.occurred_utc), e.occurred_utc);
      }
    });
    if (last_flip && *last_flip + rule.window > to) {
      to = *last_flip + rule.window;  // the chain may go on past what was read
      continue;
    }
    store.events().set_links(changes);
    return linked;
  }
}

}  // namespace

const Profile* detect_profile(const std::filesystem::path& file, const ProfileCatalog& profiles) {
  return profiles.detect(open_records(file)->header());
}

ImportReport run_import_job(Store& store, const ImportRequest& request, const ProfileCatalog& profiles,
                            const Settings& settings, const std::vector<Category>& categories, const Clock& clock,
                            ProgressSink& progress) {
  ImportReport report;
  const std::string name = request.display_name.empty() ? request.file.filename().string() : request.display_name;
  report.file = request.display_name.empty() ? request.file.string() : request.display_name;
  auto source = open_records(request.file);
  const Profile profile = choose_profile(request, profiles, *source, categories);
  report.profile = profile.name;
  report.stream = profile.stream;
  report.sha256 = sha256_of_file(request.file);
  if (auto earlier = store.extracts().by_hash(report.sha256, profile.name)) {
    report.already_imported = true;
    report.rows_read = earlier->rows_read;
    report.unchanged = earlier->rows_read - earlier->rejected;
    report.rejected = earlier->rejected;
    report.time_shift = "not checked (already imported)";
    return report;
  }

  bool shift = profile.shift == TimeShift::boston_legacy;
  report.time_shift = shift ? "Boston legacy shift applied (profile)" : "none";
  if (profile.shift == TimeShift::automatic) shift = detect_boston_shift(request.file, profile, report.time_shift);
  const std::string zone = profile.time_zone.empty() ? settings.time_zone : profile.time_zone;
  RowNormaliser normaliser(profile, source->header(), request.file, zone, shift);
  source->keep_only(normaliser.wanted_columns());
  const bool grouped = !profile.group_column.empty();
  const std::uint64_t source_size = source->size();

  store.transaction([&] {
    Extract extract{0, name, report.sha256, profile.name, profile.stream, clock.now(), 0, 0, 0};
    store.extracts().add(extract);
    auto upserter = store.events().upserter(grouped);
    std::unordered_set<std::string> groups_seen;
    std::optional<UtcTime> first, last;
    std::int64_t id = 0;
    // Reading and normalising run on a second thread while this one writes: SQLite is the other half of the work.
    BatchQueue<RowBatch> queue(4);
    std::thread reader([&] { read_rows(*source, normaliser, queue); });
    struct JoinReader {  // on every way out, the reader stops and is waited for
      BatchQueue<RowBatch>& queue;
      std::thread& reader;
      void join() {
        queue.stop();
        if (reader.joinable()) reader.join();
      }
      ~JoinReader() { join(); }
    } join_reader{queue, reader};
    while (auto batch = queue.pop()) {
      for (auto& row : batch->rows) {
        ++report.rows_read;
        if (!row.event) {
          ++report.rejected;
          add_issue(report, std::move(row.problem));
          continue;
        }
        Event& event = *row.event;
        event.extract_id = extract.id;
        const bool repeat_of_group = grouped && !groups_seen.insert(event.source_id).second;
        const UpsertOutcome outcome = upserter->upsert(event, id);
        if (repeat_of_group) ++report.grouped;
        else if (outcome == UpsertOutcome::inserted) ++report.accepted;
        else if (outcome == UpsertOutcome::updated) ++report.updated;
        else ++report.unchanged;
        if (outcome != UpsertOutcome::unchanged && !repeat_of_group && !event.located()) ++report.unlocated;
        if (outcome != UpsertOutcome::unchanged && event.located()) {
          first = first ? std::min(*first, event.occurred_utc) : event.occurred_utc;
          last = last ? std::max(*last, event.occurred_utc) : event.occurred_utc;
        }
      }
      progress.progress("Importing " + name, static_cast<long>(batch->bytes_read >> 10),
                        static_cast<long>(source_size >> 10) + 1);
      if (progress.cancelled()) throw Cancelled();
    }
    join_reader.join();  // the source is the reader's until it has ended
    for (auto& issue : source->take_issues()) add_issue(report, std::move(issue));
    if (source->truncated()) {
      ++report.rows_read;
      ++report.rejected;
      add_issue(report, {ImportIssue::Severity::error, 0, "",
                         "the file ends inside a quoted field: its last record is cut off and was not imported"});
    }
    if (first) report.linked = link_repeats(store, extract.id, *first, *last);
    store.events().pack_rankable(clock.now() - std::chrono::days{kRankedDays});
    extract.rows_read = report.rows_read;
    extract.accepted = report.accepted + report.updated;
    extract.rejected = report.rejected;
    store.extracts().update_counts(extract);
  });

  std::vector<std::pair<std::string, long>> unmapped(normaliser.unmapped_types().begin(), normaliser.unmapped_types().end());
  std::sort(unmapped.begin(), unmapped.end(),
            [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  if (unmapped.size() > 10) unmapped.resize(10);
  report.unmapped_types = std::move(unmapped);
  progress.progress("Imported " + name, 1, 1);
  return report;
}

}  // namespace huddle::core
