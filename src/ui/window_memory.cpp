#include "ui/window_memory.h"

#include <memory>
#include <utility>

#include <wx/bookctrl.h>
#include <wx/display.h>
#include <wx/fileconf.h>
#include <wx/filehistory.h>
#include <wx/log.h>
#include <wx/splitter.h>
#include <wx/toplevel.h>

#include "ui/ui_text.h"

namespace huddle::ui {
namespace {

constexpr const char* kWindow = "/Window/";
constexpr const char* kSplitters = "/Splitters/";
constexpr const char* kRecent = "/RecentDatabases";

/// The split splitter windows inside `window`, depth first (a page's own order, stable from run to run).
void find_splitters(wxWindow* window, std::vector<wxSplitterWindow*>& out) {
  for (wxWindow* child : window->GetChildren()) {
    if (auto* splitter = dynamic_cast<wxSplitterWindow*>(child)) out.push_back(splitter);
    find_splitters(child, out);
  }
}

/// The split splitters of page `p` of `book`, with their keys "page<p>-<n>".
std::vector<std::pair<wxString, wxSplitterWindow*>> splitters_of(const wxBookCtrlBase& book, size_t p) {
  std::vector<wxSplitterWindow*> found;
  find_splitters(book.GetPage(p), found);
  std::vector<std::pair<wxString, wxSplitterWindow*>> out;
  for (size_t n = 0; n < found.size(); ++n) {
    if (found[n]->IsSplit()) out.emplace_back(wxString::Format("page%zu-%zu", p, n), found[n]);
  }
  return out;
}

}  // namespace

WindowMemory::WindowMemory(const std::filesystem::path& config_dir)
    : m_file(std::filesystem::absolute(config_dir / "ui.conf")) {  // wx would take a relative name from $HOME
  m_config = std::make_unique<wxFileConfig>("huddle", wxEmptyString, wx(m_file.string()), wxEmptyString,
                                            wxCONFIG_USE_LOCAL_FILE);
  m_recent = std::make_unique<wxFileHistory>(9);
  m_recent->SetMenuPathStyle(wxFH_PATH_SHOW_ALWAYS);
  m_config->SetPath(kRecent);
  m_recent->Load(*m_config);
  m_config->SetPath("/");
}

WindowMemory::~WindowMemory() = default;

std::optional<int> WindowMemory::RestoreFrame(wxTopLevelWindow& frame) const {
  const wxString w = kWindow;
  long width = 0, height = 0, x = 0, y = 0;
  const bool remembered =
      m_config->Read(w + "width", &width) && m_config->Read(w + "height", &height) && width >= 400 && height >= 300;
  if (remembered) frame.SetSize(frame.FromDIP(wxSize(static_cast<int>(width), static_cast<int>(height))));
  if (m_config->Read(w + "x", &x) && m_config->Read(w + "y", &y)) {
    const wxRect rect(wxPoint(static_cast<int>(x), static_cast<int>(y)), frame.GetSize());
    // Only where the title bar is still on a screen: a monitor may have been unplugged since.
    if (wxDisplay::GetFromPoint(rect.GetTopLeft() + wxPoint(40, 10)) != wxNOT_FOUND) frame.Move(rect.GetTopLeft());
  }
  // Never larger than the screen it is on (a laptop at 1280x720, a projector), nor hanging off it.
  const int display = wxDisplay::GetFromWindow(&frame);
  const wxRect area = wxDisplay(static_cast<unsigned>(display == wxNOT_FOUND ? 0 : display)).GetClientArea();
  wxSize size = frame.GetSize();
  size.DecTo(area.GetSize());
  frame.SetSize(size);
  if (!area.Contains(frame.GetRect())) frame.Move(area.GetTopLeft());
  // The first time, the whole screen: the room reads it from the back.
  if (!remembered) frame.SetSize(area);
  if (m_config->ReadBool(w + "maximized", false)) frame.Maximize();
  long page = -1;
  if (m_config->Read(w + "page", &page) && page >= 0) return static_cast<int>(page);
  return std::nullopt;
}

void WindowMemory::RestoreSplitters(wxBookCtrlBase& book) {
  for (size_t p = 0; p < book.GetPageCount(); ++p) {
    const auto splitters = splitters_of(book, p);
    for (const auto& [key, splitter] : splitters) {
      splitter->Bind(wxEVT_SPLITTER_SASH_POS_CHANGED, [this, key = key, splitter = splitter](wxSplitterEvent& event) {
        m_config->Write(kSplitters + key, splitter->ToDIP(event.GetSashPosition()));
        event.Skip();
      });
    }
    const auto restore = [this, splitters] {
      for (const auto& [key, splitter] : splitters) {
        long position = 0;
        if (m_config->Read(kSplitters + key, &position) && position > 0) {
          splitter->SetSashPosition(splitter->FromDIP(static_cast<int>(position)));
        }
      }
    };
    wxWindow* page = book.GetPage(p);
    if (page->IsShownOnScreen()) {
      restore();
      continue;
    }
    // A hidden page has no layout of its own yet (GTK sizes a page when it is shown): its splitters move the first
    // time it is shown, once it has its size.
    auto pending = std::make_shared<bool>(true);
    page->Bind(wxEVT_SHOW, [page, restore, pending](wxShowEvent& event) {
      if (event.IsShown() && *pending) {
        *pending = false;
        page->CallAfter(restore);
      }
      event.Skip();
    });
  }
}

void WindowMemory::Save(const wxTopLevelWindow& frame, const wxBookCtrlBase& book) {
  const wxString w = kWindow;
  m_config->Write(w + "maximized", frame.IsMaximized());
  // A maximised or minimised window keeps the size and place it had before, for when it is restored.
  if (!frame.IsMaximized() && !frame.IsIconized()) {
    const wxSize size = frame.ToDIP(frame.GetSize());
    m_config->Write(w + "width", size.x);
    m_config->Write(w + "height", size.y);
    m_config->Write(w + "x", frame.GetPosition().x);
    m_config->Write(w + "y", frame.GetPosition().y);
  }
  if (book.GetSelection() != wxNOT_FOUND) m_config->Write(w + "page", book.GetSelection());
  for (size_t p = 0; p < book.GetPageCount(); ++p) {
    for (const auto& [key, splitter] : splitters_of(book, p)) {
      if (splitter->IsShownOnScreen()) m_config->Write(kSplitters + key, splitter->ToDIP(splitter->GetSashPosition()));
    }
  }
  Write();
}

void WindowMemory::UseRecentMenu(wxMenu* menu) {
  m_recent->UseMenu(menu);
  m_recent->AddFilesToMenu(menu);
}

void WindowMemory::AddRecent(const std::filesystem::path& database) {
  m_recent->AddFileToHistory(wx(database.string()));
  Write();
}

void WindowMemory::RemoveRecent(const std::filesystem::path& database) {
  for (size_t i = 0; i < m_recent->GetCount(); ++i) {
    if (m_recent->GetHistoryFile(i) == wx(database.string())) {
      m_recent->RemoveFileFromHistory(i);
      break;
    }
  }
  Write();
}

std::vector<std::filesystem::path> WindowMemory::Recent() const {
  std::vector<std::filesystem::path> out;
  for (size_t i = 0; i < m_recent->GetCount(); ++i) out.emplace_back(m_recent->GetHistoryFile(i).utf8_string());
  return out;
}

void WindowMemory::Write() {
  m_config->DeleteGroup(kRecent);
  m_config->SetPath(kRecent);
  m_recent->Save(*m_config);
  m_config->SetPath("/");
  // ui.conf is a convenience: a folder that cannot be written costs the layout, never the work.
  std::error_code ignored;
  std::filesystem::create_directories(m_file.parent_path(), ignored);
  wxLogNull quiet;
  m_config->Flush();
}

}  // namespace huddle::ui
