#pragma once
/// \file
/// Presenter mode (F5): the huddle run from the keyboard, full screen on the projector — the item being run big and
/// high-contrast, its countdown, a place's map and actions — with the facilitator's console on the laptop's screen
/// when there are two displays. It drives the Agenda page's live run (the one source of truth) through the page's
/// commands and follows it twice a second, so a change made on either shows on both.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include <wx/frame.h>
#include <wx/timer.h>
#include <wx/weakref.h>

#include "core/draw/boundary.h"
#include "core/huddle/slide.h"
#include "core/jobs/workspace.h"
#include "ui/presenter/presenter_displays.h"
#include "ui/presenter/presenter_slide.h"

class wxKeyEvent;

namespace huddle::ui {

class AgendaPage;
class PresenterConsole;

/// The full-screen presentation window; it owns the console window when there is one.
class PresenterFrame final : public wxFrame {
 public:
  /// Presenter mode on `page`'s huddle, over `main_window` (whose display is the chair's), on the displays
  /// `plan` names of `displays`. Starts a draft huddle; a closed one stays closed. `page` and `workspace` must
  /// outlive the frame or the main window (whichever goes first takes the frame with it).
  PresenterFrame(wxWindow* main_window, AgendaPage& page, const core::Workspace& workspace,
                 const std::vector<wxRect>& displays, const DisplayPlan& plan);
  ~PresenterFrame() override;

  // Commands: the keys and the console's buttons call these; tests too. Each saves at once through the page.

  /// Records the item's time and moves to the next item (Right, Page Down).
  void Next();
  /// Records the item's time and moves back one item (Left, Page Up).
  void Previous();
  /// Pauses the item's clock, or starts it again (Space).
  void TogglePause();
  /// Adds `minutes` (negative: takes them) to the item's time box (+ and -).
  void ChangeTimeBox(int minutes);
  /// Asks for an action on the place being discussed in the action form, on the console when there is one (A).
  void AddAction();
  /// Marks the selected action done and selects the next one still to do (D).
  void MarkDone();
  /// Asks why no action is needed on the place being discussed and records it (N).
  void NoAction();
  /// Moves the action selection by `delta` rows (Down +1, Up -1).
  void MoveSelection(int delta);
  /// Shows or hides the facilitator's box (notes and keys) over the slide (C).
  void ToggleOverlay();
  /// Stores the item's time so far and leaves presenter mode; the huddle runs on on the Agenda page (Esc).
  void Leave();
  /// Runs the command of the key of `event` (a wxEVT_CHAR_HOOK of this frame or the console); skips other keys.
  void HandleKey(wxKeyEvent& event);

  // What it shows; lets tests read the screen.

  /// The slide shown.
  const core::Slide& Shown() const;
  /// The selected action's row in the slide's list, if any.
  std::optional<std::size_t> SelectedAction() const { return m_selected; }
  /// The countdown shown.
  const SlideClock& Clock() const;
  /// The presentation's slide panel (Render() gives its pixels at any size).
  SlidePanel* SlideView() const { return m_slide; }
  /// The facilitator's console window, when there are two displays.
  PresenterConsole* Console() const { return m_console; }

 private:
  void Follow();
  core::Slide WaitingSlide() const;
  void FollowSelection(const core::Slide& slide, std::optional<std::size_t> item);
  void ShowSelection();
  wxWindow* FormParent();
  bool OnPlace() const;

  wxWeakRef<AgendaPage> m_page;
  wxWeakRef<wxWindow> m_main;
  core::HuddleSchedule m_schedule;
  core::MapContent m_map;                     // the city's grid and boundaries; the places come with the huddle
  std::optional<core::BoundaryLayer> m_boundaries;  // under the map, when settings name a file
  std::int64_t m_map_huddle = 0;              // the huddle whose places the slides' map shows
  SlidePanel* m_slide;
  PresenterConsole* m_console = nullptr;
  wxTimer m_timer;                            // follows the page and ticks the countdown
  bool m_started = false;                     // the huddle was started (or found running) once
  std::optional<std::size_t> m_selected;      // row of the slide's action list
  std::optional<std::size_t> m_item;          // the item the selection belongs to
  std::size_t m_action_count = 0;             // rows of the list when last shown
  bool m_leaving = false;
};

/// Opens presenter mode over `main_window` on `page`'s huddle, on the displays connected now (see
/// ChooseDisplays), or brings it to the front when it is open. When the page shows no huddle, the chosen date's is
/// created or opened first (off the UI thread; presenter mode says so meanwhile).
void ShowPresenter(wxWindow* main_window, AgendaPage& page, const core::Workspace& workspace);

/// The open presenter mode of `main_window`, if any.
PresenterFrame* FindPresenter(wxWindow* main_window);

}  // namespace huddle::ui
