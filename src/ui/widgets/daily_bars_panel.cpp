#include "ui/widgets/daily_bars_panel.h"

#include "core/draw/daily_bars.h"

namespace huddle::ui {

DailyBarsPanel::DailyBarsPanel(wxWindow* parent) : CairoPanel(parent) { SetMinSize(FromDIP(wxSize(320, 190))); }

void DailyBarsPanel::SetDaily(const std::map<std::string, std::vector<long>>& daily) {
  m_daily = daily;
  Refresh();
}

void DailyBarsPanel::Draw(cairo_t* cr, const wxSize& size) {
  if (m_daily.empty()) return;
  const double margin = FromDIP(10);
  // The window's own font size, converted from points to the context's units (pixels at 96 dpi).
  const double font = GetFont().GetFractionalPointSize() * 96.0 / 72.0;
  core::draw_daily_bars(cr, {margin, margin, size.x - 2 * margin, size.y - 2 * margin, font}, m_daily);
}

}  // namespace huddle::ui
