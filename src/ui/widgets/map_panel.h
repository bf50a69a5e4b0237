#pragma once
/// \file
/// MapPanel: the map of the listed places on screen (core::draw_place_map), moved with the mouse and the keys.

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/draw/boundary.h"
#include "core/draw/place_map.h"
#include "ui/widgets/cairo_panel.h"

namespace huddle::ui {

/// Draws a MapContent. Drag or the arrow keys move it, the wheel or + and - zoom, Home or 0 fit it to the listed
/// places again; a click on a place's marker or cells calls the click handler with its id.
class MapPanel final : public CairoPanel {
 public:
  /// An empty map (a city-centre view) named "place map".
  explicit MapPanel(wxWindow* parent);

  /// Shows `content` (its boundaries pointer is ignored: SetBoundaries). The view is fitted to its places unless
  /// the user moved it since the last fit.
  void SetContent(core::MapContent content);
  /// Draws `layer` under the cells; nullptr for none. The panel shares its ownership.
  void SetBoundaries(std::shared_ptr<const core::BoundaryLayer> layer);
  /// Highlights place `id` ("" for none); the view does not move.
  void SetSelected(const std::string& id);
  /// Called with the place's id when a click lands on a place.
  void SetOnPlaceClicked(std::function<void(const std::string&)> handler);

  /// Fits the view to the listed places again, and follows the panel's size until the user moves it.
  void FitView();
  /// The view drawn now.
  const core::MapView& View() const { return m_view; }
  /// True while the view is the fitted one.
  bool Fitted() const { return m_fitted; }
  /// What is drawn (the boundaries pointer is set when a layer is drawn).
  const core::MapContent& Content() const { return m_content; }
  /// The listed place under `point` (client pixels), if any.
  std::optional<std::string> PlaceAt(const wxPoint& point) const;

  bool AcceptsFocus() const override { return true; }
  bool AcceptsFocusFromKeyboard() const override { return true; }

 private:
  void Draw(cairo_t* cr, const wxSize& size) override;
  core::ChartBox Box() const;
  void SetView(const core::MapView& view);
  void OnChar(wxKeyEvent& event);
  void OnLeftDown(wxMouseEvent& event);
  void OnMotion(wxMouseEvent& event);
  void OnLeftUp(wxMouseEvent& event);
  void OnWheel(wxMouseEvent& event);

  core::MapContent m_content;
  std::shared_ptr<const core::BoundaryLayer> m_boundaries;
  core::MapView m_view;
  bool m_fitted = true;  // the view follows fit_view (new content, a new size) until the user moves it
  std::function<void(const std::string&)> m_on_click;
  bool m_pressed = false;   // the left button went down on the map
  bool m_dragging = false;  // ... and moved far enough to be a drag, not a click
  wxPoint m_press;
  wxPoint m_last;
};

}  // namespace huddle::ui
