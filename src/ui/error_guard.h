#pragma once
/// \file
/// The one guarded boundary between wx handlers and core: errors become a message box, never a crash.

#include <functional>
#include <string>

class wxWindow;

namespace huddle::ui {

/// Runs `work`; a huddle::Error (or any std::exception) is shown to the user in a dialog over `parent`.
/// Returns false when `work` failed.
bool guarded(wxWindow* parent, const std::function<void()>& work);

/// Shows the error message `text` over `parent` (or logs it when there is no display to show it on).
void show_error(wxWindow* parent, const std::string& text);

}  // namespace huddle::ui
