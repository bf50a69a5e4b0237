#include "core/report/text_escape.h"

#include <cctype>

#include <kainjow/mustache.hpp>

namespace huddle::core {
namespace {

/// Markdown punctuation escaped wherever it stands.
constexpr std::string_view kMarkdownPunctuation = "\\`*_{}[]<>#|~!@";

bool is_ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

/// True when `text` at `at` (an '&') starts what CommonMark reads as a character reference: &name; &#123; &#x1F;.
bool starts_entity(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  while (i < text.size() && (is_ascii_alnum(text[i]) || text[i] == '#')) ++i;
  return i > at + 1 && i < text.size() && text[i] == ';';
}

/// True when the '.' at `at` ends a "www" that starts a word (GFM's extended www autolink).
bool ends_www(std::string_view text, std::size_t at) {
  if (at < 3 || (at > 3 && is_ascii_alnum(text[at - 4]))) return false;
  for (std::size_t i = at - 3; i < at; ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != 'w') return false;
  }
  return true;
}

}  // namespace

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\t' || c == '\n' || c == '\r') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      // other C0 controls and DEL: dropped
    } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      ++i;  // C1 control (U+0080..U+009F)
    } else if (c == 0xE2 && i + 2 < text.size()) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]);
      const auto b2 = static_cast<unsigned char>(text[i + 2]);
      if (b1 == 0x80 && (b2 == 0xA8 || b2 == 0xA9)) {
        out += ' ';  // line and paragraph separators
        i += 2;
      } else if ((b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)) {
        i += 2;  // bidirectional embeddings, overrides and isolates: they can make text read in another order
      } else {
        out += text[i];
      }
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string excerpt(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return one_line(text);
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // text[cut] starts a character
  return one_line(text.substr(0, cut)) + "…";
}

std::string escape_html(std::string_view text) { return kainjow::mustache::html_escape(one_line(text)); }

std::string escape_markdown(std::string_view raw) {
  const std::string line = one_line(raw);
  std::string_view text = line;
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);

  std::string out;
  out.reserve(text.size() * 2);
  std::size_t i = 0;
  // Block markers count only at the start of a line, and a value may be put at the start of one.
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
    out.append(text.substr(0, digits)).append("\\").append(1, text[digits]);
    i = digits + 1;
  } else if (!text.empty() && (text[0] == '-' || text[0] == '+' || text[0] == '=')) {
    out.append("\\").append(1, text[0]);
    i = 1;
  }
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (kMarkdownPunctuation.find(c) != std::string_view::npos || (c == '&' && starts_entity(text, i)) ||
        (c == ':' && text.substr(i, 3) == "://") || (c == '.' && ends_www(text, i))) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

}  // namespace huddle::core
