#include "ui/pages/today_page.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include "core/config/categories.h"
#include "core/jobs/today_job.h"
#include "core/report/today_text.h"
#include "core/time/local_format.h"
#include "ui/background_task.h"
#include "ui/ui_text.h"
#include "ui/widgets/sparkline_panel.h"

namespace huddle::ui {

struct TodayPage::Shown {
  wxStaticText* total = nullptr;
  core::TrendLevel level = core::TrendLevel::none;
  std::map<std::string, wxStaticText*> categories;
  std::vector<wxStaticText*> freshness;
};

namespace {

const wxColour kInk(34, 34, 34);        // text on the white cards
const wxColour kQuiet(96, 96, 96);      // captions, usual ranges
const wxColour kRedInk(176, 32, 20);    // a red flag's words on white
const wxColour kYellowInk(132, 90, 0);  // a yellow flag's words on white (dark amber: readable on white)
constexpr double kMaxZoom = 1.8;        // the type grows with the page up to this
constexpr int kDesignWidth = 1100;      // the page's width the layout reads at zoom 1 (a 1280x720 screen)

/// `base` `scale` times as big, bold or not.
wxFont scaled(const wxFont& base, double scale, bool bold) {
  wxFont f = base;
  f.SetFractionalPointSize(base.GetFractionalPointSize() * scale);
  if (bold) f.MakeBold();
  return f;
}

/// A label `scale` times the size of `base`, bold or not, in `colour` when it is valid.
wxStaticText* label(wxWindow* parent, const wxFont& base, const wxString& text, double scale, bool bold,
                    const wxColour& colour = wxNullColour, long style = 0) {
  auto* l = new wxStaticText(parent, wxID_ANY, text, wxDefaultPosition, wxDefaultSize, style);
  l->SetFont(scaled(base, scale, bold));
  if (colour.IsOk()) l->SetForegroundColour(colour);
  return l;
}

/// "usual 64–88", or "usual 64" when the quartiles agree.
wxString usual_text(long low, long high) {
  const wxString range = low == high ? wxString::Format("%ld", low) : wxString::Format("%ld%s%ld", low, wx("\u2013"), high);
  return wxString::Format(_("usual %s"), range);
}

/// The flag of a category row in a word or two (the card's strip says it in full).
wxString short_flag(const core::TrendCheck& check) {
  switch (check.level) {
    case core::TrendLevel::none:
      return {};
    case core::TrendLevel::yellow:
      return check.sigmas > 0 ? _("high") : _("low");
    case core::TrendLevel::red:
      return check.sigmas > 0 ? _("very high") : _("very low");
  }
  return {};
}

wxColour flag_ink(core::TrendLevel level) {
  return level == core::TrendLevel::red ? kRedInk : (level == core::TrendLevel::yellow ? kYellowInk : kInk);
}

/// "Thu 26 Nov 07:57 (12 min ago)".
wxString when_text(core::UtcTime t, core::UtcTime now, const core::HuddleSchedule& schedule) {
  return wx(core::format_local(t, schedule)) + " (" + wx(core::format_age(t, now)) + ")";
}

/// A configured source's line in the freshness box: its last pull and the last file it brought.
wxString source_text(const core::SourceFreshness& source, core::UtcTime now, const core::HuddleSchedule& schedule) {
  wxString pulled = _("not pulled yet");
  if (source.last_pull) {
    pulled = source.last_pull->error.empty()
                 ? wxString::Format(_("pulled %s"), when_text(source.last_pull->at, now, schedule))
                 : wxString::Format(_("pull FAILED %s: %s"), when_text(source.last_pull->at, now, schedule),
                                    wx(source.last_pull->error));
  }
  if (!source.last_import) return wxString::Format(_("%s: %s; nothing imported from it yet"), wx(source.source), pulled);
  const core::Extract& e = *source.last_import;
  return wxString::Format(_("%s: %s; last new file %s, %ld of %ld rows stored"), wx(source.source), pulled,
                          when_text(e.imported_utc, now, schedule), static_cast<long>(e.accepted),
                          static_cast<long>(e.rows_read));
}

}  // namespace

TodayPage::TodayPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock)
    : Page(parent, workspace, clock), m_base_font(GetFont()) {
  const wxFont base = m_base_font;
  m_body = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL, "today");
  m_body->SetScrollRate(0, FromDIP(12));
  auto* body = new wxBoxSizer(wxVERTICAL);

  auto* header = new wxBoxSizer(wxHORIZONTAL);
  auto* titles = new wxBoxSizer(wxVERTICAL);
  m_title = label(m_body, base, "", 2.0, true);
  m_window = label(m_body, base, "", 1.3, false);
  titles->Add(m_title);
  titles->Add(m_window, 0, wxTOP, 4);
  header->Add(titles, 1, wxALIGN_CENTER_VERTICAL);
  m_pull = new wxButton(m_body, wxID_ANY, _("&Pull now"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                        "pull now");
  m_pull->SetToolTip(_("Import every source configured in settings.toml now (File > Pull now, Ctrl+Shift+P)"));
  header->Add(m_pull, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 16);
  body->Add(header, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 16);
  m_status = label(m_body, base, "", 1.1, false);
  body->Add(m_status, 0, wxLEFT | wxRIGHT | wxTOP, 16);

  m_cards = new wxGridSizer(2, FromDIP(16), FromDIP(16));
  body->Add(m_cards, 0, wxEXPAND | wxALL, 16);

  auto* bottom = new wxBoxSizer(wxHORIZONTAL);
  const auto box = [&](const wxString& title, wxStaticText*& text, int proportion) {
    auto* sizer = new wxStaticBoxSizer(wxVERTICAL, m_body, title);
    m_boxes.push_back(sizer->GetStaticBox());
    text = label(sizer->GetStaticBox(), base, "", 1.2, false);
    sizer->Add(text, 0, wxALL, 8);
    bottom->Add(sizer, proportion, wxEXPAND | wxRIGHT, 16);
  };
  box(_("Data quality"), m_quality, 3);
  box(_("Actions"), m_actions, 2);
  auto* sources = new wxStaticBoxSizer(wxVERTICAL, m_body, _("Sources to pull"));
  m_boxes.push_back(sources->GetStaticBox());
  m_sources = new wxBoxSizer(wxVERTICAL);  // a line per source, filled with the page
  sources->Add(m_sources, 1, wxEXPAND | wxALL, 8);
  bottom->Add(sources, 4, wxEXPAND | wxRIGHT, 16);
  body->Add(bottom, 0, wxEXPAND | wxLEFT | wxBOTTOM, 16);
  m_body->SetSizer(body);

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(m_body, 1, wxEXPAND);
  SetSizer(sizer);
  ApplyFonts();
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    event.Skip();
    CallAfter([this] { FitZoom(); });  // once the sizers have laid the page out
  });

  m_pull->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (m_start_pull) m_start_pull();
  });
  m_pull->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
    const bool pulling = m_pulling && m_pulling();
    event.Enable(m_start_pull && !pulling && !m_workspace.settings.sources.empty());
    event.SetText(pulling ? _("Pulling...") : _("&Pull now"));
  });
}

TodayPage::~TodayPage() = default;

void TodayPage::SetPullCommand(std::function<void()> start, std::function<bool()> running) {
  m_start_pull = std::move(start);
  m_pulling = std::move(running);
}

wxColour TodayPage::CheckColour(core::TrendLevel level) {
  switch (level) {
    case core::TrendLevel::red:
      return {200, 40, 30};
    case core::TrendLevel::yellow:
      return {246, 196, 0};
    case core::TrendLevel::none:
      break;
  }
  return {228, 228, 228};
}

void TodayPage::Reload() { StartGathering(); }

bool TodayPage::Busy() const { return (m_task && m_task->Running()) || m_again; }

void TodayPage::StartGathering() {
  if (m_task && m_task->Running()) {
    m_again = true;
    return;
  }
  m_again = false;
  auto board = std::make_shared<core::TodayBoard>();
  auto work = [paths = m_workspace.paths, settings = m_workspace.settings, now = m_clock.now(),
               board](core::ProgressSink&) {
    auto ws = core::Workspace::open(paths);  // this thread's own connection; the settings are the page's
    *board = core::gather_today(*ws.store, settings, now);
  };
  if (m_shown.empty()) {
    m_status->SetLabel(_("Reading the database..."));
    m_status->Show();
  }
  m_task = std::make_unique<BackgroundTask>(this, work, nullptr,
                                            [this, board](std::exception_ptr error) { OnGathered(board, error); });
}

void TodayPage::OnGathered(std::shared_ptr<core::TodayBoard> board, std::exception_ptr error) {
  m_task.reset();
  try {
    if (error) std::rethrow_exception(error);
    m_status->Hide();
    m_board = std::move(board);
    Fill(*m_board);
    FitZoom();
  } catch (const std::exception& e) {
    m_status->SetLabelText(wxString::Format(_("The Today page could not be read: %s"), wx(e.what())));
    m_status->Show();
    m_body->Layout();
  }
  if (m_again) StartGathering();
}

void TodayPage::Fill(const core::TodayBoard& board) {
  const auto schedule = m_workspace.settings.schedule();
  const auto& summary = board.summary;
  m_title->SetLabelText(wxString::Format(_("%s huddle"), wx(m_workspace.settings.city_name)) + wx(" \u2014 ") +
                        wx(core::format_long_date(summary.window.date)));
  m_window->SetLabelText(wxString::Format(_("Since the last huddle: %s %s %s (%s)"),
                                          wx(core::format_local(summary.window.start, schedule)), wx("\u2192"),
                                          wx(core::format_local(summary.window.cutoff, schedule)),
                                          wx(schedule.zone_name())));

  m_body->Freeze();
  m_cards->Clear(true);
  m_shown.clear();
  m_cards->SetCols(static_cast<int>(std::clamp<std::size_t>(board.cards.size(), 1, 3)));
  // The usual range is of windows as long as this one; the sparkline's band is a day's share of it.
  const double window_days = std::max(
      1.0, std::chrono::duration<double>(summary.window.cutoff - summary.window.start).count() / (24 * 3600.0));
  std::vector<wxString> silent;
  for (const auto& card : board.cards) {
    const bool quiet = card.total.trend.count == 0;
    if (quiet) silent.push_back(wx(core::stream_label(card.stream)));
    AddCard(card, quiet, window_days);
  }

  wxString quality =
      wxString::Format(_("%ld reports without a usable location (not ranked)\n%ld repeat reports linked (counted once)"),
                       static_cast<long>(summary.totals.unlocated), static_cast<long>(summary.totals.linked));
  for (const auto& stream : silent) quality += "\n" + wxString::Format(_("No %s reports since the last huddle"), stream);
  m_quality->SetLabelText(quality);
  m_actions->SetLabelText(wxString::Format(_("%ld open\n%ld overdue\n%ld due today"),
                                           static_cast<long>(summary.open_actions),
                                           static_cast<long>(summary.overdue_actions),
                                           static_cast<long>(summary.due_today)));
  std::vector<wxString> sources;
  const core::UtcTime now = m_clock.now();
  for (const auto& source : board.sources) sources.push_back(source_text(source, now, schedule));
  if (board.sources.empty()) {
    sources = {_("None: add [[source]] to settings.toml."), _("File > Import extracts reads files by hand.")};
  }
  m_sources->Clear(true);
  m_source_lines.clear();
  wxWindow* sources_box = m_boxes.back();
  for (const auto& text : sources) {
    // Cut in the middle when the box is narrow; the tooltip has it whole.
    auto* line = label(sources_box, scaled(m_base_font, m_zoom, false), text, 1.2, false, wxNullColour,
                       wxST_ELLIPSIZE_MIDDLE);
    line->SetMinSize({FromDIP(160), -1});
    line->SetToolTip(text);
    m_sources->Add(line, 0, wxEXPAND);
    m_source_lines.push_back(line);
  }
  m_body->Thaw();
  m_body->FitInside();
  Layout();
  m_body->Layout();
}

void TodayPage::AddCard(const core::TodayCard& card, bool silent, double window_days) {
  const wxFont base = scaled(m_base_font, m_zoom, false);
  const auto schedule = m_workspace.settings.schedule();
  const core::UtcTime now = m_clock.now();
  const core::TrendLine& total = card.total.trend;
  const core::TrendCheck& check = card.total.check;
  const wxString explanation = wx(core::trend_check_text(total.count, check));
  auto shown = std::make_unique<Shown>();
  shown->level = check.level;

  // White like the packet, whatever the desktop theme; the ink is set to match.
  auto* panel =
      new wxPanel(m_body, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_SIMPLE, wx("card " + card.stream));
  panel->SetBackgroundColour(*wxWHITE);
  auto* sizer = new wxBoxSizer(wxVERTICAL);

  // The strip: the stream's name and the check's verdict, in the check's colour.
  auto* strip = new wxPanel(panel, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, wx("check " + card.stream));
  strip->SetBackgroundColour(CheckColour(check.level));
  const wxColour strip_ink = check.level == core::TrendLevel::red ? *wxWHITE : kInk;
  auto* strip_sizer = new wxBoxSizer(wxHORIZONTAL);
  strip_sizer->Add(label(strip, base, wx(core::stream_label(card.stream)), 1.8, true, strip_ink), 0,
                   wxALL | wxALIGN_CENTER_VERTICAL, 10);
  strip_sizer->AddStretchSpacer();
  const std::string verdict = core::trend_check_label(check);
  strip_sizer->Add(label(strip, base, verdict.empty() ? wxString(_("As expected")) : wx(verdict), 1.5, true, strip_ink),
                   0, wxALL | wxALIGN_CENTER_VERTICAL, 10);
  strip->SetSizer(strip_sizer);
  sizer->Add(strip, 0, wxEXPAND);

  // The count against its usual range.
  auto* count_row = new wxBoxSizer(wxHORIZONTAL);
  shown->total = label(panel, base, wxString::Format("%ld", total.count), 3.6, true, kInk);
  count_row->Add(shown->total, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 14);
  auto* count_text = new wxBoxSizer(wxVERTICAL);
  count_text->Add(label(panel, base, _("reports since the last huddle"), 1.25, false, kInk));
  count_text->Add(label(panel, base, usual_text(total.usual_low, total.usual_high), 1.25, true, kInk), 0, wxTOP, 2);
  count_row->Add(count_text, 1, wxALIGN_CENTER_VERTICAL);
  sizer->Add(count_row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 14);
  for (wxWindow* w : {static_cast<wxWindow*>(strip), static_cast<wxWindow*>(shown->total)}) {
    w->SetToolTip(explanation);
    for (wxWindow* child : w->GetChildren()) child->SetToolTip(explanation);
  }

  // The sparkline of the 28 days, with the usual range a day as its band.
  auto* sparkline = new SparklinePanel(panel, total.daily, static_cast<double>(total.usual_low) / window_days,
                                       static_cast<double>(total.usual_high) / window_days);
  sparkline->SetFont(base);  // its line's weight follows the text
  sparkline->SetMinSize(sparkline->GetMinSize() * m_zoom);
  sizer->Add(sparkline, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 14);
  sizer->Add(label(panel, base, _("28 days to the cutoff, a point a day; grey band: the usual range a day"), 0.95,
                   false, kQuiet),
             0, wxLEFT | wxRIGHT, 14);

  // Its categories.
  auto* grid = new wxFlexGridSizer(4, FromDIP(4), FromDIP(12));
  grid->AddGrowableCol(1);
  for (const auto& line : card.categories) {
    const wxColour ink = flag_ink(line.check.level);
    const bool flagged = line.check.level != core::TrendLevel::none;
    auto* count = label(panel, base, wxString::Format("%ld", line.trend.count), 1.25, true, ink);
    shown->categories[line.trend.category] = count;
    grid->Add(count, 0, wxALIGN_RIGHT);
    const wxString name = wx(core::category_label(m_workspace.categories, line.trend.category));
    auto* category = label(panel, base, name, 1.25, flagged, ink, wxST_ELLIPSIZE_END);
    category->SetMinSize({FromDIP(100), -1});  // cut at the end on a narrow card; the tooltip has it whole
    category->SetToolTip(name);
    grid->Add(category, 0, wxEXPAND);
    grid->Add(
        label(panel, base, usual_text(line.trend.usual_low, line.trend.usual_high), 1.1, false, kQuiet),
        0, wxALIGN_CENTER_VERTICAL);
    auto* flag = label(panel, base, short_flag(line.check), 1.1, true, ink);
    flag->SetToolTip(wx(core::trend_check_text(line.trend.count, line.check)));
    grid->Add(flag, 0, wxALIGN_CENTER_VERTICAL);
  }
  sizer->Add(grid, 0, wxEXPAND | wxALL, 14);

  // How fresh its data is.
  const auto& f = card.freshness;
  std::vector<std::pair<wxString, wxColour>> lines;
  lines.emplace_back(f.newest_event ? wxString::Format(_("Newest report: %s"), when_text(*f.newest_event, now, schedule))
                                    : _("No reports stored yet"),
                     kInk);
  if (silent && f.newest_event) lines.emplace_back(_("No reports since the last huddle"), kRedInk);
  if (f.last_import) {
    const core::Extract& e = *f.last_import;
    lines.emplace_back(wxString::Format(_("Last import: %s"), when_text(e.imported_utc, now, schedule)), kInk);
    lines.emplace_back(wxString::Format(_("%s: %ld of %ld rows stored, %ld rejected"), wx(e.file_name),
                                        static_cast<long>(e.accepted), static_cast<long>(e.rows_read),
                                        static_cast<long>(e.rejected)),
                       e.rejected > 0 ? kYellowInk : kQuiet);
  }
  for (const auto& [text, ink] : lines) {
    auto* line = label(panel, base, text, 1.05, false, ink, wxST_ELLIPSIZE_MIDDLE);
    line->SetMinSize({FromDIP(160), -1});  // cut in the middle when the card is narrow; the tooltip has it whole
    line->SetToolTip(text);
    shown->freshness.push_back(line);
    sizer->Add(line, 0, wxEXPAND | wxLEFT | wxRIGHT, 14);
  }
  sizer->AddSpacer(14);
  panel->SetSizer(sizer);
  m_cards->Add(panel, 1, wxEXPAND);
  m_shown[card.stream] = std::move(shown);
}

void TodayPage::ApplyFonts() {
  const wxFont base = scaled(m_base_font, m_zoom, false);
  m_title->SetFont(scaled(base, 2.0, true));
  m_window->SetFont(scaled(base, 1.3, false));
  m_pull->SetFont(scaled(base, 1.3, true));
  m_status->SetFont(scaled(base, 1.1, false));
  for (wxStaticBox* box : m_boxes) box->SetFont(scaled(base, 1.2, true));
  for (wxStaticText* text : {m_quality, m_actions}) text->SetFont(scaled(base, 1.2, false));
}

void TodayPage::FitZoom() {
  if (!m_board) return;
  // The type grows with the page, as far as the content still fits it: legible from the back of the room on a
  // big screen, no scrolling on a small one. Heights grow about in step with the type; widths are what the page
  // was laid out for at zoom 1.
  const wxSize room = m_body->GetClientSize();
  const wxSize need = m_body->GetSizer()->CalcMin();
  if (room.x <= 0 || room.y <= 0 || need.y <= 0) return;
  const double by_height = m_zoom * room.y / need.y;
  const double by_width = static_cast<double>(room.x) / FromDIP(kDesignWidth);
  const double zoom = std::clamp(std::min(by_height, by_width) * 0.97, 1.0, kMaxZoom);
  if (std::abs(zoom - m_zoom) < 0.05) return;
  m_zoom = zoom;
  ApplyFonts();
  Fill(*m_board);
}

wxString TodayPage::ShownTotal(const std::string& stream) const {
  const auto it = m_shown.find(stream);
  return it == m_shown.end() ? wxString() : it->second->total->GetLabel();
}

core::TrendLevel TodayPage::ShownLevel(const std::string& stream) const {
  const auto it = m_shown.find(stream);
  return it == m_shown.end() ? core::TrendLevel::none : it->second->level;
}

wxString TodayPage::ShownCategoryCount(const std::string& stream, const std::string& category) const {
  const auto it = m_shown.find(stream);
  if (it == m_shown.end()) return {};
  const auto c = it->second->categories.find(category);
  return c == it->second->categories.end() ? wxString() : c->second->GetLabel();
}

wxString TodayPage::ShownFreshness(const std::string& stream) const {
  const auto it = m_shown.find(stream);
  if (it == m_shown.end()) return {};
  wxString out;
  for (const auto* line : it->second->freshness) out += (out.empty() ? "" : "\n") + line->GetLabel();
  return out;
}

wxString TodayPage::ShownQuality() const { return m_quality->GetLabel(); }

wxString TodayPage::ShownSources() const {
  wxString out;
  for (const auto* line : m_source_lines) out += (out.empty() ? "" : "\n") + line->GetLabel();
  return out;
}

}  // namespace huddle::ui
