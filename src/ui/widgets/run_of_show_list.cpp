#include "ui/widgets/run_of_show_list.h"

#include <wx/intl.h>

#include "core/time/duration_text.h"
#include "ui/ui_text.h"

namespace huddle::ui {
namespace {

/// Notes on one line: a list cell shows no line breaks.
wxString one_line(const std::string& text) {
  wxString out = wx(text);
  out.Replace("\n", "  ");
  return out;
}

}  // namespace

RunOfShowList::RunOfShowList(wxWindow* parent, const wxString& name)
    : wxListView(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL, wxDefaultValidator,
                 name) {
  AppendColumn(_("#"), wxLIST_FORMAT_RIGHT, FromDIP(44));
  AppendColumn(_("Time box"), wxLIST_FORMAT_RIGHT, FromDIP(70));
  AppendColumn(_("Item"), wxLIST_FORMAT_LEFT, FromDIP(300));
  AppendColumn(_("Presenter"), wxLIST_FORMAT_LEFT, FromDIP(90));
  AppendColumn(_("Actual"), wxLIST_FORMAT_RIGHT, FromDIP(60));
  AppendColumn(_("Decision"), wxLIST_FORMAT_LEFT, FromDIP(220));
  AppendColumn(_("Notes"), wxLIST_FORMAT_LEFT, FromDIP(160));
}

void RunOfShowList::ShowItems(const std::vector<core::AgendaItem>& items, const std::vector<RunOfShowRow>& rows,
                              std::optional<std::size_t> current) {
  const long count = static_cast<long>(items.size());
  while (GetItemCount() > count) DeleteItem(GetItemCount() - 1);
  while (GetItemCount() < count) InsertItem(GetItemCount(), "");
  const wxFont normal = GetFont();
  for (long row = 0; row < count; ++row) {
    const auto index = static_cast<std::size_t>(row);
    const core::AgendaItem& item = items[index];
    const bool running = current == index;
    // The marker says which item is on for readers who do not see the highlight.
    SetItem(row, kPosition, (running ? wx("\u25B6 ") : wxString()) + wxString::Format("%ld", row + 1));
    SetItem(row, kTimeBox, wx(core::format_mm_ss(item.planned_seconds)));
    SetItem(row, kItem, wx(item.title));
    SetItem(row, kPresenter, rows[index].presenter);
    SetItem(row, kActual, item.actual_seconds ? wx(core::format_mm_ss(*item.actual_seconds)) : wxString());
    SetItem(row, kDecision, rows[index].decision);
    SetItem(row, kNotes, one_line(item.notes));
    SetItemBackgroundColour(row, running ? wxColour(0xff, 0xe8, 0xa3) : GetBackgroundColour());
    SetItemFont(row, running ? normal.Bold() : normal);
  }
}

}  // namespace huddle::ui
