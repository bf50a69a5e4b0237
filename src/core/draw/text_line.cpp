#include "core/draw/text_line.h"

#include <pango/pangocairo.h>

namespace huddle::core {
namespace {

PangoLayout* as_layout(void* p) { return static_cast<PangoLayout*>(p); }

}  // namespace

TextLine::TextLine(cairo_t* cr, double size, bool bold)
    : m_cr(cr), m_layout(pango_cairo_create_layout(cr), g_object_unref) {
  PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
  pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
  if (bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description(as_layout(m_layout.get()), font);
  pango_font_description_free(font);
}

void TextLine::set_text(const std::string& text) { pango_layout_set_text(as_layout(m_layout.get()), text.c_str(), -1); }

double TextLine::width(const std::string& text) {
  int w = 0, h = 0;
  set_text(text);
  pango_layout_get_size(as_layout(m_layout.get()), &w, &h);
  return static_cast<double>(w) / PANGO_SCALE;
}

double TextLine::height() {
  int w = 0, h = 0;
  set_text("0");
  pango_layout_get_size(as_layout(m_layout.get()), &w, &h);
  return static_cast<double>(h) / PANGO_SCALE;
}

void TextLine::draw(const std::string& text, double x, double y) {
  set_text(text);
  cairo_move_to(m_cr, x, y);
  pango_cairo_show_layout(m_cr, as_layout(m_layout.get()));
}

void TextLine::path(const std::string& text, double x, double y) {
  set_text(text);
  cairo_move_to(m_cr, x, y);
  pango_cairo_layout_path(m_cr, as_layout(m_layout.get()));
}

}  // namespace huddle::core
