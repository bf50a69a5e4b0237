#pragma once
/// \file
/// TextLine: one line of DejaVu Sans through pango-cairo, sized in user units, for the charts and the map.

#include <memory>
#include <string>

#include <cairo.h>

namespace huddle::core {

/// One line of DejaVu Sans at a size in user units, laid out for the context it draws on (so text looks the same
/// on a PDF page, an image and a window). `cr` stays the caller's and must outlive the object.
class TextLine {
 public:
  /// Text `size` units high; `bold` for markers and headings.
  TextLine(cairo_t* cr, double size, bool bold = false);
  /// Width of `text` in user units.
  double width(const std::string& text);
  /// Line height in user units.
  double height();
  /// Draws `text` with its top left corner at (x, y) in the current source.
  void draw(const std::string& text, double x, double y);
  /// Adds the glyph outlines of `text` (top left corner at (x, y)) to the current path, e.g. to stroke a halo.
  void path(const std::string& text, double x, double y);

 private:
  void set_text(const std::string& text);
  cairo_t* m_cr;
  std::unique_ptr<void, void (*)(void*)> m_layout;
};

}  // namespace huddle::core
