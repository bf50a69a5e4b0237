#pragma once
/// \file
/// The facilitator's console of presenter mode, on the laptop's screen while the projector shows the slide (like a
/// slide deck's presenter view): the slide as the room sees it, the countdown, the next item, the item's notes,
/// the keys, and buttons for the same commands. The action forms open over it.

#include <cstddef>
#include <optional>

#include <wx/frame.h>

#include "core/draw/place_map.h"
#include "core/huddle/slide.h"
#include "ui/presenter/presenter_slide.h"

class wxStaticText;
class wxTextCtrl;

namespace huddle::ui {

class PresenterFrame;

/// A window on the main display, owned by `presenter`; its keys and buttons drive the presenter.
class PresenterConsole final : public wxFrame {
 public:
  /// The console of `presenter`, filling `display` (the main window's display); its preview of the slide has the
  /// projector's `aspect` (width / height).
  PresenterConsole(PresenterFrame* presenter, const wxRect& display, double aspect);
  /// The map the slide's preview shows an inset of.
  void SetMap(const core::MapContent& map);
  /// Shows what the room sees — `slide`, action `selected` marked, `clock` — with the next item and the notes.
  void ShowState(const core::Slide& slide, std::optional<std::size_t> selected, const SlideClock& clock);
  /// The countdown line (for tests): "0:28 left of 0:40".
  wxString ClockText() const;

 private:
  double m_aspect;
  SlidePanel* m_preview;
  wxStaticText* m_clock;
  wxStaticText* m_next;
  wxTextCtrl* m_notes;
};

}  // namespace huddle::ui
