#pragma once
/// \file
/// Which display presenter mode uses: the projector for the room, the laptop's screen for the facilitator.

#include <optional>
#include <vector>

#include <wx/gdicmn.h>

class wxWindow;

namespace huddle::ui {

/// Where presenter mode goes.
struct DisplayPlan {
  int presentation = 0;        ///< Index of the display the slide fills.
  std::optional<int> console;  ///< Index of the display of the facilitator's console, when there is a second one.
};

/// With two displays or more, the slide goes on the largest display that is not `main_display` (the one the main
/// window is on, the chair's laptop; -1 when unknown, taken as the first) and the console stays on the main
/// display; with one, the slide fills it and there is no console window. `displays` are the displays' geometries
/// (at least one).
DisplayPlan ChooseDisplays(const std::vector<wxRect>& displays, int main_display);

/// The geometries of the displays connected now, in wxDisplay order.
std::vector<wxRect> DisplayGeometries();

/// The index of the display `window` is on, or -1.
int DisplayOf(const wxWindow* window);

}  // namespace huddle::ui
