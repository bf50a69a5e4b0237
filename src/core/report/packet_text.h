#pragma once
/// \file
/// Text for the printed packet: DejaVu Sans laid out by pango at 72 dpi in points, measured once and drawn the same
/// on any cairo context (a PDF page, an image for the print preview, a printer).

#include <memory>
#include <string_view>

#include <cairo.h>

#include "core/draw/colour.h"

namespace huddle::core {

/// How a piece of text looks.
struct TextStyle {
  double size = 9;               ///< Font size in points.
  bool bold = false;             ///< DejaVu Sans Bold.
  Rgb colour{0.13, 0.13, 0.13};  ///< Text colour.
  bool right = false;            ///< Aligned right in its width (numbers) instead of left.
  bool centre = false;           ///< Centred in its width.
};

/// A laid-out piece of text: wrapped at word (or, for a long word, character) boundaries to its width. Immutable.
class TextBox {
 public:
  /// Width of the text's logical extent in points (at most the wrap width).
  double width() const { return m_width; }
  /// Height of all its lines in points.
  double height() const { return m_height; }
  /// Draws it with the top-left of its wrap box at (x, y). Leaves the context's state as it found it.
  void draw(cairo_t* cr, double x, double y) const;

 private:
  friend class TextKit;
  TextBox(void* layout, Rgb colour);
  std::shared_ptr<void> m_layout;  // PangoLayout
  Rgb m_colour;
  double m_width = 0;
  double m_height = 0;
};

/// Makes TextBoxes: one pango context (own font map, 72 dpi, no hinting, so that sizes do not depend on the target)
/// per document. Not thread-safe; the boxes it made may be drawn from another thread once it is done laying out.
class TextKit {
 public:
  TextKit();
  ~TextKit();
  TextKit(const TextKit&) = delete;
  TextKit& operator=(const TextKit&) = delete;

  /// `text` (UTF-8; invalid bytes are replaced, never passed on) in `style`, wrapped to `width` points, or on one
  /// line when `width` <= 0. Line breaks in `text` are kept.
  std::shared_ptr<const TextBox> box(std::string_view text, const TextStyle& style, double width = 0) const;

 private:
  struct Fonts;
  std::unique_ptr<Fonts> m_fonts;
};

}  // namespace huddle::core
