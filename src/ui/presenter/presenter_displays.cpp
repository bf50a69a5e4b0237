#include "ui/presenter/presenter_displays.h"

#include <wx/display.h>

namespace huddle::ui {

DisplayPlan ChooseDisplays(const std::vector<wxRect>& displays, int main_display) {
  const int count = static_cast<int>(displays.size());
  if (count < 2) return {};
  const int main = main_display >= 0 && main_display < count ? main_display : 0;
  int projector = -1;
  long largest = -1;
  for (int i = 0; i < count; ++i) {
    const wxRect& r = displays[static_cast<std::size_t>(i)];
    const long area = static_cast<long>(r.width) * r.height;
    if (i != main && area > largest) {
      projector = i;
      largest = area;
    }
  }
  return {projector, main};
}

std::vector<wxRect> DisplayGeometries() {
  std::vector<wxRect> out;
  for (unsigned i = 0; i < wxDisplay::GetCount(); ++i) out.push_back(wxDisplay(i).GetGeometry());
  return out;
}

int DisplayOf(const wxWindow* window) { return window ? wxDisplay::GetFromWindow(window) : wxNOT_FOUND; }

}  // namespace huddle::ui
