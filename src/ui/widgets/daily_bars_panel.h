#pragma once
/// \file
/// DailyBarsPanel: a place's 28-day bars by stream on screen, drawn by the same core code as the packet's.

#include <map>
#include <string>
#include <vector>

#include <wx/panel.h>

namespace huddle::ui {

/// Paints core::draw_daily_bars on the window's own cairo context, on white.
class DailyBarsPanel final : public wxPanel {
 public:
  /// An empty chart; SetDaily() gives it bars.
  explicit DailyBarsPanel(wxWindow* parent);
  /// Shows `daily` (per stream: day-slot counts, oldest first, as core::RankedPlace::daily); empty shows nothing.
  void SetDaily(const std::map<std::string, std::vector<long>>& daily);

 private:
  void OnPaint();

  std::map<std::string, std::vector<long>> m_daily;
};

}  // namespace huddle::ui
