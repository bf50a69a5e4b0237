#include "ui/widgets/cairo_panel.h"

#include <memory>

#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/graphics.h>

namespace huddle::ui {
namespace {

/// Clears `dc` to white and draws `draw` on a cairo context on it.
template <typename DC, typename DrawFn>
void paint_on(DC& dc, DrawFn draw) {
  // White like the printed packet, whatever the desktop theme: the drawings' colours are chosen against white.
  dc.SetBackground(*wxWHITE_BRUSH);
  dc.Clear();
  wxGraphicsRenderer* cairo = wxGraphicsRenderer::GetCairoRenderer();
  if (!cairo) return;
  const std::unique_ptr<wxGraphicsContext> gc(cairo->CreateContext(dc));
  if (gc) draw(static_cast<cairo_t*>(gc->GetNativeContext()));
}

}  // namespace

CairoPanel::CairoPanel(wxWindow* parent, const wxString& name)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, name) {
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  Bind(wxEVT_PAINT, [this](wxPaintEvent&) { OnPaint(); });
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    Refresh();  // the drawing stretches with the panel
    event.Skip();
  });
}

void CairoPanel::OnPaint() {
  wxPaintDC dc(this);
  const wxSize size = GetClientSize();
  paint_on(dc, [&](cairo_t* cr) { Draw(cr, size); });
}

wxBitmap CairoPanel::Render(const wxSize& size) {
  if (!wxGraphicsRenderer::GetCairoRenderer()) return {};
  wxBitmap bitmap(size, 24);
  wxMemoryDC dc(bitmap);
  paint_on(dc, [&](cairo_t* cr) { Draw(cr, size); });
  dc.SelectObject(wxNullBitmap);
  return bitmap;
}

}  // namespace huddle::ui
