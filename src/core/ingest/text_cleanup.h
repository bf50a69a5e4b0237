#pragma once
/// \file
/// Clean-up of text from extracts: trimming, blank values, HTML entities, runs of spaces.

#include <string>
#include <string_view>

namespace huddle::core {

/// `text` without leading and trailing spaces, tabs and line ends.
std::string_view trim(std::string_view text);
/// Decodes &amp; &lt; &gt; &quot; &#39; &apos; and numeric entities (&#8217; &#x2019;) in place.
void decode_html_entities(std::string& text);
/// Replaces every run of white space (spaces, tabs, line ends) with one space, in place; trims the ends.
void collapse_spaces(std::string& text);
/// ASCII lower-case copy.
std::string lower(std::string_view text);

}  // namespace huddle::core
