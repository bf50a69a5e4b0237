#include "ui/widgets/stretch_column.h"

#include <algorithm>

#include <wx/listctrl.h>

namespace huddle::ui {

void FitColumn(wxListView* list, int column, int min_width) {
  if (column >= list->GetColumnCount()) return;
  int others = 0;
  for (int c = 0; c < list->GetColumnCount(); ++c) {
    if (c != column) others += list->GetColumnWidth(c);
  }
  const int slack = list->FromDIP(4);  // no sideways scroll bar for a pixel's rounding
  const int width = std::max(min_width, list->GetClientSize().x - others - slack);
  if (list->GetColumnWidth(column) != width) list->SetColumnWidth(column, width);
}

void StretchColumn(wxListView* list, int column, int min_width) {
  list->Bind(wxEVT_SIZE, [list, column, min_width](wxSizeEvent& event) {
    event.Skip();
    list->CallAfter([list, column, min_width] { FitColumn(list, column, min_width); });  // once the size is in
  });
  FitColumn(list, column, min_width);
}

}  // namespace huddle::ui
