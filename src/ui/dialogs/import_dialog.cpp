#include "ui/dialogs/import_dialog.h"

#include <optional>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/gauge.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/error.h"
#include "core/ingest/import_job.h"
#include "core/report/import_report_text.h"
#include "ui/background_task.h"
#include "ui/ui_text.h"

namespace huddle::ui {
namespace {

/// What importing one file came to: its report, or why it was not imported (neither: not reached).
struct FileOutcome {
  std::optional<core::ImportReport> report;
  std::string error;
};

}  // namespace

ImportDialog::ImportDialog(wxWindow* parent, const core::Workspace& workspace, const core::Clock& clock)
    : wxDialog(parent, wxID_ANY, _("Import extracts"), wxDefaultPosition, wxSize(980, 640),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_workspace(workspace),
      m_clock(clock) {
  auto* top = new wxBoxSizer(wxVERTICAL);
  m_list = new wxListView(this, wxID_ANY, wxDefaultPosition, wxSize(-1, 180), wxLC_REPORT);
  m_list->AppendColumn(_("File"), wxLIST_FORMAT_LEFT, 430);
  m_list->AppendColumn(_("Profile"), wxLIST_FORMAT_LEFT, 220);
  m_list->AppendColumn(_("Result"), wxLIST_FORMAT_LEFT, 280);
  top->Add(m_list, 0, wxEXPAND | wxALL, 8);

  auto* row = new wxBoxSizer(wxHORIZONTAL);
  m_add = new wxButton(this, wxID_ADD, _("&Add files..."));
  row->Add(m_add, 0, wxRIGHT, 8);
  row->Add(new wxStaticText(this, wxID_ANY, _("Read with:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
  m_profile = new wxChoice(this, wxID_ANY);
  m_profile->Append(_("the profile detected from each file's header"));
  const auto profiles = workspace.load_profiles();
  for (const auto& p : profiles.all()) m_profile->Append(wx(p.name));
  m_profile->SetSelection(0);
  row->Add(m_profile, 1, wxALIGN_CENTER_VERTICAL);
  top->Add(row, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);

  auto* progress = new wxBoxSizer(wxHORIZONTAL);
  m_gauge = new wxGauge(this, wxID_ANY, 1000);
  progress->Add(m_gauge, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
  m_cancel = new wxButton(this, wxID_STOP, _("&Stop"));
  progress->Add(m_cancel, 0);
  top->Add(progress, 0, wxEXPAND | wxALL, 8);
  m_status = new wxStaticText(this, wxID_ANY, _("Add the overnight extracts (CSV or GeoJSON)."));
  top->Add(m_status, 0, wxLEFT | wxRIGHT, 8);

  m_report = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                            wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);
  wxFont mono(wxFontInfo().Family(wxFONTFAMILY_TELETYPE));
  m_report->SetFont(mono);
  top->Add(m_report, 1, wxEXPAND | wxALL, 8);

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->AddStretchSpacer();
  m_import = new wxButton(this, wxID_OK, _("&Import"));
  buttons->Add(m_import, 0, wxRIGHT, 8);
  buttons->Add(new wxButton(this, wxID_CLOSE, _("&Close")), 0);
  top->Add(buttons, 0, wxEXPAND | wxALL, 8);
  SetSizer(top);

  m_add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnAdd(); });
  m_import->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { StartImport(); });
  m_cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (m_task) m_task->Cancel();
  });
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
  Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
    if (Busy() && event.CanVeto()) {
      m_status->SetLabel(_("Stop the import first (nothing of an unfinished file is kept)."));
      event.Veto();
      return;
    }
    EndModal(m_imported ? wxID_OK : wxID_CANCEL);
  });
  UpdateButtons();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::OnAdd() {
  wxFileDialog chooser(this, _("Choose extracts"), "", "", _("Extracts (*.csv;*.geojson;*.json)|*.csv;*.geojson;*.json|All files|*"),
                       wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
  if (chooser.ShowModal() != wxID_OK) return;
  wxArrayString paths;
  chooser.GetPaths(paths);
  std::vector<std::filesystem::path> files;
  for (const auto& p : paths) files.emplace_back(p.utf8_string());
  AddFiles(files);
}

void ImportDialog::AddFiles(const std::vector<std::filesystem::path>& files) {
  const auto profiles = m_workspace.load_profiles();
  for (const auto& file : files) {
    const long row = m_list->InsertItem(m_list->GetItemCount(), wx(file.string()));
    wxString shown;
    try {
      const core::Profile* p = core::detect_profile(file, profiles);
      shown = p ? wx(p->name) : _("no profile matches");
    } catch (const Error& e) {
      shown = _("unreadable");
      m_list->SetItem(row, 2, wx(e.what()));
    }
    m_list->SetItem(row, 1, shown);
    m_files.push_back(file);
  }
  UpdateButtons();
}

std::string ImportDialog::ChosenProfile() const {
  const int choice = m_profile->GetSelection();
  return choice <= 0 ? "auto" : m_profile->GetString(static_cast<unsigned>(choice)).utf8_string();
}

void ImportDialog::StartImport() {
  if (Busy() || m_files.empty()) return;
  m_reports.assign(m_files.size(), "");
  m_report->Clear();
  const auto files = m_files;
  const auto paths = m_workspace.paths;
  const std::string profile = ChosenProfile();
  const core::Clock& clock = m_clock;
  // Each file's outcome, written by the worker and read on the UI thread after it ended.
  auto results = std::make_shared<std::vector<FileOutcome>>(files.size());
  auto on_progress = [this](const std::string& what, long done, long total) {
    m_status->SetLabel(wx(what));
    m_gauge->SetValue(static_cast<int>(1000 * done / std::max(total, 1L)));
  };
  auto work = [files, paths, profile, &clock, results](core::ProgressSink& progress) {
    auto ws = core::Workspace::open(paths);  // this thread's own connection
    const auto catalog = ws.load_profiles();
    for (std::size_t i = 0; i < files.size(); ++i) {
      try {
        const auto r = core::run_import_job(*ws.store, {files[i], profile, ""}, catalog, ws.settings, ws.categories,
                                            clock, progress);
        (*results)[i] = {r, {}};
      } catch (const Cancelled&) {
        throw;
      } catch (const Error& e) {
        (*results)[i] = {std::nullopt, e.what()};
      }
    }
  };
  m_task = std::make_unique<BackgroundTask>(this, work, on_progress, [this, results, files](std::exception_ptr error) {
    for (std::size_t i = 0; i < results->size(); ++i) {
      const FileOutcome& outcome = (*results)[i];
      if (outcome.report) {
        const core::ImportReport& r = *outcome.report;
        m_list->SetItem(static_cast<long>(i), 2,
                        r.already_imported ? _("already imported")
                                           : wxString::Format(_("%ld new, %ld updated, %ld rejected"),
                                                              static_cast<long>(r.accepted),
                                                              static_cast<long>(r.updated),
                                                              static_cast<long>(r.rejected)));
        m_report->AppendText(wx(core::import_report_text(r) + "\n"));
        m_imported = true;
      } else if (!outcome.error.empty()) {
        m_list->SetItem(static_cast<long>(i), 2, _("not imported"));
        m_report->AppendText(wx(files[i].string()) + "\n  " + _("not imported:") + " " + wx(outcome.error) + "\n\n");
      }
    }
    OnDone(error);
  });
  m_status->SetLabel(_("Importing..."));
  UpdateButtons();
}

void ImportDialog::OnDone(std::exception_ptr error) {
  wxString status = _("Done. Each file is one transaction: a file that failed left nothing behind.");
  try {
    if (error) std::rethrow_exception(error);
  } catch (const Cancelled&) {
    status = _("Stopped. The file being imported was rolled back; files before it were kept.");
  } catch (const std::exception& e) {
    status = wxString::Format(_("Failed: %s"), wx(e.what()));
  }
  m_status->SetLabel(status);
  m_gauge->SetValue(error ? 0 : 1000);
  m_task.reset();
  UpdateButtons();
}

void ImportDialog::UpdateButtons() {
  const bool busy = Busy();
  m_add->Enable(!busy);
  m_import->Enable(!busy && !m_files.empty());
  m_profile->Enable(!busy);
  m_cancel->Enable(busy);
}

bool ImportDialog::Busy() const { return m_task && m_task->Running(); }

wxString ImportDialog::ShownProfile(int row) const { return m_list->GetItemText(row, 1); }

wxString ImportDialog::ReportText() const { return m_report->GetValue(); }

}  // namespace huddle::ui
