#pragma once
/// \file
/// RunOfShowList: a huddle's run-of-show as a report list — position, time box, item, presenter, actual time,
/// decision, notes — with the item being run highlighted.

#include <cstddef>
#include <optional>
#include <vector>

#include <wx/listctrl.h>

#include "core/model/huddle.h"

namespace huddle::ui {

/// What a row shows besides the item itself.
struct RunOfShowRow {
  wxString presenter;  ///< The presenting department's short name, or empty.
  wxString decision;   ///< For a place: the actions agreed or "No action: reason"; else empty.
};

/// The run-of-show list. Rows are updated in place, so the selection and scroll position survive an edit.
class RunOfShowList final : public wxListView {
 public:
  /// An empty list named `name`.
  RunOfShowList(wxWindow* parent, const wxString& name);
  /// Shows `items` with `rows` (same size); `current` is the item being run, if any.
  void ShowItems(const std::vector<core::AgendaItem>& items, const std::vector<RunOfShowRow>& rows,
                 std::optional<std::size_t> current);
  /// Column indexes, for tests that read the screen.
  enum Column { kPosition, kTimeBox, kItem, kPresenter, kActual, kDecision, kNotes };
};

}  // namespace huddle::ui
