#pragma once
/// \file
/// A report list's one stretching column (a place's name, a block's address): it takes the width the other
/// columns leave, so long names show whole on a wide screen and the list never scrolls sideways on a narrow one.

class wxListView;

namespace huddle::ui {

/// Gives column `column` of `list` the width its other columns leave, at least `min_width` pixels.
void FitColumn(wxListView* list, int column, int min_width);

/// FitColumn now and whenever `list` is resized.
void StretchColumn(wxListView* list, int column, int min_width);

}  // namespace huddle::ui
