#include "ui/presenter/presenter_slide.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <wx/intl.h>

#include "core/draw/colour.h"
#include "core/draw/text_line.h"
#include "core/time/duration_text.h"
#include "ui/presenter/presenter_commands.h"
#include "ui/ui_text.h"

namespace huddle::ui {
namespace {

using core::Rgb;
using core::set_colour;
using core::TextLine;

// High contrast against white: the ink and the muted grey both read from the back of a lit room.
constexpr Rgb kInk{0.07, 0.07, 0.07};
constexpr Rgb kMuted{0.27, 0.27, 0.27};
constexpr Rgb kAccent{0.03, 0.23, 0.55};
constexpr Rgb kSelection{0.85, 0.91, 1.0};
constexpr Rgb kRule{0.75, 0.75, 0.75};
constexpr Rgb kClock{0.10, 0.10, 0.10};
constexpr Rgb kAmber{1.0, 0.70, 0.0};
constexpr Rgb kRed{0.76, 0.05, 0.14};
constexpr Rgb kPaused{0.38, 0.38, 0.38};
constexpr Rgb kDone{0.08, 0.48, 0.22};
constexpr Rgb kChipGrey{0.88, 0.88, 0.88};
constexpr Rgb kOverlay{0.13, 0.13, 0.13};

const std::string kDot = " \u00b7 ";
const std::string kEllipsis = "\u2026";

/// Where things go on a slide of a given size: every measure a fraction of the height (u = 1 % of it).
struct Frame {
  double w = 0, h = 0, u = 0;
  double margin = 0;      // left, right and top
  double clock_w = 0;     // the countdown's box
  double clock_h = 0;
  double foot_top = 0;    // the "Next:" line

  explicit Frame(const wxSize& size)
      : w(size.x), h(size.y), u(size.y / 100.0), margin(std::max(4.0 * u, 0.03 * w)), clock_w(32 * u), clock_h(13 * u),
        foot_top(h - 7 * u) {}
  double right() const { return w - margin; }
  double clock_x() const { return right() - clock_w; }
};

/// `text` cut to `width` with an ellipsis: whole words first, then characters.
std::string fitted(TextLine& font, const std::string& text, double width) {
  if (font.width(text) <= width) return text;
  std::string cut = text;
  while (!cut.empty()) {
    const auto space = cut.find_last_of(' ');
    if (space != std::string::npos && space > 0 && font.width(cut.substr(0, space) + kEllipsis) > width) {
      cut.resize(space);
      continue;
    }
    // One UTF-8 character: its continuation bytes, then its lead byte.
    while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
    if (!cut.empty()) cut.pop_back();
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();  // "Mass Ave…", not "Mass Ave …"
    if (font.width(cut + kEllipsis) <= width) return cut + kEllipsis;
  }
  return "";
}

/// `text` in lines no wider than `width`, at most `max_lines`; the last one ellipsized when the text goes on.
std::vector<std::string> wrapped(TextLine& font, const std::string& text, double width, std::size_t max_lines) {
  std::vector<std::string> words;
  for (std::size_t at = 0; at < text.size();) {
    const auto end = std::min(text.find(' ', at), text.size());
    if (end > at) words.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  std::vector<std::string> lines;
  std::size_t i = 0;
  while (i < words.size() && lines.size() < max_lines) {
    std::string line = words[i++];
    if (lines.size() + 1 == max_lines) {
      for (; i < words.size(); ++i) line += " " + words[i];
    } else {
      while (i < words.size() && font.width(line + " " + words[i]) <= width) line += " " + words[i++];
    }
    lines.push_back(fitted(font, line, width));
  }
  return lines;
}

/// Draws `lines` from `y` down in `colour`; returns the y below them.
double draw_lines(cairo_t* cr, TextLine& font, const std::vector<std::string>& lines, double x, double y, Rgb colour) {
  set_colour(cr, colour);
  for (const auto& line : lines) {
    font.draw(line, x, y);
    y += font.height();
  }
  return y;
}

void fill_rect(cairo_t* cr, double x, double y, double w, double h, Rgb colour) {
  set_colour(cr, colour);
  cairo_rectangle(cr, x, y, w, h);
  cairo_fill(cr);
}

void rule(cairo_t* cr, double x, double y, double w, double thickness) { fill_rect(cr, x, y, w, thickness, kRule); }

/// An action's box: empty while to do, green and ticked when done.
void draw_check(cairo_t* cr, double x, double y, double side, bool done, double line) {
  cairo_set_line_width(cr, line);
  if (done) {
    fill_rect(cr, x, y, side, side, kDone);
    set_colour(cr, core::kWhite);
    cairo_move_to(cr, x + 0.2 * side, y + 0.52 * side);
    cairo_line_to(cr, x + 0.42 * side, y + 0.74 * side);
    cairo_line_to(cr, x + 0.82 * side, y + 0.26 * side);
    cairo_stroke(cr);
    return;
  }
  set_colour(cr, kInk);
  cairo_rectangle(cr, x + line / 2, y + line / 2, side - line, side - line);
  cairo_stroke(cr);
}

void draw_clock(cairo_t* cr, const Frame& f, const SlideClock& clock) {
  if (!clock.live) return;
  const double x = f.clock_x(), y = f.margin;
  const auto phase = clock.countdown.phase;
  const Rgb back = clock.paused                            ? kPaused
                   : phase == core::CountdownPhase::low ? kAmber
                   : phase == core::CountdownPhase::out ? kRed
                                                        : kClock;
  fill_rect(cr, x, y, f.clock_w, f.clock_h, back);
  const std::string text = core::format_countdown(clock.countdown);
  // As big as fits: "+12:34" is wider than "0:40".
  double size = 10.5 * f.u;
  for (TextLine probe(cr, size, true); probe.width(text) > f.clock_w - 3 * f.u; probe = TextLine(cr, size, true)) {
    size *= 0.92;
  }
  TextLine digits(cr, size, true);
  set_colour(cr, !clock.paused && phase == core::CountdownPhase::low ? kInk : core::kWhite);
  digits.draw(text, x + (f.clock_w - digits.width(text)) / 2, y + (f.clock_h - digits.height()) / 2);

  TextLine label(cr, 2.9 * f.u);
  const wxString box = wx(core::format_mm_ss(clock.planned_seconds));
  const wxString what = clock.paused                       ? wxString::Format(_("Paused - time box %s"), box)
                        : clock.countdown.left_seconds < 0 ? wxString::Format(_("Over its %s"), box)
                                                           : wxString::Format(_("Left of %s"), box);
  const std::string line = fitted(label, what.utf8_string(), f.clock_w);
  set_colour(cr, clock.paused ? kInk : phase == core::CountdownPhase::out ? kRed : kInk);
  label.draw(line, x + (f.clock_w - label.width(line)) / 2, y + f.clock_h + 0.6 * f.u);
}

/// The tags as chips from `x` on the line of text of `font` at `y`, up to `right`.
void draw_chips(cairo_t* cr, const Frame& f, const std::vector<std::string>& tags, double x, double y, double right,
                TextLine& font) {
  const double pad = 1.0 * f.u;
  for (const auto& tag : tags) {
    const bool loud = tag == "Surging" || tag == "New";
    const double width = font.width(tag) + 2 * pad;
    if (x + width > right) break;
    fill_rect(cr, x, y - 0.2 * f.u, width, font.height() + 0.4 * f.u,
              tag == "Surging" ? kRed : tag == "New" ? kAccent : kChipGrey);
    set_colour(cr, loud ? core::kWhite : kInk);
    font.draw(tag, x + pad, y);
    x += width + 1.0 * f.u;
  }
}

/// The line above the title (position, kicker, presenter, then the tags as chips) and the title (up to two lines);
/// returns the y below them.
double draw_heading(cairo_t* cr, const Frame& f, const core::Slide& slide) {
  const double width = f.clock_x() - 3 * f.u - f.margin;
  double y = f.margin;
  TextLine small(cr, 3.4 * f.u);
  std::string kicker = slide.position;
  for (const std::string* part : {&slide.kicker, &slide.presenter}) {
    if (!part->empty()) kicker += kDot + *part;
  }
  kicker = fitted(small, kicker, width);
  set_colour(cr, kAccent);
  small.draw(kicker, f.margin, y);
  TextLine chip(cr, 3.0 * f.u, true);
  draw_chips(cr, f, slide.tags, f.margin + small.width(kicker) + 2 * f.u, y + 0.3 * f.u, f.margin + width, chip);
  y += small.height() + 0.8 * f.u;
  TextLine title(cr, 8.4 * f.u, true);
  y = draw_lines(cr, title, wrapped(title, slide.title, width, 2), f.margin, y, kInk);
  // Below the clock and its label, whichever is lower.
  return std::max(y + 1.5 * f.u, f.margin + f.clock_h + 5.5 * f.u);
}

/// The big figures — reports since the last huddle by stream — and what they cover; returns the y below them.
double draw_counts(cairo_t* cr, const Frame& f, const core::Slide& slide, double x, double y, double width) {
  TextLine stream(cr, 4.2 * f.u);
  if (slide.counts.empty()) {
    const wxString none = wxString::Format(_("No reports %s"), wx(slide.counts_since));
    set_colour(cr, kInk);
    stream.draw(fitted(stream, none.utf8_string(), width), x, y);
    return y + stream.height() + 2 * f.u;
  }
  TextLine figure(cr, 10 * f.u, true);
  TextLine label(cr, 3.3 * f.u);
  // Names and the period on the figures' baseline.
  const auto on_baseline = [&](TextLine& font) { return y + figure.height() * 0.78 - font.height() * 0.78; };
  double at = x;
  for (const auto& c : slide.counts) {
    const std::string n = std::to_string(c.count);
    set_colour(cr, kInk);
    figure.draw(n, at, y);
    at += figure.width(n) + 1.0 * f.u;
    set_colour(cr, kMuted);
    stream.draw(c.stream, at, on_baseline(stream));
    at += stream.width(c.stream) + 4 * f.u;
  }
  set_colour(cr, kMuted);
  label.draw(fitted(label, slide.counts_since, x + width - at), at, on_baseline(label));
  return y + figure.height() + 1.0 * f.u;
}

/// Where the who column of the action rows `actions` begins, measured from the titles' left edge: after the
/// longest title, but at most 60 % of the room the due dates leave, so every row's who starts at the same place.
double who_column(cairo_t* cr, const Frame& f, const std::vector<core::SlideAction>& actions, double room,
                  double text_size) {
  TextLine font(cr, text_size);
  TextLine meta(cr, 0.85 * text_size);
  double title_w = 0, due_w = 0;
  for (const auto& a : actions) {
    title_w = std::max(title_w, font.width(a.title) + 2 * f.u);
    if (!a.due.empty()) due_w = std::max(due_w, meta.width(a.due) + 1.5 * f.u);
  }
  return std::min(title_w, (room - due_w) * 0.6);
}

/// One action's row: box, title, who (from `who_at` on) and when (red when overdue), marked when selected.
void draw_action_row(cairo_t* cr, const Frame& f, const core::SlideAction& a, bool selected, double x, double y,
                     double width, double row_h, double text_size, bool with_place, double who_at) {
  TextLine font(cr, text_size);
  TextLine meta(cr, 0.85 * text_size);
  if (selected) {
    fill_rect(cr, x - 1.2 * f.u, y, width + 1.2 * f.u, row_h, kSelection);
    fill_rect(cr, x - 1.2 * f.u, y, 0.7 * f.u, row_h, kAccent);
  }
  const double text_y = y + (row_h - font.height()) / 2;
  const double side = 0.62 * font.height();
  draw_check(cr, x + 0.4 * f.u, y + (row_h - side) / 2, side, a.done, 0.3 * f.u);
  const double left = x + side + 2 * f.u;
  const double room = x + width - left;
  const std::string due = a.due;
  const double due_w = due.empty() ? 0 : meta.width(due) + 1.5 * f.u;
  if (!due.empty()) {
    set_colour(cr, a.overdue ? kRed : kMuted);
    meta.draw(due, x + width - meta.width(due) - 0.5 * f.u, text_y + (font.height() - meta.height()) * 0.7);
  }
  std::string who = a.who;
  if (with_place && !a.place.empty()) who += (who.empty() ? "" : kDot) + a.place;
  const double title_w = who.empty() ? room - due_w : who_at;
  set_colour(cr, a.done ? kMuted : kInk);
  font.draw(fitted(font, a.title, title_w - f.u), left, text_y);
  if (!who.empty()) {
    set_colour(cr, kMuted);
    meta.draw(fitted(meta, who, room - due_w - title_w), left + title_w,
              text_y + (font.height() - meta.height()) * 0.7);
  }
}

/// The heights of an action list's parts.
struct ListMeasures {
  double heading = 0;  // heading and rule
  double row = 0;
  double more = 0;     // the "and 3 more" line

  ListMeasures(cairo_t* cr, const Frame& f, double text_size) {
    heading = TextLine(cr, 3.3 * f.u, true).height() + 1.4 * f.u;
    row = TextLine(cr, text_size).height() * 1.35;
    more = TextLine(cr, text_size * 0.8).height() + 0.6 * f.u;
  }
  /// The height of the list with `rows` rows showing of `count`, and a decision line when there is one.
  double height(std::size_t rows, std::size_t count, bool decision) const {
    return heading + static_cast<double>(std::max<std::size_t>(rows, 1)) * row + (count > rows ? more : 0) +
           (decision ? row : 0);
  }
};

/// The list of actions under its heading, scrolled to keep the selected one in view; then the decision.
void draw_actions(cairo_t* cr, const Frame& f, const core::Slide& slide, std::optional<std::size_t> selected, double x,
                  double y, double width, double bottom, double text_size, bool with_place) {
  TextLine heading(cr, 3.3 * f.u, true);
  set_colour(cr, kMuted);
  heading.draw(fitted(heading, slide.list_heading, width), x, y);
  y += heading.height() + 0.5 * f.u;
  rule(cr, x, y, width, 0.25 * f.u);
  y += 0.9 * f.u;
  if (slide.actions.empty() && slide.decision.empty()) {
    TextLine font(cr, text_size);
    y = draw_lines(cr, font, wrapped(font, slide.empty_list, width, 2), x, y + 0.5 * f.u, kMuted);
  }
  const ListMeasures measures(cr, f, text_size);
  const double row_h = measures.row;
  const std::size_t count = slide.actions.size();
  // Rows that fit (a hair's rounding is no reason to lose one), leaving room for the "more" line when needed.
  const auto rows_in = [&](double room) {
    return static_cast<std::size_t>(std::max(1.0, std::floor(room / row_h + 0.01)));
  };
  std::size_t fits = rows_in(bottom - y);
  if (count > fits) fits = rows_in(bottom - y - measures.more);
  std::size_t first = 0;
  if (selected && *selected >= fits) first = *selected + 1 - fits;
  const std::size_t last = std::min(count, first + fits);
  const std::vector<core::SlideAction> shown(slide.actions.begin() + static_cast<std::ptrdiff_t>(first),
                                             slide.actions.begin() + static_cast<std::ptrdiff_t>(last));
  const double side = 0.62 * TextLine(cr, text_size).height();  // the check box, as draw_action_row draws it
  const double who_at = who_column(cr, f, shown, width - side - 2 * f.u, text_size);
  for (std::size_t i = first; i < last; ++i) {
    draw_action_row(cr, f, slide.actions[i], selected == i, x, y, width, row_h, text_size, with_place, who_at);
    y += row_h;
  }
  if (last - first < count) {
    TextLine more(cr, text_size * 0.8);
    set_colour(cr, kMuted);
    const wxString text = first > 0 ? wxString::Format(_("%zu above, %zu below"), first, count - last)
                                    : wxString::Format(_("and %zu more"), count - last);
    more.draw(text.utf8_string(), x + 1.2 * f.u, y + 0.3 * f.u);
    y += more.height() + 0.6 * f.u;
  }
  if (!slide.decision.empty() && y < bottom) {
    TextLine bold(cr, text_size, true);
    draw_lines(cr, bold, wrapped(bold, slide.decision, width, 2), x, y + 0.8 * f.u, kInk);
  }
}

/// The other items' lines, from `y` down to `bottom`.
void draw_lines_body(cairo_t* cr, const Frame& f, const core::Slide& slide, double y, double bottom) {
  TextLine font(cr, 4.4 * f.u);
  const double width = f.right() - f.margin;
  for (const auto& line : slide.lines) {
    if (y + font.height() > bottom) break;
    y = draw_lines(cr, font, wrapped(font, line, width, 2), f.margin, y, kInk) + 1.2 * f.u;
  }
}

void draw_map(cairo_t* cr, const Frame& f, core::MapContent& map, const std::string& place, double x, double y,
              double width, double height) {
  if (width < 10 * f.u || height < 10 * f.u) return;
  map.selected_place = place;
  const core::ChartBox box{x, y, width, height, std::max(11.0, 2.3 * f.u)};
  core::draw_place_map(cr, box, map, core::fit_view(map, box));
  set_colour(cr, kRule);
  cairo_set_line_width(cr, 1);
  cairo_rectangle(cr, x + 0.5, y + 0.5, width - 1, height - 1);
  cairo_stroke(cr);
}

void draw_foot(cairo_t* cr, const Frame& f, const core::Slide& slide, bool overlay) {
  rule(cr, f.margin, f.foot_top, f.right() - f.margin, 0.2 * f.u);
  TextLine next(cr, 3.3 * f.u);
  TextLine hint(cr, 2.4 * f.u);
  const std::string keys = overlay ? "" : _("C: notes and keys").utf8_string();
  const double hint_w = keys.empty() ? 0 : hint.width(keys);
  set_colour(cr, kInk);
  next.draw(fitted(next, slide.next, f.right() - f.margin - hint_w - 3 * f.u), f.margin,
            f.foot_top + (f.h - f.foot_top - next.height()) / 2);
  if (!keys.empty()) {
    set_colour(cr, kMuted);
    hint.draw(keys, f.right() - hint_w, f.foot_top + (f.h - f.foot_top - hint.height()) / 2);
  }
}

/// The facilitator's box: the item's notes and the keys.
class Overlay {
 public:
  Overlay(cairo_t* cr, const Frame& f, const core::Slide& slide)
      : m_f(f), m_font(cr, 3.0 * f.u), m_bold(cr, 3.0 * f.u, true), m_width(f.right() - f.margin - 4 * f.u) {
    const std::string notes = slide.notes.empty() ? _("No notes on this item.").utf8_string()
                                                  : _("Notes: ").utf8_string() + slide.notes;
    m_notes = wrapped(m_font, notes, m_width, 3);
    for (const wxString& line : PresenterHintLines(PresenterCommands(), 2, "    ")) m_keys.push_back(line.utf8_string());
    const double height = static_cast<double>(m_notes.size()) * m_font.height() + 2 * m_bold.height() + 4.5 * f.u;
    m_top = f.foot_top - f.u - height;
  }
  /// Where the box begins: the slide's body ends above it.
  double top() const { return m_top; }
  void draw(cairo_t* cr) {
    const double y0 = m_top;
    fill_rect(cr, m_f.margin, y0, m_f.right() - m_f.margin, m_f.foot_top - m_f.u - y0, kOverlay);
    const double x = m_f.margin + 2 * m_f.u;
    const double y = draw_lines(cr, m_font, m_notes, x, y0 + 1.5 * m_f.u, core::kWhite);
    set_colour(cr, kAmber);
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
      m_bold.draw(fitted(m_bold, m_keys[i], m_width), x, y + m_f.u + static_cast<double>(i) * m_bold.height());
    }
  }

 private:
  const Frame& m_f;
  TextLine m_font;
  TextLine m_bold;
  double m_width;
  std::vector<std::string> m_notes;
  std::vector<std::string> m_keys;
  double m_top = 0;
};

}  // namespace

SlidePanel::SlidePanel(wxWindow* parent, const wxString& name) : CairoPanel(parent, name) {}

void SlidePanel::SetMap(core::MapContent map) {
  m_map = std::move(map);
  m_has_map = true;
  Refresh();
}

void SlidePanel::ShowSlide(const core::Slide& slide, std::optional<std::size_t> selected) {
  if (slide == m_slide && selected == m_selected) return;
  m_slide = slide;
  m_selected = selected;
  Refresh();
}

void SlidePanel::ShowClock(const SlideClock& clock) {
  if (clock == m_clock) return;
  m_clock = clock;
  const Frame f(GetClientSize());
  // The box and its label; the rest of the slide stays as it is.
  RefreshRect(wxRect(static_cast<int>(f.clock_x() - f.u), 0, static_cast<int>(f.clock_w + 2 * f.u),
                     static_cast<int>(f.margin + f.clock_h + 5 * f.u)));
}

void SlidePanel::ShowOverlay(bool shown) {
  m_overlay = shown;
  Refresh();
}

void SlidePanel::Draw(cairo_t* cr, const wxSize& size) {
  if (size.x < 50 || size.y < 50) return;
  const Frame f(size);
  draw_clock(cr, f, m_clock);
  if (m_slide.title.empty()) return;  // nothing to present yet
  const double top = draw_heading(cr, f, m_slide);
  std::optional<Overlay> overlay;
  if (m_overlay) overlay.emplace(cr, f, m_slide);
  // The body ends above the foot, or above the facilitator's box when it shows.
  const double bottom = (overlay ? overlay->top() : f.foot_top) - 2 * f.u;
  const double width = f.right() - f.margin;
  switch (m_slide.kind) {
    case core::AgendaKind::place: {
      // Above: the figures and the explanation, the map beside them. Below, across the slide: the actions, with
      // the rows they need (up to five); the map takes the height they leave.
      const bool map = m_has_map && !m_slide.place_id.empty();
      const double band_w = map ? width * 0.57 : width;
      double y = draw_counts(cr, f, m_slide, f.margin, top, band_w);
      if (!m_slide.explanation.empty()) {
        TextLine font(cr, 3.6 * f.u);
        y = draw_lines(cr, font, wrapped(font, m_slide.explanation, band_w, 3), f.margin, y, kInk);
      }
      const double text_size = 3.8 * f.u;
      const std::size_t count = m_slide.actions.size();
      const double list_h = ListMeasures(cr, f, text_size).height(std::min<std::size_t>(count, 5), count,
                                                                  !m_slide.decision.empty());
      const double list_top = std::max(y + 2.5 * f.u, bottom - list_h);
      if (map) {
        const double x = f.margin + band_w + 3 * f.u;
        draw_map(cr, f, m_map, m_slide.place_id, x, top, f.right() - x, list_top - 2 * f.u - top);
      }
      draw_actions(cr, f, m_slide, m_selected, f.margin, list_top, width, bottom, text_size, false);
      break;
    }
    case core::AgendaKind::overdue_actions:
      draw_actions(cr, f, m_slide, m_selected, f.margin, top, width, bottom, 4.0 * f.u, true);
      break;
    default: draw_lines_body(cr, f, m_slide, top, bottom); break;
  }
  draw_foot(cr, f, m_slide, m_overlay);
  if (overlay) overlay->draw(cr);
}

}  // namespace huddle::ui
