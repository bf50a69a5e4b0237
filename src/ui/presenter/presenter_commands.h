#pragma once
/// \file
/// Presenter mode's commands in one table: the keys that run them, the console's buttons, the slide's and the
/// console's key hints, and Help > Keyboard shortcuts all read it, so they cannot disagree.

#include <functional>
#include <vector>

#include <wx/string.h>

class wxKeyEvent;

namespace huddle::ui {

class PresenterFrame;

/// One thing the chair can do in presenter mode.
struct PresenterCommand {
  std::vector<int> key_codes;                  ///< The key codes that run it (alone, or with Shift).
  wxString keys;                               ///< The keys as the help writes them: "Right, Page Down".
  wxString hint;                               ///< The short hint on the slide and the console; empty: none.
  wxString what;                               ///< What it does, as the help says it.
  wxString button;                             ///< The console button's label (with its mnemonic); empty: none.
  std::function<void(PresenterFrame&)> run;    ///< Runs it on the presentation.
};

/// Every presenter-mode command, in the order the hints and the help list them.
std::vector<PresenterCommand> PresenterCommands();

/// The command whose key `event` is (no modifier but Shift), if any.
const PresenterCommand* FindPresenterCommand(const std::vector<PresenterCommand>& commands, const wxKeyEvent& event);

/// The non-empty hints of `commands` spread over `lines` lines, each separated from the next by `gap`.
std::vector<wxString> PresenterHintLines(const std::vector<PresenterCommand>& commands, std::size_t lines,
                                         const wxString& gap);

}  // namespace huddle::ui
