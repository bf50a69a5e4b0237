// Untrusted text made safe for each agenda format: one line without control characters, HTML references, and
// Markdown that reads as typed.

#include <doctest/doctest.h>

#include "core/report/text_escape.h"

using namespace huddle::core;

TEST_CASE("one_line turns breaks and tabs into spaces and drops control characters, keeping UTF-8 text") {
  CHECK(one_line("a\tb\r\nc") == "a b  c");
  CHECK(one_line(std::string("bell\x07 nul") + '\0' + "esc\x1b[31m del\x7f") == "bell nulesc[31m del");
  CHECK(one_line("C1 \xc2\x85here \xc2\x9fnow") == "C1 here now");  // NEL, APC
  CHECK(one_line("line\xe2\x80\xa8para\xe2\x80\xa9"
                 "end") == "line para end");  // U+2028, U+2029
  CHECK(one_line("abc\xe2\x80\xae"
                 "fdp.exe\xe2\x81\xa6x\xe2\x81\xa9") == "abcfdp.exex");  // RLO, LRI, PDI
  CHECK(one_line("usual \xe2\x89\x88 5 \xc3\xa9t\xc3\xa9 \xc2\xa0") ==
        "usual \xe2\x89\x88 5 \xc3\xa9t\xc3\xa9 \xc2\xa0");
}

TEST_CASE("excerpt keeps short text whole and cuts long text at a character boundary with an ellipsis") {
  CHECK(excerpt("Needle Pickup") == "Needle Pickup");
  CHECK(excerpt(std::string(50 << 20, 'x')) == std::string(60, 'x') + "\xe2\x80\xa6");
  CHECK(excerpt("caf\xc3\xa9 au lait", 4) == "caf\xe2\x80\xa6");  // not half of the é
  CHECK(excerpt("tab\there\x1b[31m", 20) == "tab here[31m");
}

TEST_CASE("escape_html writes the five HTML specials as references") {
  CHECK(escape_html("<a href=\"x\">Tom's & Jerry's</a>") ==
        "&lt;a href=&quot;x&quot;&gt;Tom&apos;s &amp; Jerry&apos;s&lt;/a&gt;");
  CHECK(escape_html("two\nlines") == "two lines");
}

TEST_CASE("escape_markdown leaves plain words alone and escapes what Markdown would read") {
  CHECK(escape_markdown("near Mass Ave & Melnea Cass Blvd") == "near Mass Ave & Melnea Cass Blvd");
  CHECK(escape_markdown("Clean-up due Fri 27 Nov (owner: PWD)") == "Clean-up due Fri 27 Nov (owner: PWD)");
  CHECK(escape_markdown("*bold* _it_ `code` [link](http://x) ![img](y)") ==
        "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](http\\://x) \\!\\[img\\](y)");
  CHECK(escape_markdown("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>");
  CHECK(escape_markdown("a | b {{x}} # c \\ d ~~e~~ f@g.org") ==
        "a \\| b \\{\\{x\\}\\} \\# c \\\\ d \\~\\~e\\~\\~ f\\@g.org");
}

TEST_CASE("escape_markdown keeps entities and autolinks from forming") {
  CHECK(escape_markdown("&lt;b&gt; &#60; &amp") == "\\&lt;b\\&gt; \\&\\#60; &amp");
  CHECK(escape_markdown("see www.example.org or https://example.org") ==
        "see www\\.example.org or https\\://example.org");
  CHECK(escape_markdown("awww.x") == "awww.x");
}

TEST_CASE("escape_markdown escapes block markers where a value starts a line") {
  CHECK(escape_markdown("1. first") == "1\\. first");
  CHECK(escape_markdown("12) twelfth") == "12\\) twelfth");
  CHECK(escape_markdown("2026-11-26") == "2026-11-26");
  CHECK(escape_markdown("- item") == "\\- item");
  CHECK(escape_markdown("+ item") == "\\+ item");
  CHECK(escape_markdown("===") == "\\===");
  CHECK(escape_markdown("# heading") == "\\# heading");
  CHECK(escape_markdown("> quote") == "\\> quote");
  CHECK(escape_markdown("    code\n- next") == "code - next");
}
