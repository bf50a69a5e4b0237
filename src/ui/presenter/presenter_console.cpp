#include "ui/presenter/presenter_console.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/time/duration_text.h"
#include "ui/presenter/presenter_commands.h"
#include "ui/presenter/presenter_frame.h"
#include "ui/ui_text.h"

namespace huddle::ui {
namespace {

wxStaticText* label(wxWindow* parent, const wxString& text, double scale, bool bold, const wxString& name = {}) {
  auto* l = new wxStaticText(parent, wxID_ANY, text, wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE,
                             name.empty() ? wxString(wxStaticTextNameStr) : name);
  wxFont font = l->GetFont();
  font.SetFractionalPointSize(font.GetFractionalPointSize() * scale);
  if (bold) font.MakeBold();
  l->SetFont(font);
  return l;
}

}  // namespace

PresenterConsole::PresenterConsole(PresenterFrame* presenter, const wxRect& display, double aspect)
    : wxFrame(presenter, wxID_ANY, _("Huddle - presenter console"), display.GetPosition(), display.GetSize(),
              wxDEFAULT_FRAME_STYLE, "presenter console"),
      m_aspect(aspect > 0 ? aspect : 16.0 / 9.0) {
  auto* panel = new wxPanel(this);
  m_preview = new SlidePanel(panel, "console slide");
  m_preview->SetMinSize(wxSize(FromDIP(480), static_cast<int>(FromDIP(480) / m_aspect)));
  m_clock = label(panel, "", 2.2, true, "console clock");
  m_next = label(panel, "", 1.3, true, "console next");
  m_next->SetWindowStyle(m_next->GetWindowStyle() | wxST_ELLIPSIZE_END);
  m_notes = new wxTextCtrl(panel, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_MULTILINE | wxTE_READONLY,
                           wxDefaultValidator, "presenter notes");
  wxFont notes_font = m_notes->GetFont();
  notes_font.SetFractionalPointSize(notes_font.GetFractionalPointSize() * 1.2);
  m_notes->SetFont(notes_font);
  const std::vector<PresenterCommand> commands = PresenterCommands();
  wxString hints;
  for (const wxString& line : PresenterHintLines(commands, 4, "    ")) hints += line + "\n";
  auto* keys = label(panel, hints.Trim(), 1.0, false);

  auto* buttons = new wxGridSizer(3, FromDIP(6), FromDIP(6));
  // Each button runs the command its key runs.
  for (const PresenterCommand& command : commands) {
    if (command.button.empty()) continue;
    auto* b = new wxButton(panel, wxID_ANY, command.button);
    b->Bind(wxEVT_BUTTON, [presenter, run = command.run](wxCommandEvent&) { run(*presenter); });
    buttons->Add(b, 0, wxEXPAND);
  }

  // Left: the slide as the room sees it (the projector's shape), the notes under it. Right: the clock, the next
  // item, the keys and the buttons.
  auto* left = new wxBoxSizer(wxVERTICAL);
  left->Add(m_preview, 0, wxEXPAND | wxBOTTOM, FromDIP(10));
  left->Add(new wxStaticText(panel, wxID_ANY, _("Notes on this item:")), 0, wxBOTTOM, FromDIP(4));
  left->Add(m_notes, 1, wxEXPAND);
  auto* side = new wxBoxSizer(wxVERTICAL);
  side->Add(m_clock, 0, wxEXPAND | wxBOTTOM, FromDIP(10));
  side->Add(m_next, 0, wxEXPAND | wxBOTTOM, FromDIP(16));
  side->Add(keys, 0, wxEXPAND | wxBOTTOM, FromDIP(16));
  side->AddStretchSpacer();
  side->Add(buttons, 0, wxEXPAND);
  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  sizer->Add(left, 3, wxEXPAND | wxALL, FromDIP(10));
  sizer->Add(side, 2, wxEXPAND | wxTOP | wxRIGHT | wxBOTTOM, FromDIP(10));
  panel->SetSizer(sizer);
  m_preview->Bind(wxEVT_SIZE, [this, panel](wxSizeEvent& e) {
    // The preview's height follows its width (the column's share of the window), so the slide keeps its shape.
    const int height = static_cast<int>(e.GetSize().x / m_aspect);
    if (m_preview->GetMinSize().y != height) {
      m_preview->SetMinSize(wxSize(FromDIP(480), height));
      panel->CallAfter([panel] { panel->Layout(); });
    }
    e.Skip();
  });

  Bind(wxEVT_CHAR_HOOK, [presenter](wxKeyEvent& e) { presenter->HandleKey(e); });
  Bind(wxEVT_CLOSE_WINDOW, [presenter](wxCloseEvent&) { presenter->Leave(); });
  Maximize();
}

void PresenterConsole::SetMap(const core::MapContent& map) { m_preview->SetMap(map); }

void PresenterConsole::ShowState(const core::Slide& slide, std::optional<std::size_t> selected,
                                 const SlideClock& clock) {
  m_preview->ShowSlide(slide, selected);
  m_preview->ShowClock(clock);
  wxString text;
  if (clock.live) {
    const wxString box = wx(core::format_mm_ss(clock.planned_seconds));
    const wxString left = wx(core::format_countdown(clock.countdown));
    text = clock.countdown.left_seconds < 0 ? wxString::Format(_("%s over %s"), left, box)
                                            : wxString::Format(_("%s left of %s"), left, box);
    if (clock.paused) text += " " + _("(paused)");
  }
  if (m_clock->GetLabel() != text) {
    m_clock->SetLabel(text);
    m_clock->SetForegroundColour(clock.countdown.phase == core::CountdownPhase::out  ? wxColour(0xb0, 0x10, 0x10)
                                 : clock.countdown.phase == core::CountdownPhase::low ? wxColour(0x9a, 0x5b, 0x00)
                                                                                      : GetForegroundColour());
  }
  if (m_next->GetLabel() != wx(slide.next)) m_next->SetLabelText(wx(slide.next));
  if (m_notes->GetValue() != wx(slide.notes)) m_notes->ChangeValue(wx(slide.notes));
}

wxString PresenterConsole::ClockText() const { return m_clock->GetLabel(); }

}  // namespace huddle::ui
