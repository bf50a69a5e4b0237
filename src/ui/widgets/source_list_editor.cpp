#include "ui/widgets/source_list_editor.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/dirdlg.h>
#include <wx/gbsizer.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/ui_text.h"

namespace huddle::ui {
namespace {

wxString kind_label(core::Source::Kind kind) {
  switch (kind) {
    case core::Source::Kind::folder:
      return _("Folder");
    case core::Source::Kind::url:
      return _("Download (CSV address)");
    case core::Source::Kind::ckan:
      return _("CKAN DataStore");
  }
  return {};
}

/// Where a source reads from: its folder or its web address.
wxString where_of(const core::Source& s) {
  return s.kind == core::Source::Kind::folder ? wx(s.path.string()) : wx(s.url);
}

}  // namespace

SourceListEditor::SourceListEditor(wxWindow* parent, std::vector<core::Source> sources,
                                   const std::vector<std::string>& profiles, std::filesystem::path config_dir)
    : wxPanel(parent), m_sources(std::move(sources)), m_config_dir(std::move(config_dir)) {
  m_list = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 150)), wxLC_REPORT | wxLC_SINGLE_SEL,
                          wxDefaultValidator, "sources");
  m_list->AppendColumn(_("Name"), wxLIST_FORMAT_LEFT, FromDIP(130));
  m_list->AppendColumn(_("Kind"), wxLIST_FORMAT_LEFT, FromDIP(150));
  m_list->AppendColumn(_("Folder or address"), wxLIST_FORMAT_LEFT, FromDIP(300));
  m_list->AppendColumn(_("Profile"), wxLIST_FORMAT_LEFT, FromDIP(130));
  for (std::size_t i = 0; i < m_sources.size(); ++i) {
    m_list->InsertItem(static_cast<long>(i), "");
    UpdateRow(static_cast<long>(i));
  }
  auto* add = new wxButton(this, wxID_ANY, _("A&dd source"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                           "add source");
  m_remove = new wxButton(this, wxID_ANY, _("Re&move"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                          "remove source");
  m_up =
      new wxButton(this, wxID_ANY, _("Move &up"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "source up");
  m_down = new wxButton(this, wxID_ANY, _("Move do&wn"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                        "source down");
  auto* buttons = new wxBoxSizer(wxVERTICAL);
  for (wxButton* b : {add, m_remove, m_up, m_down}) buttons->Add(b, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
  auto* top = new wxBoxSizer(wxHORIZONTAL);
  top->Add(m_list, 1, wxEXPAND | wxRIGHT, FromDIP(8));
  top->Add(buttons, 0);

  const auto text = [this](const char* name) {
    return new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name);
  };
  // Wide ranges: settings.toml's rules (checked on OK) say which values are allowed, with the reason.
  const auto spin = [this](const char* name, int max) {
    return new wxSpinCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, max, 0, name);
  };
  m_name = text("source name");
  m_kind =
      new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator, "source kind");
  for (auto kind : {core::Source::Kind::folder, core::Source::Kind::url, core::Source::Kind::ckan}) {
    m_kind->Append(kind_label(kind));
  }
  m_where = text("source location");
  m_browse = new wxButton(this, wxID_ANY, _("&Browse..."), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                          "browse source folder");
  m_pattern = text("source pattern");
  m_profile = new wxComboBox(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                             "source profile");
  m_profile->Append("auto");
  for (const auto& p : profiles) m_profile->Append(wx(p));
  m_resource = text("source resource id");
  m_time_field = text("source time field");
  m_page_size = spin("source page size", 1000000);
  m_timeout = spin("source timeout", 100000);
  m_retries = spin("source retries", 1000);

  // Two label-and-field pairs a row; the folder or address gets a whole row of its own.
  auto* fields = new wxGridBagSizer(FromDIP(6), FromDIP(8));
  const auto put = [&](const wxString& caption, wxWindow* control, int row, int pair) {
    fields->Add(new wxStaticText(this, wxID_ANY, caption), wxGBPosition(row, 2 * pair), wxDefaultSpan,
                wxALIGN_CENTER_VERTICAL);
    const bool number = dynamic_cast<wxSpinCtrl*>(control) != nullptr;  // a number box keeps its width
    fields->Add(control, wxGBPosition(row, 2 * pair + 1), wxDefaultSpan, number ? 0 : wxEXPAND);
  };
  put(_("&Name:"), m_name, 0, 0);
  put(_("&Kind:"), m_kind, 0, 1);
  auto* where = new wxBoxSizer(wxHORIZONTAL);
  where->Add(m_where, 1, wxRIGHT, FromDIP(4));
  where->Add(m_browse, 0);
  fields->Add(new wxStaticText(this, wxID_ANY, _("&Folder or address:")), wxGBPosition(1, 0), wxDefaultSpan,
              wxALIGN_CENTER_VERTICAL);
  fields->Add(where, wxGBPosition(1, 1), wxGBSpan(1, 3), wxEXPAND);
  put(_("&Profile:"), m_profile, 2, 0);
  put(_("Fi&le pattern:"), m_pattern, 2, 1);
  put(_("&Resource id:"), m_resource, 3, 0);
  put(_("&Time field:"), m_time_field, 3, 1);
  put(_("Page si&ze:"), m_page_size, 4, 0);
  put(_("Time&out (seconds):"), m_timeout, 4, 1);
  put(_("Retr&ies:"), m_retries, 5, 0);
  fields->AddGrowableCol(1, 1);
  fields->AddGrowableCol(3, 1);

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* intro = new wxStaticText(this, wxID_ANY,
                                 _("File > Pull now (and huddle-cli pull) imports new extracts from each source. "
                                   "\"auto\" picks the profile from each file's header."));
  sizer->Add(intro, 0, wxBOTTOM, FromDIP(8));
  sizer->Add(top, 1, wxEXPAND | wxBOTTOM, FromDIP(10));
  sizer->Add(fields, 0, wxEXPAND);
  auto* border = new wxBoxSizer(wxVERTICAL);
  border->Add(sizer, 1, wxEXPAND | wxALL, FromDIP(12));
  SetSizer(border);

  m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { Select(e.GetIndex()); });
  add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { AddSource(); });
  m_remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Remove(); });
  m_up->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Move(-1); });
  m_down->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Move(+1); });
  m_browse->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Browse(); });
  for (wxTextCtrl* t : {m_name, m_where, m_pattern, m_resource, m_time_field}) {
    t->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { StoreField(); });
  }
  m_profile->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { StoreField(); });
  m_profile->Bind(wxEVT_COMBOBOX, [this](wxCommandEvent&) { StoreField(); });
  m_kind->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    StoreField();
    UpdateEnabled();
  });
  for (wxSpinCtrl* s : {m_page_size, m_timeout, m_retries}) {
    s->Bind(wxEVT_SPINCTRL, [this](wxCommandEvent&) { StoreField(); });
    s->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { StoreField(); });
  }
  Select(m_sources.empty() ? -1 : 0);
}

void SourceListEditor::Select(long index) {
  m_selected = index;
  if (index >= 0 && m_list->GetFirstSelected() != index) m_list->Select(index);
  if (index >= 0) m_list->Focus(index);
  ShowSelected();
}

void SourceListEditor::ShowSelected() {
  const bool any = m_selected >= 0;
  const core::Source shown = any ? m_sources[static_cast<std::size_t>(m_selected)] : core::Source{};
  // ChangeValue and SetValue send no change events: showing a source does not edit it.
  m_name->ChangeValue(wx(shown.name));
  m_kind->SetSelection(static_cast<int>(shown.kind));
  m_where->ChangeValue(where_of(shown));
  m_pattern->ChangeValue(wx(shown.pattern));
  m_profile->ChangeValue(wx(shown.profile));
  m_resource->ChangeValue(wx(shown.resource_id));
  m_time_field->ChangeValue(wx(shown.time_field));
  m_page_size->SetValue(static_cast<int>(shown.page_size));
  m_timeout->SetValue(static_cast<int>(shown.timeout.count()));
  m_retries->SetValue(shown.retries);
  UpdateEnabled();
}

void SourceListEditor::StoreField() {
  if (m_selected < 0) return;
  core::Source& s = m_sources[static_cast<std::size_t>(m_selected)];
  s.name = m_name->GetValue().utf8_string();
  s.kind = static_cast<core::Source::Kind>(std::max(0, m_kind->GetSelection()));
  const std::string where = m_where->GetValue().utf8_string();
  // The one field holds the folder or the address; the other stays empty, as settings.toml would read it.
  s.path = s.kind == core::Source::Kind::folder ? std::filesystem::path(where) : std::filesystem::path();
  s.url = s.kind == core::Source::Kind::folder ? std::string() : where;
  s.pattern = m_pattern->GetValue().utf8_string();
  s.profile = m_profile->GetValue().utf8_string();
  s.resource_id = m_resource->GetValue().utf8_string();
  s.time_field = m_time_field->GetValue().utf8_string();
  s.page_size = m_page_size->GetValue();
  s.timeout = std::chrono::seconds{m_timeout->GetValue()};
  s.retries = m_retries->GetValue();
  UpdateRow(m_selected);
}

void SourceListEditor::UpdateRow(long index) {
  const core::Source& s = m_sources[static_cast<std::size_t>(index)];
  m_list->SetItem(index, 0, wx(s.name));
  m_list->SetItem(index, 1, kind_label(s.kind));
  m_list->SetItem(index, 2, where_of(s));
  m_list->SetItem(index, 3, wx(s.profile));
}

void SourceListEditor::AddSource() {
  core::Source s;
  for (int n = static_cast<int>(m_sources.size()) + 1; s.name.empty(); ++n) {
    const std::string name = "source " + std::to_string(n);
    const bool taken = std::any_of(m_sources.begin(), m_sources.end(), [&](const auto& o) { return o.name == name; });
    if (!taken) s.name = name;
  }
  m_sources.push_back(s);
  const long row = m_list->InsertItem(m_list->GetItemCount(), "");
  UpdateRow(row);
  Select(row);
  m_where->SetFocus();
}

void SourceListEditor::Remove() {
  if (m_selected < 0) return;
  m_sources.erase(m_sources.begin() + m_selected);
  m_list->DeleteItem(m_selected);
  Select(std::min(m_selected, static_cast<long>(m_sources.size()) - 1));
}

void SourceListEditor::Move(int delta) {
  const long to = m_selected + delta;
  if (m_selected < 0 || to < 0 || to >= static_cast<long>(m_sources.size())) return;
  std::swap(m_sources[static_cast<std::size_t>(m_selected)], m_sources[static_cast<std::size_t>(to)]);
  UpdateRow(m_selected);
  UpdateRow(to);
  Select(to);
}

void SourceListEditor::Browse() {
  const wxString start = m_where->GetValue().empty() ? wx(m_config_dir.string()) : m_where->GetValue();
  wxDirDialog dialog(this, _("Folder the extracts are dropped into"), start, wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
  if (dialog.ShowModal() == wxID_OK) m_where->SetValue(dialog.GetPath());  // SetValue: the change is stored
}

void SourceListEditor::UpdateEnabled() {
  const bool any = m_selected >= 0;
  const auto kind = static_cast<core::Source::Kind>(std::max(0, m_kind->GetSelection()));
  const bool folder = kind == core::Source::Kind::folder;
  const bool ckan = kind == core::Source::Kind::ckan;
  for (wxWindow* w : std::initializer_list<wxWindow*>{m_name, m_kind, m_where, m_profile}) w->Enable(any);
  m_browse->Enable(any && folder);
  m_pattern->Enable(any && folder);
  for (wxWindow* w : std::initializer_list<wxWindow*>{m_resource, m_page_size, m_time_field}) w->Enable(any && ckan);
  m_timeout->Enable(any && !folder);
  m_retries->Enable(any && !folder);
  m_remove->Enable(any);
  m_up->Enable(any && m_selected > 0);
  m_down->Enable(any && m_selected + 1 < static_cast<long>(m_sources.size()));
}

void SourceListEditor::Focus(std::size_t index, const std::string& key) {
  if (index >= m_sources.size()) return;
  Select(static_cast<long>(index));
  const std::pair<const char*, wxWindow*> fields[] = {{"kind", m_kind},
                                                      {"path", m_where},
                                                      {"url", m_where},
                                                      {"pattern", m_pattern},
                                                      {"profile", m_profile},
                                                      {"resource_id", m_resource},
                                                      {"page_size", m_page_size},
                                                      {"time_field", m_time_field},
                                                      {"timeout_seconds", m_timeout},
                                                      {"retries", m_retries}};
  wxWindow* field = m_name;
  for (const auto& [name, control] : fields) {
    if (key == name) field = control;
  }
  field->SetFocus();
}

}  // namespace huddle::ui
