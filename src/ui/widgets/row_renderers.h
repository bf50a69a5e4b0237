#pragma once
/// \file
/// Cell renderers that paint their row's background colour. wxGTK paints a row colour (wxDataViewItemAttr) behind
/// its text cells only, which would leave the Done box and the choice cells of a coloured tracker row white.

#include <functional>

#include <wx/dataview.h>

namespace huddle::ui {

/// A check box for a "bool" column: a click, Space or Enter on it flips the value through the model.
class RowToggleRenderer final : public wxDataViewCustomRenderer {
 public:
  /// An activatable, centred check box.
  RowToggleRenderer();
  bool SetValue(const wxVariant& value) override;          ///< Takes the cell's bool.
  bool GetValue(wxVariant& value) const override;          ///< Gives the cell's bool.
  wxSize GetSize() const override;                         ///< The native check box's size.
  bool Render(wxRect cell, wxDC* dc, int state) override;  ///< Row colour, then the check box.
  /// Flips the cell's value through `model` (ChangeValue), as a click, Space or Enter on it does.
  bool ActivateCell(const wxRect& cell, wxDataViewModel* model, const wxDataViewItem& item, unsigned int col,
                    const wxMouseEvent* mouse) override;

 private:
  bool m_checked = false;
};

/// A text cell whose value is picked from a list: activating it (a click, Enter, Space) hands the cell to `choose`,
/// which offers the choices and saves the one picked. (GTK's own combo cell cannot take a row colour, and a wx
/// choice control does not work as a GTK cell editor.)
class RowChoiceRenderer final : public wxDataViewCustomRenderer {
 public:
  /// Called with the activated cell's item and model column.
  using Choose = std::function<void(const wxDataViewItem& item, unsigned int col)>;
  /// Forwards activations to `choose`.
  explicit RowChoiceRenderer(Choose choose);
  bool SetValue(const wxVariant& value) override;          ///< Takes the cell's text.
  bool GetValue(wxVariant& value) const override;          ///< Gives the cell's text.
  wxSize GetSize() const override;                         ///< The text's size.
  bool Render(wxRect cell, wxDC* dc, int state) override;  ///< Row colour, then the text.
  /// Hands the cell to `choose`.
  bool ActivateCell(const wxRect& cell, wxDataViewModel* model, const wxDataViewItem& item, unsigned int col,
                    const wxMouseEvent* mouse) override;

 private:
  Choose m_choose;
  wxString m_text;
};

}  // namespace huddle::ui
