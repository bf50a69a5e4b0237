#include "core/ingest/personal_columns.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "core/ingest/header_names.h"

namespace huddle::core {
namespace {

/// Found anywhere in the name, separators left out ("PatientName", "pt_narrative_text", "DateOfBirth").
constexpr std::array<std::string_view, 13> kParts = {"patient",  "narrative",   "birth",  "comment", "remark",
                                                     "caller",   "complainant", "victim", "surname", "firstname",
                                                     "lastname", "fullname",    "email"};
/// Whole words of the name only: as parts they would match ordinary columns ("usage", "closed", "notifications").
constexpr std::array<std::string_view, 10> kWords = {"dob",       "age", "sex",  "gender", "race",
                                                     "ethnicity", "ssn", "note", "notes",  "phone"};
/// Words that make a following "name" a person's ("first name"); "name" alone is one too, "street name" is not.
constexpr std::array<std::string_view, 7> kPersonNames = {"first",  "last",   "full",  "given",
                                                          "family", "middle", "person"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

bool names_personal_details(std::string_view name) {
  std::vector<std::string> words;
  bool in_word = false;
  for (const char c : header_key(name)) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum && !in_word) words.emplace_back();
    if (alnum) words.back() += c;
    in_word = alnum;
  }
  std::string joined;
  for (const auto& w : words) joined += w;
  for (const auto part : kParts) {
    if (joined.find(part) != std::string::npos) return true;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (among(kWords, words[i])) return true;
    if (words[i] == "name" && (words.size() == 1 || (i > 0 && among(kPersonNames, words[i - 1])))) return true;
  }
  return false;
}

}  // namespace huddle::core
