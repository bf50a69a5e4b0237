#pragma once
/// \file
/// CairoPanel: a window painted by core cairo drawing code (charts, the map, presenter mode's slide), on white.

#include <cairo.h>

#include <wx/bitmap.h>
#include <wx/panel.h>

namespace huddle::ui {

/// Base of the panels that draw with cairo: each paint (and each size change) hands Draw() the window's own
/// cairo context, cleared to white, in pixels. Render() draws the same into a bitmap of any size.
class CairoPanel : public wxPanel {
 public:
  /// A panel named `name` (so tests can find it).
  explicit CairoPanel(wxWindow* parent, const wxString& name = wxPanelNameStr);
  /// What the panel shows, drawn at `size` into a new bitmap: the same pixels as on screen at that size, whatever
  /// the screen (screenshots, thumbnails). An invalid bitmap when cairo is not available.
  wxBitmap Render(const wxSize& size);

 protected:
  /// Draws the content in a `size` box at (0, 0) of `cr` (one unit = one pixel) over white. `cr` stays the
  /// caller's; the drawing may leave its state changed.
  virtual void Draw(cairo_t* cr, const wxSize& size) = 0;

 private:
  void OnPaint();
};

}  // namespace huddle::ui
