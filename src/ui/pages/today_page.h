#pragma once
/// \file
/// The Today page: one card per stream — the count since the last huddle against its usual range, flagged by the
/// trend check, a 28-day sparkline, its categories and its data freshness — then the data-quality box, the actions
/// at a glance and the pull's sources with "Pull now". Gathered off the UI thread (core::gather_today).

#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <wx/colour.h>
#include <wx/font.h>

#include "core/analysis/trend_check.h"
#include "ui/pages/page.h"

class wxBoxSizer;
class wxButton;
class wxGridSizer;
class wxScrolledWindow;
class wxStaticBox;
class wxStaticText;

namespace huddle::core {
struct TodayBoard;
struct TodayCard;
}  // namespace huddle::core

namespace huddle::ui {

class BackgroundTask;

/// Big type for a projector: legible from the back of the room at 1280x720.
class TodayPage final : public Page {
 public:
  /// Builds the (empty) page; Reload() fills it.
  TodayPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock);
  ~TodayPage() override;
  /// Gathers the page again off the UI thread (or, while that runs, once it ends).
  void Reload() override;
  /// True while the page is being gathered or waits to be gathered again.
  bool Busy() const;
  /// What "Pull now" does (`start`), and whether a pull runs (the button is off meanwhile): the main window's.
  void SetPullCommand(std::function<void()> start, std::function<bool()> running);

  /// The colour of a card's check strip for `level`: red, yellow, or a neutral grey.
  static wxColour CheckColour(core::TrendLevel level);

  /// The total shown on the card of `stream` ("" when there is no such card); lets tests read the screen.
  wxString ShownTotal(const std::string& stream) const;
  /// The check shown on the card of `stream` (none when there is no such card).
  core::TrendLevel ShownLevel(const std::string& stream) const;
  /// The count shown for `category` on the card of `stream` ("" when not shown).
  wxString ShownCategoryCount(const std::string& stream, const std::string& category) const;
  /// The freshness lines of the card of `stream`, one per line.
  wxString ShownFreshness(const std::string& stream) const;
  /// The data-quality box's text.
  wxString ShownQuality() const;
  /// The sources box's text.
  wxString ShownSources() const;

 private:
  struct Shown;  // what one card shows, for the accessors

  void StartGathering();
  void OnGathered(std::shared_ptr<core::TodayBoard> board, std::exception_ptr error);
  void Fill(const core::TodayBoard& board);
  void AddCard(const core::TodayCard& card, bool silent, double window_days);
  void ApplyFonts();
  void FitZoom();

  wxFont m_base_font;  // the page's own font; the type is this times m_zoom times each label's scale
  double m_zoom = 1;   // grows with the page (FitZoom)
  std::shared_ptr<const core::TodayBoard> m_board;  // what is shown, to show again at another size
  std::vector<wxStaticBox*> m_boxes;
  wxScrolledWindow* m_body;
  wxStaticText* m_title;
  wxStaticText* m_window;
  wxStaticText* m_status;
  wxButton* m_pull;
  wxGridSizer* m_cards;
  wxStaticText* m_quality;
  wxStaticText* m_actions;
  wxBoxSizer* m_sources;
  std::vector<wxStaticText*> m_source_lines;
  std::map<std::string, std::unique_ptr<Shown>> m_shown;
  std::unique_ptr<BackgroundTask> m_task;
  bool m_again = false;  // Reload() came while gathering: gather again when it ends
  std::function<void()> m_start_pull;
  std::function<bool()> m_pulling;
};

}  // namespace huddle::ui
