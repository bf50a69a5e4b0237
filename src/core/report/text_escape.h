#pragma once
/// \file
/// Untrusted text (extracts, typed notes, configuration) made safe for one output format (ARCHITECTURE §8).

#include <string>
#include <string_view>

namespace huddle::core {

/// `text` on one line: tabs and line breaks (also U+2028, U+2029) become spaces; other control characters (C0, DEL,
/// C1) and the bidirectional embedding, override and isolate controls are dropped. Valid UTF-8 in, valid UTF-8 out.
std::string one_line(std::string_view text);

/// one_line(`text`) cut to at most `limit` bytes at a character boundary, "…" added when cut: untrusted text quoted
/// in a message (a 50 MB field or a binary header must not become a 50 MB message).
std::string excerpt(std::string_view text, std::size_t limit = 60);

/// one_line(`text`) with & < > " ' as HTML character references (kainjow mustache's own escaping).
std::string escape_html(std::string_view text);

/// one_line(`text`), trimmed, with the Markdown syntax in it backslash-escaped so that it reads as typed and cannot
/// make emphasis, code, links, images, autolinks, HTML, headings, tables or lists: \ ` * _ { } [ ] < > # | ~ ! @
/// everywhere; & before an entity name; : in "://" and . in "www."; - + = and the . or ) after leading digits at the
/// start.
std::string escape_markdown(std::string_view text);

}  // namespace huddle::core
