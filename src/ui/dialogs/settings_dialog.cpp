#include "ui/dialogs/settings_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/combobox.h>
#include <wx/filepicker.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/config/categories.h"
#include "core/config/settings_writer.h"
#include "core/draw/boundary.h"
#include "core/error.h"
#include "core/jobs/department_job.h"
#include "ui/ui_text.h"
#include "ui/widgets/department_list_editor.h"
#include "ui/widgets/source_list_editor.h"
#include "ui/widgets/weights_editor.h"

namespace huddle::ui {

/// A value the dialog refuses, by settings.toml key (or "departments"), with the reason.
class SettingsDialog::Refusal {
 public:
  Refusal(std::string key_in, wxString reason_in) : key(std::move(key_in)), reason(std::move(reason_in)) {}
  std::string key;
  wxString reason;
};

namespace {

/// Offered in the time zone box; any other IANA name may be typed.
constexpr const char* kZones[] = {"America/New_York",    "America/Chicago",   "America/Denver",   "America/Phoenix",
                                  "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Toronto",
                                  "America/Vancouver",   "America/Halifax",   "Europe/London",    "Europe/Dublin",
                                  "Europe/Paris",        "Europe/Berlin",     "Australia/Sydney"};

/// Monday first on screen; Settings::huddle_days is Sunday first.
constexpr int kDayOrder[] = {1, 2, 3, 4, 5, 6, 0};

/// The reason of a ConfigError without the file, line and key in front of it.
wxString reason_of(const ConfigError& e) {
  const std::string what = e.what();
  const std::string marker = "(key " + e.key() + "): ";
  const auto at = what.find(marker);
  return wx(at == std::string::npos ? what : what.substr(at + marker.size()));
}

wxStaticText* intro(wxWindow* parent, const wxString& text) {
  auto* label = new wxStaticText(parent, wxID_ANY, text);
  label->Wrap(parent->FromDIP(640));
  return label;
}

}  // namespace

SettingsDialog::SettingsDialog(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock)
    : wxDialog(parent, wxID_ANY, _("Settings"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_workspace(workspace),
      m_stored_departments(workspace.store->departments().list()) {
  m_book = new wxNotebook(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "settings pages");
  std::vector<std::string> profiles;
  const core::ProfileCatalog catalog = workspace.load_profiles();
  for (const auto& p : catalog.all()) profiles.push_back(p.name);
  m_sources = new SourceListEditor(m_book, workspace.settings.sources, profiles, workspace.paths.config_dir);
  m_weights = new WeightsEditor(m_book, workspace, clock);
  m_departments = new DepartmentListEditor(m_book, m_stored_departments);
  m_book->AddPage(BuildCityPage(), _("City and schedule"));
  m_book->AddPage(m_sources, _("Sources"));
  m_book->AddPage(m_weights, _("Weights"));
  m_book->AddPage(m_departments, _("Departments"));
  m_book->AddPage(BuildRankingPage(), _("Ranking and map"));
  m_book->AddPage(BuildPacketPage(), _("Packet"));

  m_problem = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "settings problem");
  m_problem->SetForegroundColour(wxColour(0xb0, 0x1c, 0x1c));
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(m_book, 1, wxEXPAND | wxALL, FromDIP(10));
  sizer->Add(m_problem, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
  sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(10));
  SetSizerAndFit(sizer);
  SetMinSize(GetSize());

  Bind(
      wxEVT_BUTTON,
      [this](wxCommandEvent&) {
        if (Save()) EndModal(wxID_OK);
      },
      wxID_OK);
  m_book->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
    // The preview ranks twice: only when someone looks at the weights.
    if (m_book->GetPage(static_cast<size_t>(e.GetSelection())) == m_weights &&
        m_weights->PreviewList()->GetItemCount() == 0 && !m_weights->Previewing()) {
      m_weights->StartPreview();
    }
    e.Skip();
  });
}

SettingsDialog::~SettingsDialog() = default;

wxWindow* SettingsDialog::BuildCityPage() {
  auto* page = new wxPanel(m_book);
  const core::Settings& s = m_workspace.settings;
  m_city = new wxTextCtrl(page, wxID_ANY, wx(s.city_name), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                          "city name");
  m_zone = new wxComboBox(page, wxID_ANY, wx(s.time_zone), wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                          wxDefaultValidator, "time zone");
  for (const char* zone : kZones) m_zone->Append(zone);
  m_cutoff = new wxTextCtrl(page, wxID_ANY, wx(core::format_time_of_day(s.cutoff)), wxDefaultPosition,
                            FromDIP(wxSize(80, -1)), 0, wxDefaultValidator, "cutoff");
  auto* days = new wxBoxSizer(wxHORIZONTAL);
  m_days.resize(7);
  const wxString names[] = {_("Sun"), _("Mon"), _("Tue"), _("Wed"), _("Thu"), _("Fri"), _("Sat")};
  for (const int day : kDayOrder) {
    const auto d = static_cast<std::size_t>(day);
    m_days[d] = new wxCheckBox(page, wxID_ANY, names[d], wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                               wxString("day ") + names[d]);
    m_days[d]->SetValue(s.huddle_days[d]);
    days->Add(m_days[d], 0, wxRIGHT, FromDIP(10));
  }

  auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(10));
  grid->AddGrowableCol(1);
  const auto row = [&](const wxString& label, wxWindow* control, wxSizer* sizer_in = nullptr) {
    grid->Add(new wxStaticText(page, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
    if (sizer_in)
      grid->Add(sizer_in, 1, wxEXPAND);
    else
      grid->Add(control, 1, wxEXPAND);
  };
  row(_("City &name:"), m_city);
  row(_("&Time zone:"), m_zone);
  auto* cutoff = new wxBoxSizer(wxHORIZONTAL);
  cutoff->Add(m_cutoff, 0, wxRIGHT, FromDIP(8));
  cutoff->Add(new wxStaticText(page, wxID_ANY, _("local time, HH:MM: the morning's data ends here")), 0,
              wxALIGN_CENTER_VERTICAL);
  row(_("Data &cutoff:"), nullptr, cutoff);
  row(_("Huddle &days:"), nullptr, days);
  m_fields["city.name"] = {m_city, _("City name")};
  m_fields["city.time_zone"] = {m_zone, _("Time zone")};
  m_fields["huddle.cutoff"] = {m_cutoff, _("Data cutoff")};
  m_fields["huddle.days"] = {m_days[1], _("Huddle days")};

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(intro(page, _("The huddle's window runs from one huddle day's cutoff to the next: reports after the "
                           "cutoff wait for the next huddle. The time zone is an IANA name such as "
                           "America/Chicago.")),
             0, wxBOTTOM, FromDIP(12));
  sizer->Add(grid, 0, wxEXPAND);
  auto* border = new wxBoxSizer(wxVERTICAL);
  border->Add(sizer, 1, wxEXPAND | wxALL, FromDIP(12));
  page->SetSizer(border);
  return page;
}

wxWindow* SettingsDialog::BuildRankingPage() {
  auto* page = new wxPanel(m_book);
  const core::Settings& s = m_workspace.settings;
  // Wide ranges: settings.toml's rules, checked on OK, say which values are allowed and why.
  m_grid = new wxSpinCtrlDouble(page, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, 100000,
                                s.ranking.grid_metres, 5, "grid metres");
  m_top_k = new wxSpinCtrl(page, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, 1000,
                           s.ranking.top_k, "top k");
  m_watch_k = new wxSpinCtrl(page, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, 1000,
                             s.ranking.watch_k, "watch k");
  m_lat = new wxTextCtrl(page, wxID_ANY, wxString::FromCDouble(s.center_lat), wxDefaultPosition,
                         FromDIP(wxSize(110, -1)), 0, wxDefaultValidator, "centre latitude");
  m_lon = new wxTextCtrl(page, wxID_ANY, wxString::FromCDouble(s.center_lon), wxDefaultPosition,
                         FromDIP(wxSize(110, -1)), 0, wxDefaultValidator, "centre longitude");
  m_boundary = new wxFilePickerCtrl(page, wxID_ANY, wx(s.boundary_file.string()), _("Boundary file (GeoJSON)"),
                                    _("GeoJSON (*.geojson;*.json)|*.geojson;*.json|All files|*"), wxDefaultPosition,
                                    FromDIP(wxSize(420, -1)), wxFLP_OPEN | wxFLP_USE_TEXTCTRL, wxDefaultValidator,
                                    "boundary file");
  if (wxTextCtrl* text = m_boundary->GetTextCtrl()) text->SetHint(_("none: the map shows no boundaries"));

  auto* grid = new wxFlexGridSizer(3, FromDIP(8), FromDIP(10));
  grid->AddGrowableCol(2);
  const auto row = [&](const wxString& label, wxWindow* control, const wxString& note) {
    grid->Add(new wxStaticText(page, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(control, 0, wxEXPAND);
    grid->Add(new wxStaticText(page, wxID_ANY, note), 0, wxALIGN_CENTER_VERTICAL);
  };
  row(_("&Grid cell size (metres):"), m_grid, _("the edge of one square of the ranking grid (25 to 2000)"));
  row(_("Places in the &top list:"), m_top_k, _("1 to 50"));
  row(_("Places on the &watch list:"), m_watch_k, _("new or surging places below the top list (0 to 20)"));
  row(_("City centre &latitude:"), m_lat, _("the grid's origin, in degrees"));
  row(_("City centre l&ongitude:"), m_lon, _("negative west of Greenwich"));
  m_fields["ranking.grid_metres"] = {m_grid, _("Grid cell size")};
  m_fields["ranking.top_k"] = {m_top_k, _("Places in the top list")};
  m_fields["ranking.watch_k"] = {m_watch_k, _("Places on the watch list")};
  m_fields["city.center_lat"] = {m_lat, _("City centre latitude")};
  m_fields["city.center_lon"] = {m_lon, _("City centre longitude")};
  m_fields["map.boundary"] = {m_boundary, _("Boundary file")};

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(intro(page, _("docs/ranking.md explains every figure; the others keep the values in settings.toml.")), 0,
             wxBOTTOM, FromDIP(12));
  sizer->Add(grid, 0, wxEXPAND | wxBOTTOM, FromDIP(16));
  sizer->Add(new wxStaticText(page, wxID_ANY, _("&Boundaries under the map (GeoJSON: neighbourhoods, districts):")), 0,
             wxBOTTOM, FromDIP(4));
  sizer->Add(m_boundary, 0, wxEXPAND);
  auto* border = new wxBoxSizer(wxVERTICAL);
  border->Add(sizer, 1, wxEXPAND | wxALL, FromDIP(12));
  page->SetSizer(border);
  return page;
}

wxWindow* SettingsDialog::BuildPacketPage() {
  auto* page = new wxPanel(m_book);
  const wxString papers[] = {_("&Letter (8.5 x 11 in)"), _("&A4 (210 x 297 mm)")};
  m_paper = new wxRadioBox(page, wxID_ANY, _("Paper of the printed packet"), wxDefaultPosition, wxDefaultSize, 2,
                           papers, 1, wxRA_SPECIFY_COLS, wxDefaultValidator, "paper");
  m_paper->SetSelection(m_workspace.settings.paper == core::PaperSize::a4 ? 1 : 0);
  m_fields["packet.paper"] = {m_paper, _("Paper")};
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(intro(page, _("The PDF packet and Print are laid out on this paper.")), 0, wxBOTTOM, FromDIP(12));
  sizer->Add(m_paper, 0);
  auto* border = new wxBoxSizer(wxVERTICAL);
  border->Add(sizer, 1, wxEXPAND | wxALL, FromDIP(12));
  page->SetSizer(border);
  return page;
}

double SettingsDialog::NumberIn(const std::string& key) const {
  const auto* text = static_cast<const wxTextCtrl*>(m_fields.at(key).control);
  const wxString value = text->GetValue().Strip(wxString::both);
  double number = 0;
  if (!value.ToCDouble(&number)) throw Refusal(key, wxString::Format(_("'%s' is not a number"), value));
  return number;
}

core::Settings SettingsDialog::Edited() const {
  core::Settings s = m_workspace.settings;  // what the dialog does not show stays as it is
  s.city_name = m_city->GetValue().utf8_string();
  s.time_zone = m_zone->GetValue().Strip(wxString::both).utf8_string();
  try {
    s.cutoff = core::parse_time_of_day(m_cutoff->GetValue().Strip(wxString::both).utf8_string());
  } catch (const Error& e) {
    throw Refusal("huddle.cutoff", wx(e.what()));
  }
  for (std::size_t d = 0; d < m_days.size(); ++d) s.huddle_days[d] = m_days[d]->GetValue();
  s.center_lat = NumberIn("city.center_lat");
  s.center_lon = NumberIn("city.center_lon");
  s.ranking.grid_metres = m_grid->GetValue();
  s.ranking.top_k = m_top_k->GetValue();
  s.ranking.watch_k = m_watch_k->GetValue();
  s.weight_overrides = m_weights->Overrides();
  s.sources = m_sources->Sources();
  s.paper = m_paper->GetSelection() == 1 ? core::PaperSize::a4 : core::PaperSize::letter;
  const std::filesystem::path boundary = m_boundary->GetPath().Strip(wxString::both).utf8_string();
  // As settings.toml reads it: a relative name is in the configuration folder.
  s.boundary_file = boundary.empty() || boundary.is_absolute() ? boundary : m_workspace.paths.config_dir / boundary;
  return s;
}

bool SettingsDialog::Save() {
  m_problem->SetLabel("");
  m_weights->FinishEditing();
  const auto file = m_workspace.paths.config_dir / "settings.toml";
  try {
    const core::Settings edited = Edited();
    core::check_settings(edited, file);
    if (!edited.boundary_file.empty() && edited.boundary_file != m_workspace.settings.boundary_file) {
      try {
        core::load_boundaries(edited.boundary_file);
      } catch (const InputError& e) {
        throw Refusal("map.boundary", wx(e.what()));
      }
    }
    auto departments = m_departments->Departments();
    if (departments != m_stored_departments) {
      try {
        core::save_departments(*m_workspace.store, departments);
      } catch (const StorageError&) {
        throw;
      } catch (const Error& e) {
        throw Refusal("departments", wx(e.what()));
      }
      m_stored_departments = departments;
    }
    if (!(edited == m_workspace.settings)) core::save_settings(edited, file);
  } catch (const Refusal& r) {
    Refuse(r.key, r.reason);
    return false;
  } catch (const ConfigError& e) {
    Refuse(e.key(), reason_of(e));
    return false;
  } catch (const std::exception& e) {  // the disk or the database: nothing the pages can correct
    Refuse("", wx(e.what()));
    return false;
  }
  return true;
}

wxString SettingsDialog::Problem() const { return m_problem->GetLabel(); }

void SettingsDialog::Refuse(const std::string& key, const wxString& reason) {
  wxString label;
  if (const auto it = m_fields.find(key); it != m_fields.end()) {
    label = it->second.label;
    ShowPageOf(it->second.control);
    it->second.control->SetFocus();
  } else if (key.rfind("source[", 0) == 0) {
    // "source[2].url": the second source's url
    const std::size_t index = std::stoul(key.substr(7)) - 1;
    const auto dot = key.find("].");
    ShowPageOf(m_sources);
    m_sources->Focus(index, dot == std::string::npos ? "" : key.substr(dot + 2));
    if (index < m_sources->Sources().size()) {
      label = wxString::Format(_("Source \"%s\""), wx(m_sources->Sources()[index].name));
    }
  } else if (key.rfind("weights.", 0) == 0) {
    const std::string id = key.substr(8);
    ShowPageOf(m_weights);
    m_weights->FocusWeight(id);
    label = wxString::Format(_("Weight of %s"), wx(core::category_label(m_workspace.categories, id)));
  } else if (key == "departments") {
    ShowPageOf(m_departments);
    label = _("Departments");
  }
  m_problem->SetLabel(label.empty() ? reason : label + ": " + reason);
  m_problem->Wrap(GetClientSize().x - FromDIP(24));
  Layout();
}

void SettingsDialog::ShowPageOf(wxWindow* control) {
  wxWindow* page = control;
  while (page && page->GetParent() != m_book) page = page->GetParent();
  if (!page) return;
  const int index = m_book->FindPage(page);
  if (index != wxNOT_FOUND) m_book->SetSelection(static_cast<size_t>(index));
}

}  // namespace huddle::ui
