#include "ui/presenter/presenter_commands.h"

#include <algorithm>

#include <wx/event.h>
#include <wx/intl.h>

#include "ui/presenter/presenter_frame.h"
#include "ui/ui_text.h"

namespace huddle::ui {

std::vector<PresenterCommand> PresenterCommands() {
  const wxString right = wx("\u2192");
  const wxString left = wx("\u2190");
  const wxString up_down = wx("\u2191 \u2193");  // Up's hint names Down too; Down has none of its own
  return {
      {{WXK_LEFT, WXK_PAGEUP, WXK_NUMPAD_LEFT}, _("Left, Page Up"), left + " " + _("back"), _("Go back one item"),
       _("&Previous item"), [](PresenterFrame& p) { p.Previous(); }},
      {{WXK_RIGHT, WXK_PAGEDOWN, WXK_NUMPAD_RIGHT},  // Page Down: a presentation clicker's "next"
       _("Right, Page Down"), right + " " + _("next"), _("Record the item's time and go to the next item"),
       _("Ne&xt item"), [](PresenterFrame& p) { p.Next(); }},
      {{WXK_SPACE}, _("Space"), _("Space pause"), _("Pause or restart the item's clock"), _("Pa&use / go on"),
       [](PresenterFrame& p) { p.TogglePause(); }},
      {{'+', '=', WXK_NUMPAD_ADD}, _("+"), _("+ a minute more"), _("Add a minute to the item's time box"),
       _("+1 &minute"), [](PresenterFrame& p) { p.ChangeTimeBox(+1); }},
      {{'-', WXK_NUMPAD_SUBTRACT}, _("-"), _("- a minute less"), _("Take a minute from the item's time box"),
       _("-1 m&inute"), [](PresenterFrame& p) { p.ChangeTimeBox(-1); }},
      {{WXK_UP, WXK_NUMPAD_UP}, _("Up"), up_down + " " + _("choose action"), _("Select the previous action"), {},
       [](PresenterFrame& p) { p.MoveSelection(-1); }},
      {{WXK_DOWN, WXK_NUMPAD_DOWN}, _("Down"), {}, _("Select the next action"), {},
       [](PresenterFrame& p) { p.MoveSelection(+1); }},
      {{'A'}, _("A"), _("A add action"), _("Add an action on the place being discussed"), _("&Add action..."),
       [](PresenterFrame& p) { p.AddAction(); }},
      {{'D'}, _("D"), _("D done"), _("Mark the selected action done"), _("Mark &done"),
       [](PresenterFrame& p) { p.MarkDone(); }},
      {{'N'}, _("N"), _("N no action"), _("No action needed here: say why"), _("&No action..."),
       [](PresenterFrame& p) { p.NoAction(); }},
      {{'C'}, _("C"), _("C notes"), _("Show or hide the facilitator's notes and keys"), {},
       [](PresenterFrame& p) { p.ToggleOverlay(); }},
      {{WXK_ESCAPE}, _("Esc"), _("Esc leave"), _("Leave presenter mode (the huddle runs on)"),
       _("&Leave presenter mode"), [](PresenterFrame& p) { p.Leave(); }},
  };
}

const PresenterCommand* FindPresenterCommand(const std::vector<PresenterCommand>& commands, const wxKeyEvent& event) {
  // Shift is how some keyboards type "+"; any other modifier leaves the key to the window (Alt+F4 and the like).
  const int mods = event.GetModifiers();
  if (mods != wxMOD_NONE && mods != wxMOD_SHIFT) return nullptr;
  const int key = event.GetKeyCode();
  for (const PresenterCommand& command : commands) {
    if (std::find(command.key_codes.begin(), command.key_codes.end(), key) != command.key_codes.end()) return &command;
  }
  return nullptr;
}

std::vector<wxString> PresenterHintLines(const std::vector<PresenterCommand>& commands, std::size_t lines,
                                         const wxString& gap) {
  std::vector<wxString> hints;
  for (const PresenterCommand& command : commands) {
    if (!command.hint.empty()) hints.push_back(command.hint);
  }
  std::vector<wxString> out(std::max<std::size_t>(lines, 1));
  const std::size_t per_line = (hints.size() + out.size() - 1) / out.size();
  for (std::size_t i = 0; i < hints.size(); ++i) {
    wxString& line = out[i / per_line];
    if (!line.empty()) line += gap;
    line += hints[i];
  }
  return out;
}

}  // namespace huddle::ui
