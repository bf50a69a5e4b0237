#include "ui/presenter/presenter_frame.h"

#include <algorithm>
#include <exception>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "core/draw/boundary.h"
#include "ui/pages/agenda_page.h"
#include "ui/presenter/presenter_commands.h"
#include "ui/presenter/presenter_console.h"
#include "ui/ui_text.h"

namespace huddle::ui {
namespace {

constexpr int kFollowMs = 500;  // twice a second: the countdown never lags a whole second behind

/// The first action still to do, else the first one.
std::optional<std::size_t> first_to_do(const core::Slide& slide) {
  if (slide.actions.empty()) return std::nullopt;
  for (std::size_t i = 0; i < slide.actions.size(); ++i) {
    if (!slide.actions[i].done) return i;
  }
  return 0;
}

}  // namespace

PresenterFrame::PresenterFrame(wxWindow* main_window, AgendaPage& page, const core::Workspace& workspace,
                               const std::vector<wxRect>& displays, const DisplayPlan& plan)
    : wxFrame(main_window, wxID_ANY, _("Huddle - presenter mode"), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE, "presenter"),
      m_page(&page),
      m_main(main_window),
      m_schedule(workspace.settings.schedule()),
      m_timer(this) {
  const core::Settings& settings = workspace.settings;
  m_map.center_lat = settings.center_lat;
  m_map.center_lon = settings.center_lon;
  m_map.grid_metres = settings.ranking.grid_metres;
  if (!settings.boundary_file.empty()) {
    try {
      m_boundaries = core::load_boundaries(settings.boundary_file);
      m_map.boundaries = &*m_boundaries;
    } catch (const std::exception&) {
      // The Places page and the packet say what is wrong with the file; the room sees the map without it.
    }
  }
  SetBackgroundColour(*wxWHITE);
  m_slide = new SlidePanel(this, "presenter slide");
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(m_slide, 1, wxEXPAND);
  SetSizer(sizer);

  Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) { HandleKey(e); });
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { Follow(); });
  Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { Leave(); });

  if (!page.Brief() && !page.Busy()) page.OpenHuddle();
  const wxRect& screen = displays.at(static_cast<std::size_t>(plan.presentation));
  SetSize(screen);
  if (plan.console) {
    m_console = new PresenterConsole(this, displays.at(static_cast<std::size_t>(*plan.console)),
                                     static_cast<double>(screen.width) / std::max(screen.height, 1));
  }
  Follow();
  Show();
  ShowFullScreen(true);
  if (m_console) {
    m_console->Show();
    m_console->Raise();  // the chair's keys go to the laptop's screen
  } else {
    m_slide->SetFocus();
  }
  m_timer.Start(kFollowMs);
}

PresenterFrame::~PresenterFrame() { m_timer.Stop(); }

// --- Following the page -----------------------------------------------------------------------------------------

core::Slide PresenterFrame::WaitingSlide() const {
  core::Slide slide;
  const AgendaPage* page = m_page;
  if (page->Busy()) {
    slide.title = _("Opening the huddle...").utf8_string();
  } else if (!page->Brief()) {
    slide.title = _("No huddle to present").utf8_string();
  } else if (page->Brief()->huddle.state == core::HuddleState::closed) {
    slide.title = _("This huddle is closed").utf8_string();
    slide.lines.push_back(
        _("Resume huddle on the Agenda page runs it again; Esc leaves presenter mode.").utf8_string());
  } else {
    slide.title = _("The huddle has not started").utf8_string();
  }
  slide.lines.insert(slide.lines.begin(), page->StateText().utf8_string());
  return slide;
}

void PresenterFrame::Follow() {
  AgendaPage* page = m_page;
  if (!page || m_leaving) return;
  try {
    const core::HuddleBrief* brief = page->Brief();
    if (brief && !page->Busy() && !m_started) {
      m_started = true;  // once: a huddle closed on the Agenda page later is not started again
      if (brief->huddle.state == core::HuddleState::draft) page->StartHuddle();
      if (!m_console) m_slide->SetFocus();
    }
    const auto item = page->CurrentItem();
    core::Slide slide;
    SlideClock clock;
    if (brief && item) {
      if (m_map_huddle != brief->huddle.id) {
        m_map_huddle = brief->huddle.id;
        m_map.places = brief->ranking.lists;
        m_slide->SetMap(m_map);
        if (m_console) m_console->SetMap(m_map);
      }
      slide = core::make_slide(*brief, page->Agreed(), page->Departments(), *item, m_schedule);
      const int planned = brief->agenda[*item].planned_seconds;
      clock = {true, core::countdown(planned, page->RunningSeconds().value_or(0)), planned, page->Paused()};
    } else {
      slide = WaitingSlide();
    }
    FollowSelection(slide, item);
    m_slide->ShowSlide(slide, m_selected);
    m_slide->ShowClock(clock);
    if (m_console) m_console->ShowState(slide, m_selected, clock);
  } catch (const std::exception& e) {
    // Never a message box from a timer: it would come back twice a second. The slide says what went wrong.
    core::Slide slide;
    slide.title = _("Presenter mode cannot show this item").utf8_string();
    slide.lines.push_back(e.what());
    m_slide->ShowSlide(slide, std::nullopt);
  }
}

void PresenterFrame::FollowSelection(const core::Slide& slide, std::optional<std::size_t> item) {
  const std::size_t count = slide.actions.size();
  if (item != m_item) {
    m_selected = first_to_do(slide);  // a new item: its first action still to do
  } else if (count > m_action_count) {
    m_selected = count - 1;  // an action was just added: it is listed last
  } else if (count == 0) {
    m_selected.reset();
  } else if (!m_selected || *m_selected >= count) {
    m_selected = count - 1;
  }
  m_item = item;
  m_action_count = count;
}

// --- Commands ---------------------------------------------------------------------------------------------------

void PresenterFrame::Next() {
  if (AgendaPage* page = m_page) page->NextItem();
  Follow();
}

void PresenterFrame::Previous() {
  if (AgendaPage* page = m_page) page->PreviousItem();
  Follow();
}

void PresenterFrame::TogglePause() {
  if (AgendaPage* page = m_page) page->PauseClock(!page->Paused());
  Follow();
}

void PresenterFrame::ChangeTimeBox(int minutes) {
  if (AgendaPage* page = m_page) page->ChangeLiveTimeBox(minutes * 60);
  Follow();
}

bool PresenterFrame::OnPlace() const {
  const AgendaPage* page = m_page;
  return page && page->CurrentItem() && Shown().kind == core::AgendaKind::place;
}

wxWindow* PresenterFrame::FormParent() { return m_console ? static_cast<wxWindow*>(m_console) : this; }

void PresenterFrame::AddAction() {
  AgendaPage* page = m_page;
  if (!OnPlace()) return;
  page->SelectItem(*page->CurrentItem());  // the page's decisions are on its selected item
  page->AskAction(FormParent());
  Follow();
}

void PresenterFrame::NoAction() {
  AgendaPage* page = m_page;
  if (!OnPlace()) return;
  page->SelectItem(*page->CurrentItem());
  page->AskNoAction(FormParent());
  Follow();
}

void PresenterFrame::MarkDone() {
  AgendaPage* page = m_page;
  const auto& actions = Shown().actions;
  if (!page || !m_selected || *m_selected >= actions.size() || actions[*m_selected].done) return;
  const std::size_t done = *m_selected;
  page->MarkActionDone(actions[done].id);
  Follow();
  // On to the next one still to do, so D, D, D goes down the list.
  const auto& now = Shown().actions;
  for (std::size_t i = done + 1; i < now.size(); ++i) {
    if (!now[i].done) {
      m_selected = i;
      break;
    }
  }
  ShowSelection();
}

void PresenterFrame::MoveSelection(int delta) {
  const std::size_t count = Shown().actions.size();
  if (count == 0) return;
  const long at = static_cast<long>(m_selected.value_or(0)) + delta;
  m_selected = static_cast<std::size_t>(std::clamp(at, 0L, static_cast<long>(count) - 1));
  ShowSelection();
}

void PresenterFrame::ShowSelection() {
  m_slide->ShowSlide(Shown(), m_selected);
  if (m_console) m_console->ShowState(Shown(), m_selected, Clock());
}

void PresenterFrame::ToggleOverlay() { m_slide->ShowOverlay(!m_slide->OverlayShown()); }

void PresenterFrame::Leave() {
  if (m_leaving) return;
  m_leaving = true;
  m_timer.Stop();
  if (AgendaPage* page = m_page) page->RecordLiveTime();
  if (m_console) m_console->Destroy();
  m_console = nullptr;
  if (wxWindow* main = m_main) main->Raise();
  Destroy();
}

void PresenterFrame::HandleKey(wxKeyEvent& event) {
  static const std::vector<PresenterCommand> commands = PresenterCommands();
  if (const PresenterCommand* command = FindPresenterCommand(commands, event)) {
    command->run(*this);
  } else {
    event.Skip();
  }
}

const core::Slide& PresenterFrame::Shown() const { return m_slide->Shown(); }

const SlideClock& PresenterFrame::Clock() const { return m_slide->Clock(); }

// --- Opening ----------------------------------------------------------------------------------------------------

PresenterFrame* FindPresenter(wxWindow* main_window) {
  for (wxWindow* child : main_window->GetChildren()) {
    auto* presenter = dynamic_cast<PresenterFrame*>(child);
    if (presenter && !presenter->IsBeingDeleted()) return presenter;
  }
  return nullptr;
}

void ShowPresenter(wxWindow* main_window, AgendaPage& page, const core::Workspace& workspace) {
  if (PresenterFrame* open = FindPresenter(main_window)) {
    open->Raise();
    return;
  }
  const auto displays = DisplayGeometries();
  new PresenterFrame(main_window, page, workspace, displays, ChooseDisplays(displays, DisplayOf(main_window)));
}

}  // namespace huddle::ui
