#pragma once
/// \file
/// SlidePanel: presenter mode's slide — the item being run, big and high-contrast for the back of the room: its
/// title, the countdown, and a place's explanation, counts, map inset and actions (or the overdue and due-today
/// actions). Every size is a fraction of the panel's height, so it reads the same on a projector and a laptop.

#include <cstddef>
#include <optional>

#include "core/draw/place_map.h"
#include "core/huddle/countdown.h"
#include "core/huddle/slide.h"
#include "ui/widgets/cairo_panel.h"

namespace huddle::ui {

/// The countdown as the slide shows it.
struct SlideClock {
  bool live = false;                ///< The huddle runs: there is a clock to show.
  core::Countdown countdown;        ///< Time left and its colour.
  int planned_seconds = 0;          ///< The time box.
  bool paused = false;              ///< The clock is stopped.

  /// True when both read the same.
  bool operator==(const SlideClock&) const = default;
};

/// Draws a core::Slide, white background and near-black text; the countdown in a box that is dark, amber (a
/// quarter left) or red (none left); the selected action marked for the keyboard.
class SlidePanel final : public CairoPanel {
 public:
  /// An empty slide named `name`.
  SlidePanel(wxWindow* parent, const wxString& name);
  /// The map a place's slide shows an inset of: `map`'s places, with the slide's place highlighted.
  void SetMap(core::MapContent map);
  /// Shows `slide`, action `selected` of its list marked; repaints when anything changed.
  void ShowSlide(const core::Slide& slide, std::optional<std::size_t> selected);
  /// Shows `clock`; repaints only the clock's corner when only it changed (the once-a-second tick).
  void ShowClock(const SlideClock& clock);
  /// Shows or hides the facilitator's box over the slide's foot: the item's notes and the next item (for one
  /// display, where there is no console window).
  void ShowOverlay(bool shown);
  /// True while the facilitator's box shows.
  bool OverlayShown() const { return m_overlay; }
  /// The slide shown.
  const core::Slide& Shown() const { return m_slide; }
  /// The clock shown.
  const SlideClock& Clock() const { return m_clock; }

 private:
  void Draw(cairo_t* cr, const wxSize& size) override;

  core::Slide m_slide;
  std::optional<std::size_t> m_selected;
  SlideClock m_clock;
  core::MapContent m_map;
  bool m_has_map = false;
  bool m_overlay = false;
};

}  // namespace huddle::ui
