#include "core/report/packet_xlsx.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cmath>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/huddle/action_groups.h"
#include "core/ingest/csv_reader.h"
#include "core/report/ranking_text.h"
#include "core/report/text_escape.h"
#include "core/report/today_text.h"

namespace huddle::core {
namespace {

namespace fs = std::filesystem;

/// Excel's limit on the characters of one cell.
constexpr std::size_t kMaxCellChars = 32767;
/// Widest column, in characters: longer text runs on past the column's edge.
constexpr double kMaxColumnWidth = 60;
/// Room beside a heading for the filter's drop-down button.
constexpr std::size_t kFilterButton = 3;
/// Excel's serial day number of 1970-01-01 (its day 0 is 1899-12-30).
constexpr double kUnixEpochSerial = 25569;
constexpr double kDaySeconds = 86400;

/// Length of the UTF-8 sequence that starts with byte `c` (the text is valid UTF-8).
std::size_t sequence_length(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

/// True when `text` at `at` reads "_xHHHH_", which Excel would take as the code of one character.
bool looks_like_code(std::string_view text, std::size_t at) {
  if (at + 7 > text.size() || text[at] != '_' || text[at + 1] != 'x' || text[at + 6] != '_') return false;
  const auto hex = text.substr(at + 2, 4);
  return std::all_of(hex.begin(), hex.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
}

/// Text from an extract or a person as a cell holds it: valid UTF-8 on one line without control characters (most
/// of which XML cannot carry at all), U+FFFE and U+FFFF replaced, at most Excel's 32,767 characters, and a literal
/// "_xHHHH_" kept literal by escaping its underscore as Excel does ("_x005F_"). Sets `chars` to its length.
std::string cell_text(std::string_view raw, std::size_t& chars) {
  std::string valid(raw);
  repair_utf8(valid);
  const std::string line = one_line(valid);
  std::string out;
  out.reserve(line.size());
  chars = 0;
  for (std::size_t i = 0; i < line.size() && chars < kMaxCellChars; ++chars) {
    const std::size_t len = sequence_length(static_cast<unsigned char>(line[i]));
    const std::string_view ch = std::string_view(line).substr(i, len);
    if (ch == "\xEF\xBF\xBE" || ch == "\xEF\xBF\xBF") {
      out += "\xEF\xBF\xBD";
    } else {
      if (looks_like_code(line, i)) out += "_x005F";
      out += ch;
    }
    i += len;
  }
  return out;
}

/// The workbook being written, in constant-memory mode: libxlsxwriter sets that mode for the whole workbook, so
/// every sheet — not only Events — is written strictly row after row and each row leaves memory for a temporary
/// file once the next one starts. Column widths, the frozen pane, the filter and the drop-down do not belong to
/// rows and are set when a sheet's rows are done.
class Book {
 public:
  /// Starts the workbook that will be written at `temporary` (it stands for `file` in error messages). Its
  /// temporary files go in `file`'s folder, which is where the output has to fit anyway (the system's temporary
  /// folder may be memory).
  Book(const fs::path& temporary, const fs::path& file)
      : m_file(file), m_folder(file.parent_path().empty() ? "." : file.parent_path().string()) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_folder.data();
    m_workbook = workbook_new_opt(temporary.c_str(), &options);
    if (!m_workbook) fail("out of memory");
    bold = add_format([](lxw_format* f) { format_set_bold(f); });
    date = add_format([](lxw_format* f) { format_set_num_format(f, "yyyy-mm-dd"); });
    date_time = add_format([](lxw_format* f) { format_set_num_format(f, "yyyy-mm-dd hh:mm"); });
    decimal = add_format([](lxw_format* f) { format_set_num_format(f, "0.00"); });
    duration = add_format([](lxw_format* f) { format_set_num_format(f, "[m]:ss"); });
  }
  // An abandoned workbook is closed, not freed: lxw_workbook_free leaves each constant-memory sheet's temporary
  // file open (a descriptor, and the rows written so far on disk). It is written into the temporary path, which
  // write_file_atomically removes.
  ~Book() {
    if (m_workbook) workbook_close(m_workbook);
  }
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;

  /// A new sheet named `name` after the others.
  lxw_worksheet* add_sheet(const std::string& name) {
    lxw_worksheet* sheet = workbook_add_worksheet(m_workbook, name.c_str());
    if (!sheet) fail(fmt::format("cannot add the {} sheet", name));
    return sheet;
  }

  /// Writes the file; the workbook is gone afterwards, whether it worked or not.
  void close() {
    const lxw_error error = workbook_close(std::exchange(m_workbook, nullptr));
    if (error != LXW_NO_ERROR) fail(lxw_strerror(error));
  }

  /// Throws ExportError naming the file.
  [[noreturn]] void fail(std::string_view why) const {
    throw ExportError(fmt::format("cannot write {}: {}", m_file.string(), why));
  }

  lxw_format* bold = nullptr;       ///< Headings and labels.
  lxw_format* date = nullptr;       ///< A local date.
  lxw_format* date_time = nullptr;  ///< A local date and time, to the minute.
  lxw_format* decimal = nullptr;    ///< Scores and rates: two decimals.
  lxw_format* duration = nullptr;   ///< Minutes and seconds.

 private:
  template <typename Set>
  lxw_format* add_format(Set set) {
    lxw_format* format = workbook_add_format(m_workbook);
    if (!format) fail("out of memory");
    set(format);
    return format;
  }

  fs::path m_file;
  std::string m_folder;
  lxw_workbook* m_workbook = nullptr;
};

/// One sheet, written cell after cell, row after row: a block of label/value lines may come first, then one table
/// under a bold heading, frozen below it and filtered. Remembers each column's widest content for its width.
class Sheet {
 public:
  /// Adds sheet `name` to `book`.
  Sheet(Book& book, const std::string& name) : m_book(book), m_sheet(book.add_sheet(name)), m_name(name) {}

  /// Starts a new row (the first call starts the first row).
  void next_row() {
    ++m_row;
    m_col = 0;
  }
  /// The table's heading on a row of its own, in bold; the table's data follows on the next rows.
  void heading(std::initializer_list<std::string_view> titles) {
    next_row();
    m_heading_row = m_row;
    m_columns = static_cast<lxw_col_t>(titles.size());
    for (const auto title : titles) {
      std::size_t chars = 0;
      check(worksheet_write_string(m_sheet, row(), m_col, cell_text(title, chars).c_str(), m_book.bold));
      fit(chars + kFilterButton);
    }
  }
  /// Text, always as a string (never a formula, whatever it starts with), cleaned by cell_text.
  void text(std::string_view raw, lxw_format* format = nullptr) {
    std::size_t chars = 0;
    const std::string value = cell_text(raw, chars);
    if (!value.empty()) check(worksheet_write_string(m_sheet, row(), m_col, value.c_str(), format));
    fit(chars);
  }
  /// A number; not a number or infinite leaves the cell blank.
  void number(double value, lxw_format* format = nullptr) {
    if (!std::isfinite(value)) return skip();
    check(worksheet_write_number(m_sheet, row(), m_col, value, format));
    fit(format == m_book.decimal ? fmt::formatted_size("{:.2f}", value) : fmt::formatted_size("{}", value));
  }
  /// A whole number.
  void count(long value) { number(static_cast<double>(value)); }
  /// A local date.
  void date(Date d) {
    number_as(kUnixEpochSerial + static_cast<double>(std::chrono::sys_days{d}.time_since_epoch().count()), m_book.date,
              10);
  }
  /// Instant `t` as a local date and time in `schedule`'s zone.
  void time(UtcTime t, const HuddleSchedule& schedule) {
    const auto local = static_cast<double>(schedule.to_local(t).time_since_epoch().count());
    number_as(kUnixEpochSerial + local / kDaySeconds, m_book.date_time, 16);
  }
  /// A length of time, shown as minutes and seconds.
  void duration(int seconds) { number_as(seconds / kDaySeconds, m_book.duration, 5); }
  /// True or false.
  void boolean(bool value) {
    check(worksheet_write_boolean(m_sheet, row(), m_col, value, nullptr));
    fit(5);
  }
  /// Leaves the cell empty.
  void skip() { ++m_col; }

  /// True when the sheet has no room for another row.
  bool full() const { return m_row + 1 >= static_cast<long>(LXW_ROW_MAX); }

  /// Freezes the rows down to the heading, filters the table and sets the column widths.
  void finish() {
    worksheet_freeze_panes(m_sheet, static_cast<lxw_row_t>(m_heading_row + 1), 0);
    check(worksheet_autofilter(m_sheet, static_cast<lxw_row_t>(m_heading_row), 0, row(),
                               static_cast<lxw_col_t>(m_columns - 1)));
    for (std::size_t c = 0; c < m_widths.size(); ++c) {
      const double width = std::min(static_cast<double>(m_widths[c]) + 2, kMaxColumnWidth);
      const auto col = static_cast<lxw_col_t>(c);
      check(worksheet_set_column(m_sheet, col, col, width, nullptr));
    }
  }

  /// The current row (0-based, as libxlsxwriter counts).
  lxw_row_t row() const { return static_cast<lxw_row_t>(m_row); }
  /// The heading's row.
  lxw_row_t heading_row() const { return static_cast<lxw_row_t>(m_heading_row); }
  /// The underlying worksheet.
  lxw_worksheet* worksheet() const { return m_sheet; }

 private:
  void number_as(double value, lxw_format* format, std::size_t chars) {
    check(worksheet_write_number(m_sheet, row(), m_col, value, format));
    fit(chars);
  }
  /// Widens the current column to `chars` and moves to the next one.
  void fit(std::size_t chars) {
    if (m_widths.size() <= m_col) m_widths.resize(m_col + 1u, 0);
    m_widths[m_col] = std::max(m_widths[m_col], chars);
    ++m_col;
  }
  void check(lxw_error error) const {
    if (error != LXW_NO_ERROR) m_book.fail(fmt::format("{} sheet: {}", m_name, lxw_strerror(error)));
  }

  Book& m_book;
  lxw_worksheet* m_sheet;
  std::string m_name;
  long m_row = -1;
  long m_heading_row = 0;
  lxw_col_t m_columns = 1;
  lxw_col_t m_col = 0;
  std::vector<std::size_t> m_widths;
};

/// A place's name as the sheets show it: its name, or its id until it has one.
std::string_view place_label(const Place& place) { return place.name.empty() ? place.id : place.name; }

/// The name of a listed place by id, or the id.
std::string_view place_label(const Packet& packet, const std::string& id) {
  for (const auto* list : {&packet.brief.ranking.lists.top, &packet.brief.ranking.lists.watch}) {
    for (const auto& p : *list) {
      if (p.place.id == id) return place_label(p.place);
    }
  }
  return id;
}

/// The department's name, or "" when unknown.
std::string_view department_name(const Packet& packet, std::optional<std::int64_t> id) {
  const Department* d = id ? packet.department(*id) : nullptr;
  return d ? std::string_view{d->name} : std::string_view{};
}

void write_summary(Book& book, const Packet& packet) {
  const Huddle& huddle = packet.brief.huddle;
  Sheet sheet(book, "Summary");
  const auto label = [&](std::string_view text) {
    sheet.next_row();
    sheet.text(text, book.bold);
  };
  label("City");
  sheet.text(packet.city);
  label("Huddle date");
  sheet.date(huddle.date);
  label("Cutoff");
  sheet.time(huddle.cutoff_utc, packet.schedule);
  label("Window start");
  sheet.time(huddle.window_start_utc, packet.schedule);
  label("Time zone");
  sheet.text(packet.schedule.zone_name());
  label("State");
  sheet.text(to_string(huddle.state));
  label("Attendance");
  std::string present;
  for (const auto id : huddle.attendance) {
    const auto name = department_name(packet, id);
    if (!name.empty()) present += fmt::format("{}{}", present.empty() ? "" : ", ", name);
  }
  sheet.text(present);
  label("Generated");
  sheet.time(packet.generated_utc, packet.schedule);
  sheet.next_row();  // a blank line before the citywide table

  sheet.heading({"Stream", "Category", "Count", "Usual low", "Usual high", "Usual median"});
  for (const auto& line : packet.citywide.lines) {
    sheet.next_row();
    sheet.text(stream_label(line.stream));
    sheet.text(line.category.empty() ? "All " + stream_label(line.stream)
                                     : std::string(packet.category_label(line.category)));
    sheet.count(line.count);
    sheet.count(line.usual_low);
    sheet.count(line.usual_high);
    sheet.number(line.usual_median, book.decimal);
  }
  sheet.finish();
}

/// What the huddle decided for `place`: the actions agreed at it, or why nothing is to be done.
std::string decision(const Packet& packet, const Place& place) {
  std::string out;
  const auto add = [&](const std::string& text) { out += (out.empty() ? "" : "; ") + text; };
  for (const auto& a : packet.actions) {
    if (a.huddle_id == packet.brief.huddle.id && a.place_id == place.id) {
      const auto department = department_name(packet, a.department_id);
      add(department.empty() ? a.title : fmt::format("{} ({})", a.title, department));
    }
  }
  for (const auto& n : packet.brief.no_actions) {
    if (n.place_id == place.id) add("No action: " + n.reason);
  }
  return out;
}

void write_places(Book& book, const Packet& packet, const std::string& name, const std::vector<RankedPlace>& places) {
  Sheet sheet(book, name);
  sheet.heading({"Rank", "Place", "Score", "Tags", "Since last huddle", "311", "EMS", "Last 7 days", "21 days before",
                 "Usual per day", "z", "Active days of 28", "Explanation", "Decision"});
  const auto stream_count = [](const RankedPlace& p, std::string_view stream) {
    const auto it = p.window_counts.find(std::string(stream));
    return it == p.window_counts.end() ? 0L : it->second;
  };
  for (const auto& p : places) {
    sheet.next_row();
    sheet.count(p.rank);
    sheet.text(place_label(p.place));
    sheet.number(p.score, book.decimal);
    sheet.text(tags_text(p));
    sheet.count(p.window_total);
    sheet.count(stream_count(p, kStream311));
    sheet.count(stream_count(p, kStreamEms));
    sheet.count(p.counts_7d);
    sheet.count(p.count_before_21d);
    sheet.number(p.usual_per_day, book.decimal);
    sheet.number(p.z, book.decimal);
    sheet.count(p.active_days);
    sheet.text(p.explanation);
    sheet.text(decision(packet, p.place));
  }
  sheet.finish();
}

/// The actions the packet lists, in tracker order: every one still open when the huddle was read (as stored now)
/// and every one agreed at this huddle.
std::vector<Action> listed_actions(const Packet& packet) {
  const Huddle& huddle = packet.brief.huddle;
  std::set<std::int64_t> carried;
  for (const auto& a : packet.brief.carried) carried.insert(a.id);
  std::vector<Action> out;
  for (const auto& a : packet.actions) {
    const bool was_carried = carried.erase(a.id) > 0;
    if (was_carried || a.huddle_id == huddle.id) out.push_back(a);
  }
  for (const auto& a : packet.brief.carried) {
    if (carried.count(a.id)) out.push_back(a);  // no longer stored: as the brief read it
  }
  return in_tracker_order(std::move(out), huddle.date);
}

void write_actions(Book& book, const Packet& packet) {
  Sheet sheet(book, "Actions");
  sheet.heading(
      {"Id", "Title", "Department", "Owner", "Place", "Due", "Status", "Priority", "Age (days)", "Group", "Note"});
  constexpr lxw_col_t kStatusColumn = 6;
  const Date today = packet.brief.huddle.date;
  for (const auto& a : listed_actions(packet)) {
    sheet.next_row();
    sheet.count(static_cast<long>(a.id));
    sheet.text(a.title);
    sheet.text(department_name(packet, a.department_id));
    sheet.text(a.owner);
    sheet.text(a.place_name.empty() ? place_label(packet, a.place_id) : std::string_view{a.place_name});
    if (a.due) {
      sheet.date(*a.due);
    } else {
      sheet.skip();
    }
    sheet.text(to_string(a.status));
    sheet.text(to_string(a.priority));
    sheet.count(age_in_days(a, packet.schedule, today));
    sheet.text(to_string(group_of(a, today)));
    sheet.text(a.note);
  }

  // The status drop-down: the five stored texts, on every action's row (or the first row when there is none).
  std::array<std::string, 5> statuses;
  std::array<char*, 6> list{};
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    statuses[i] = to_string(static_cast<ActionStatus>(i));
    list[i] = statuses[i].data();
  }
  lxw_data_validation validation{};
  validation.validate = LXW_VALIDATION_TYPE_LIST;
  validation.value_list = list.data();
  validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
  const lxw_row_t first = sheet.heading_row() + 1;
  const lxw_error error = worksheet_data_validation_range(sheet.worksheet(), first, kStatusColumn,
                                                          std::max(first, sheet.row()), kStatusColumn, &validation);
  if (error != LXW_NO_ERROR) book.fail(fmt::format("Actions sheet: {}", lxw_strerror(error)));
  sheet.finish();
}

void write_run_of_show(Book& book, const Packet& packet) {
  Sheet sheet(book, "RunOfShow");
  sheet.heading({"Position", "Title", "Kind", "Presenter", "Planned", "Actual", "Place", "Notes"});
  for (const auto& item : packet.brief.agenda) {
    sheet.next_row();
    sheet.count(item.position + 1);
    sheet.text(item.title);
    sheet.text(to_string(item.kind));
    sheet.text(department_name(packet, item.presenter_department));
    sheet.duration(item.planned_seconds);
    if (item.actual_seconds) {
      sheet.duration(*item.actual_seconds);
    } else {
      sheet.skip();
    }
    sheet.text(item.place_id.empty() ? std::string_view{} : place_label(packet, item.place_id));
    sheet.text(item.notes);
  }
  sheet.finish();
}

void write_data_quality(Book& book, const Packet& packet) {
  const RankingQuality& q = packet.brief.ranking.quality;
  Sheet sheet(book, "DataQuality");
  sheet.heading({"Measure", "Stream", "Value"});
  sheet.next_row();
  sheet.text("Events without a usable location (not ranked)");
  sheet.skip();
  sheet.count(q.unlocated);
  sheet.next_row();
  sheet.text("Repeat events linked (counted once)");
  sheet.skip();
  sheet.count(q.linked);
  for (const auto& [stream, newest] : q.latest_event) {
    sheet.next_row();
    sheet.text("Newest event");
    sheet.text(stream_label(stream));
    sheet.time(newest, packet.schedule);
  }
  for (const auto& stream : q.silent_streams) {
    sheet.next_row();
    sheet.text("Silent stream");
    sheet.text(stream_label(stream));
    sheet.text("no events since the last huddle");
  }
  sheet.finish();
}

void write_weights(Book& book, const Packet& packet) {
  Sheet sheet(book, "Weights");
  sheet.heading({"Group", "Id", "Label", "Value"});
  for (const auto& c : packet.categories) {
    sheet.next_row();
    sheet.text("Category weight");
    sheet.text(c.id);
    sheet.text(c.label);
    sheet.number(c.weight);
  }
  const RankingParams& p = packet.params;
  struct Figure {
    const char* id;  // settings.toml's [ranking] key
    const char* label;
    double value;
  };
  const Figure figures[] = {
      {"grid_metres", "Cell edge, metres", p.grid_metres},
      {"top_k", "Places in the top list", static_cast<double>(p.top_k)},
      {"watch_k", "Places on the watch list, at most", static_cast<double>(p.watch_k)},
      {"half_life_days", "Days for an event's weight to halve", p.half_life_days},
      {"smoothing", "Share of the neighbours' burden added", p.smoothing},
      {"min_weighted_7d", "Listed with this weighted count in the last 7 days", p.min_weighted_7d},
      {"min_window_count", "... or this many events since the last huddle", static_cast<double>(p.min_window_count)},
      {"surging_z", "Surging: z at least", p.surging_z},
      {"surging_min_count", "Surging: events since the last huddle, at least",
       static_cast<double>(p.surging_min_count)},
      {"new_min_count", "New: events since the last huddle (none before), at least",
       static_cast<double>(p.new_min_count)},
      {"persistent_days", "Persistent: active days of the last 28, at least", static_cast<double>(p.persistent_days)},
      {"cooling_ratio", "Cooling: last 7 days' rate, at most this share of before", p.cooling_ratio},
      {"cooling_min_before", "Cooling: events in the 21 days before, at least",
       static_cast<double>(p.cooling_min_before)},
      {"repeat_days", "Repeat: active days of the last 3, at least", static_cast<double>(p.repeat_days)},
      {"place_memory_days", "Days a place keeps its id and name", static_cast<double>(p.place_memory_days)},
  };
  for (const auto& f : figures) {
    sheet.next_row();
    sheet.text("Ranking");
    sheet.text(f.id);
    sheet.text(f.label);
    sheet.number(f.value);
  }
  sheet.next_row();
  sheet.text("Ranking");
  sheet.text("fill_top_list");
  sheet.text("Fill the top list by score (\"Few reports\")");
  sheet.boolean(p.fill_top_list);
  sheet.finish();
}

/// The Events sheet, streamed; past Excel's row limit the events go on in "Events 2", "Events 3", ...
void write_events(Book& book, const Packet& packet, const PacketEventSource& events) {
  int part = 1;
  auto start = [&](const std::string& name) {
    auto sheet = std::make_unique<Sheet>(book, name);
    sheet->heading({"Time", "Stream", "Category", "Raw type", "Place", "Geo quality"});
    return sheet;
  };
  auto sheet = start("Events");
  events([&](const PacketEvent& e) {
    if (sheet->full()) {
      sheet->finish();
      sheet = start(fmt::format("Events {}", ++part));
    }
    sheet->next_row();
    sheet->time(e.occurred_utc, packet.schedule);
    sheet->text(stream_label(std::string(e.stream)));
    sheet->text(packet.category_label(e.category));
    sheet->text(e.raw_type);
    sheet->text(e.place);
    sheet->text(to_string(e.geo_quality));
  });
  sheet->finish();
}

}  // namespace

void write_packet_xlsx(const Packet& packet, const PacketEventSource& events, const fs::path& path) {
  write_file_atomically(path, [&](const fs::path& temporary) {
    Book book(temporary, path);
    write_summary(book, packet);
    write_places(book, packet, "Places", packet.brief.ranking.lists.top);
    write_places(book, packet, "Watchlist", packet.brief.ranking.lists.watch);
    write_actions(book, packet);
    write_run_of_show(book, packet);
    write_data_quality(book, packet);
    write_weights(book, packet);
    write_events(book, packet, events);
    book.close();
  });
}

}  // namespace huddle::core
