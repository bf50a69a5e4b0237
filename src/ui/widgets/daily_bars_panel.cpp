#include "ui/widgets/daily_bars_panel.h"

#include <memory>

#include <wx/dcclient.h>
#include <wx/graphics.h>

#include "core/draw/daily_bars.h"

namespace huddle::ui {

DailyBarsPanel::DailyBarsPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetMinSize(FromDIP(wxSize(320, 190)));
  Bind(wxEVT_PAINT, [this](wxPaintEvent&) { OnPaint(); });
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    Refresh();  // the bars stretch with the panel
    event.Skip();
  });
}

void DailyBarsPanel::SetDaily(const std::map<std::string, std::vector<long>>& daily) {
  m_daily = daily;
  Refresh();
}

void DailyBarsPanel::OnPaint() {
  wxPaintDC dc(this);
  // White like the printed packet, whatever the desktop theme: the chart's colours are chosen against white.
  dc.SetBackground(*wxWHITE_BRUSH);
  dc.Clear();
  if (m_daily.empty()) return;
  wxGraphicsRenderer* cairo = wxGraphicsRenderer::GetCairoRenderer();
  if (!cairo) return;
  const std::unique_ptr<wxGraphicsContext> gc(cairo->CreateContext(dc));
  if (!gc) return;
  auto* cr = static_cast<cairo_t*>(gc->GetNativeContext());
  const wxSize size = GetClientSize();
  const double margin = FromDIP(10);
  // The window's own font size, converted from points to the context's units (pixels at 96 dpi).
  const double font = GetFont().GetFractionalPointSize() * 96.0 / 72.0;
  core::draw_daily_bars(cr, {margin, margin, size.x - 2 * margin, size.y - 2 * margin, font}, m_daily);
}

}  // namespace huddle::ui
