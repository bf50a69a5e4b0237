#pragma once
/// \file
/// Small helpers for turning core text into wx text.

#include <string>

#include <wx/string.h>

namespace huddle::ui {

/// A wxString from UTF-8 (wx 3.2 sets no locale: never build wxStrings from narrow non-ASCII text otherwise).
inline wxString wx(const std::string& utf8) { return wxString::FromUTF8(utf8); }

}  // namespace huddle::ui
