#include "ui/widgets/map_panel.h"

#include <cmath>
#include <cstdlib>

#include <wx/cursor.h>
#include <wx/intl.h>
#include <wx/settings.h>

#include "core/draw/map_navigation.h"

namespace huddle::ui {
namespace {

constexpr double kKeyZoom = 1.5;     // one + or - press
constexpr double kWheelZoom = 1.25;  // one wheel notch
constexpr double kKeyPan = 1.0 / 6;  // an arrow key moves the map by this share of the panel
constexpr int kDragSlop = 4;         // pixels the pointer may move in a click

}  // namespace

MapPanel::MapPanel(wxWindow* parent) : CairoPanel(parent, "place map") {
  SetWindowStyleFlag(GetWindowStyleFlag() | wxWANTS_CHARS);  // the arrow keys move the map, not the focus
  SetMinSize(FromDIP(wxSize(240, 200)));
  m_view = core::fit_view(m_content, Box());
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    if (m_fitted) m_view = core::fit_view(m_content, Box());
    event.Skip();  // CairoPanel repaints
  });
  Bind(wxEVT_CHAR, &MapPanel::OnChar, this);
  Bind(wxEVT_LEFT_DOWN, &MapPanel::OnLeftDown, this);
  Bind(wxEVT_MOTION, &MapPanel::OnMotion, this);
  Bind(wxEVT_LEFT_UP, &MapPanel::OnLeftUp, this);
  Bind(wxEVT_MOUSEWHEEL, &MapPanel::OnWheel, this);
  Bind(wxEVT_MOUSE_CAPTURE_LOST, [this](wxMouseCaptureLostEvent&) { m_pressed = m_dragging = false; });
  for (const auto type : {wxEVT_SET_FOCUS, wxEVT_KILL_FOCUS}) {
    Bind(type, [this](wxFocusEvent& event) {
      Refresh();  // the focus frame
      event.Skip();
    });
  }
}

void MapPanel::SetContent(core::MapContent content) {
  content.boundaries = m_boundaries.get();
  m_content = std::move(content);
  if (m_fitted) m_view = core::fit_view(m_content, Box());
  Refresh();
}

void MapPanel::SetBoundaries(std::shared_ptr<const core::BoundaryLayer> layer) {
  m_boundaries = std::move(layer);
  m_content.boundaries = m_boundaries.get();
  Refresh();
}

void MapPanel::SetSelected(const std::string& id) {
  if (m_content.selected_place == id) return;
  m_content.selected_place = id;
  Refresh();
}

void MapPanel::SetOnPlaceClicked(std::function<void(const std::string&)> handler) { m_on_click = std::move(handler); }

void MapPanel::FitView() {
  m_fitted = true;
  m_view = core::fit_view(m_content, Box());
  Refresh();
}

std::optional<std::string> MapPanel::PlaceAt(const wxPoint& point) const {
  return core::place_at(m_content, Box(), m_view, point.x, point.y);
}

core::ChartBox MapPanel::Box() const {
  const wxSize size = GetClientSize();
  // A little over the window's font (points to pixels at 96 dpi): markers big enough to read and to hit.
  const double font = GetFont().GetFractionalPointSize() * 96.0 / 72.0 * 1.15;
  return {0, 0, static_cast<double>(size.x), static_cast<double>(size.y), font};
}

void MapPanel::Draw(cairo_t* cr, const wxSize& size) {
  if (size.x <= 0 || size.y <= 0) return;
  core::ChartBox box = Box();
  box.width = size.x;  // Render() may ask for another size than the window's
  box.height = size.y;
  const core::MapView view = m_fitted ? core::fit_view(m_content, box) : m_view;
  core::draw_place_map(cr, box, m_content, view);
  if (HasFocus()) {
    // Keyboard focus: a frame in the selection colour, so the arrow keys' target is plain.
    const wxColour c = wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT);
    cairo_set_source_rgb(cr, c.Red() / 255.0, c.Green() / 255.0, c.Blue() / 255.0);
    cairo_set_line_width(cr, 3);
    cairo_rectangle(cr, 1.5, 1.5, size.x - 3, size.y - 3);
    cairo_stroke(cr);
  }
}

void MapPanel::SetView(const core::MapView& view) {
  m_view = view;
  m_fitted = false;
  Refresh();
}

void MapPanel::OnChar(wxKeyEvent& event) {
  const core::ChartBox box = Box();
  const double step_x = box.width * kKeyPan, step_y = box.height * kKeyPan;
  switch (event.GetKeyCode()) {
    // An arrow looks further that way: the map moves the other way.
    case WXK_LEFT:
    case WXK_NUMPAD_LEFT:
      SetView(core::pan_view(m_view, step_x, 0));
      break;
    case WXK_RIGHT:
    case WXK_NUMPAD_RIGHT:
      SetView(core::pan_view(m_view, -step_x, 0));
      break;
    case WXK_UP:
    case WXK_NUMPAD_UP:
      SetView(core::pan_view(m_view, 0, step_y));
      break;
    case WXK_DOWN:
    case WXK_NUMPAD_DOWN:
      SetView(core::pan_view(m_view, 0, -step_y));
      break;
    case '+':
    case '=':
    case WXK_NUMPAD_ADD:
      SetView(core::zoom_view(m_view, box, kKeyZoom, box.width / 2, box.height / 2));
      break;
    case '-':
    case '_':
    case WXK_NUMPAD_SUBTRACT:
      SetView(core::zoom_view(m_view, box, 1 / kKeyZoom, box.width / 2, box.height / 2));
      break;
    case WXK_HOME:
    case WXK_NUMPAD_HOME:
    case '0':
    case WXK_NUMPAD0:
      FitView();
      break;
    default:
      event.Skip();  // Tab and the rest keep their meaning
  }
}

void MapPanel::OnLeftDown(wxMouseEvent& event) {
  SetFocus();
  m_pressed = true;
  m_dragging = false;
  m_press = m_last = event.GetPosition();
  if (!HasCapture()) CaptureMouse();  // a drag may leave the panel and come back
}

void MapPanel::OnMotion(wxMouseEvent& event) {
  const wxPoint at = event.GetPosition();
  if (!m_pressed || !event.LeftIsDown()) {
    SetCursor(PlaceAt(at) ? wxCursor(wxCURSOR_HAND) : wxNullCursor);  // a place can be clicked
    return;
  }
  if (!m_dragging && std::abs(at.x - m_press.x) + std::abs(at.y - m_press.y) > kDragSlop) m_dragging = true;
  if (!m_dragging) return;
  SetView(core::pan_view(m_view, at.x - m_last.x, at.y - m_last.y));
  m_last = at;
}

void MapPanel::OnLeftUp(wxMouseEvent& event) {
  if (HasCapture()) ReleaseMouse();
  const bool click = m_pressed && !m_dragging;
  m_pressed = m_dragging = false;
  if (!click) return;
  if (const auto id = PlaceAt(event.GetPosition()); id && m_on_click) m_on_click(*id);
}

void MapPanel::OnWheel(wxMouseEvent& event) {
  if (event.GetWheelAxis() != wxMOUSE_WHEEL_VERTICAL || event.GetWheelDelta() == 0) return;
  const double notches = static_cast<double>(event.GetWheelRotation()) / event.GetWheelDelta();
  const wxPoint at = event.GetPosition();
  SetView(core::zoom_view(m_view, Box(), std::pow(kWheelZoom, notches), at.x, at.y));
}

}  // namespace huddle::ui
