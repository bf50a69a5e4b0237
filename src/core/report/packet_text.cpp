#include "core/report/packet_text.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <glib.h>
#include <pango/pangocairo.h>

#include "core/report/text_escape.h"

namespace huddle::core {
namespace {

/// Text from extracts and users may hold bytes that are not UTF-8: pango would complain and drop the line.
std::string valid_utf8(std::string_view text) {
  if (g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr)) return std::string(text);
  gchar* fixed = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
  std::string out(fixed);
  g_free(fixed);
  return out;
}

}  // namespace

struct TextKit::Fonts {
  PangoFontMap* map = nullptr;
  PangoContext* context = nullptr;
};

TextKit::TextKit() : m_fonts(std::make_unique<Fonts>()) {
  // A font map of our own: pango's default one belongs to the thread that asked first, and the GUI may lay out in
  // a worker and draw on the UI thread.
  m_fonts->map = pango_cairo_font_map_new();
  m_fonts->context = pango_font_map_create_context(m_fonts->map);
  pango_cairo_context_set_resolution(m_fonts->context, 72);
  // No hinting: glyph advances then scale exactly, so a page measured here draws the same on a PDF surface, a
  // scaled preview image and a printer.
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(m_fonts->context, options);
  cairo_font_options_destroy(options);
}

TextKit::~TextKit() {
  g_object_unref(m_fonts->context);
  g_object_unref(m_fonts->map);
}

std::shared_ptr<const TextBox> TextKit::box(std::string_view text, const TextStyle& style, double width) const {
  PangoLayout* layout = pango_layout_new(m_fonts->context);
  PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
  pango_font_description_set_size(font, static_cast<gint>(std::lround(style.size * PANGO_SCALE)));
  if (style.bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
  if (width > 0) {
    pango_layout_set_width(layout, static_cast<int>(std::floor(width * PANGO_SCALE)));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    if (style.right) pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT);
    if (style.centre) pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
  }
  // Each line without control characters (pango shows them as boxes) or bidirectional overrides (which would
  // make a place name read backwards); set as text, never parsed as pango markup.
  const std::string valid = valid_utf8(text);
  std::string shown;
  for (std::size_t start = 0; start <= valid.size();) {
    const std::size_t end = std::min(valid.find('\n', start), valid.size());
    if (start > 0) shown += '\n';
    shown += one_line(std::string_view(valid).substr(start, end - start));
    start = end + 1;
  }
  pango_layout_set_text(layout, shown.c_str(), -1);

  std::shared_ptr<TextBox> out(new TextBox(layout, style.colour));
  PangoRectangle logical;
  pango_layout_get_extents(layout, nullptr, &logical);
  out->m_width = static_cast<double>(logical.width) / PANGO_SCALE;
  out->m_height = static_cast<double>(logical.height) / PANGO_SCALE;
  return out;
}

TextBox::TextBox(void* layout, Rgb colour) : m_layout(layout, g_object_unref), m_colour(colour) {}

void TextBox::draw(cairo_t* cr, double x, double y) const {
  cairo_save(cr);
  set_colour(cr, m_colour);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, static_cast<PangoLayout*>(m_layout.get()));
  cairo_new_path(cr);
  cairo_restore(cr);
}

}  // namespace huddle::core
