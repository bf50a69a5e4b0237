#pragma once
/// \file
/// Saving what a window shows as a PNG (for --screenshot, tests and docs).

#include <string>

class wxWindow;

namespace huddle::ui {

/// Copies `window`'s area of the screen into the PNG file `path`; false when it could not be written.
bool SaveScreenshot(wxWindow* window, const std::string& path);

}  // namespace huddle::ui
