#include "ui/dialogs/export_packet_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/filepicker.h>
#include <wx/gauge.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "core/error.h"
#include "core/time/local_format.h"
#include "ui/background_task.h"
#include "ui/environment.h"
#include "ui/ui_text.h"

namespace huddle::ui {
namespace {

/// The database setting remembering this seat's packet folder.
std::string folder_key() { return "ui.packet_folder." + seat(); }

/// What a format's check box says.
wxString format_label(core::PacketFormat format) {
  switch (format) {
    case core::PacketFormat::pdf:
      return _("&PDF packet (to print or mail)");
    case core::PacketFormat::xlsx:
      return _("&Workbook (xlsx)");
    case core::PacketFormat::html:
      return _("Agenda as &HTML (for email)");
    case core::PacketFormat::markdown:
      return _("Agenda as &Markdown");
    case core::PacketFormat::text:
      return _("Agenda as plain &text");
  }
  return {};
}

}  // namespace

ExportPacketDialog::ExportPacketDialog(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock,
                                       core::Date date)
    : wxDialog(parent, wxID_ANY, _("Export packet"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_workspace(workspace),
      m_clock(clock),
      m_date(date) {
  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(new wxStaticText(this, wxID_ANY,
                            wxString::Format(_("The packet of the huddle of %s."), wx(core::format_long_date(date)))),
           0, wxALL, 8);
  auto* formats = new wxStaticBoxSizer(wxVERTICAL, this, _("Files"));
  for (const auto format : core::kPacketFormats) {
    auto* box = new wxCheckBox(formats->GetStaticBox(), wxID_ANY, format_label(format));
    box->SetValue(true);
    box->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { UpdateButtons(); });
    formats->Add(box, 0, wxALL, 3);
    m_formats.emplace_back(format, box);
  }
  top->Add(formats, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);

  auto* folder_row = new wxBoxSizer(wxHORIZONTAL);
  folder_row->Add(new wxStaticText(this, wxID_ANY, _("&Folder:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  wxString folder = wxStandardPaths::Get().GetDocumentsDir() + wxFILE_SEP_PATH + _("Huddle packets");
  if (const auto remembered = workspace.store->setting(folder_key())) folder = wx(*remembered);
  m_folder = new wxDirPickerCtrl(this, wxID_ANY, folder, _("Folder for the packet"), wxDefaultPosition,
                                 wxSize(460, -1), wxDIRP_USE_TEXTCTRL);
  folder_row->Add(m_folder, 1, wxEXPAND);
  top->Add(folder_row, 0, wxEXPAND | wxALL, 8);

  auto* progress = new wxBoxSizer(wxHORIZONTAL);
  m_gauge = new wxGauge(this, wxID_ANY, 1000);
  progress->Add(m_gauge, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
  m_stop = new wxButton(this, wxID_STOP, _("&Stop"));
  progress->Add(m_stop, 0);
  top->Add(progress, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);
  m_status = new wxStaticText(this, wxID_ANY, _("Files are named huddle-DATE and replace an earlier export."),
                              wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE);
  top->Add(m_status, 0, wxEXPAND | wxALL, 8);

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  m_open = new wxButton(this, wxID_ANY, _("&Open folder"));
  buttons->Add(m_open, 0);
  buttons->AddStretchSpacer();
  m_export = new wxButton(this, wxID_OK, _("&Export"));
  m_export->SetDefault();
  buttons->Add(m_export, 0, wxRIGHT, 8);
  buttons->Add(new wxButton(this, wxID_CLOSE, _("&Close")), 0);
  top->Add(buttons, 0, wxEXPAND | wxALL, 8);
  SetSizerAndFit(top);
  SetMinSize(wxSize(560, GetSize().y));

  m_export->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { StartExport(); });
  m_stop->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (m_task) m_task->Cancel();
  });
  m_open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { wxLaunchDefaultApplication(m_folder->GetPath()); });
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
  Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
    if (Busy() && event.CanVeto()) {
      m_status->SetLabel(_("Stop the export first."));
      event.Veto();
      return;
    }
    EndModal(m_written.empty() ? wxID_CANCEL : wxID_OK);
  });
  UpdateButtons();
}

ExportPacketDialog::~ExportPacketDialog() = default;

void ExportPacketDialog::SetFolder(const std::filesystem::path& folder) { m_folder->SetPath(wx(folder.string())); }

void ExportPacketDialog::SetFormat(core::PacketFormat format, bool on) {
  for (auto& [f, box] : m_formats) {
    if (f == format) box->SetValue(on);
  }
  UpdateButtons();
}

std::vector<core::PacketFormat> ExportPacketDialog::ChosenFormats() const {
  std::vector<core::PacketFormat> out;
  for (const auto& [format, box] : m_formats) {
    if (box->GetValue()) out.push_back(format);
  }
  return out;
}

void ExportPacketDialog::StartExport() {
  const auto formats = ChosenFormats();
  if (Busy() || formats.empty()) return;
  const std::filesystem::path folder = m_folder->GetPath().utf8_string();
  if (folder.empty()) {
    m_status->SetLabel(_("Choose a folder first."));
    return;
  }
  m_workspace.store->set_setting(folder_key(), folder.string());
  const auto paths = m_workspace.paths;
  const core::Clock& clock = m_clock;
  const core::Date date = m_date;
  auto written = std::make_shared<std::vector<std::filesystem::path>>();
  auto work = [paths, &clock, date, folder, formats, written](core::ProgressSink& progress) {
    auto ws = core::Workspace::open(paths);  // this thread's own connection
    const auto schedule = ws.settings.schedule();
    progress.progress("Preparing the huddle", 0, 1);
    const auto brief = core::open_huddle(*ws.store, ws.settings, ws.categories, schedule, date);
    *written = core::write_brief(ws, schedule, brief, {folder, formats}, clock.now(), progress);
  };
  auto on_progress = [this](const std::string& what, long done, long total) {
    m_status->SetLabel(wx(what));
    m_gauge->SetValue(static_cast<int>(1000 * done / std::max(total, 1L)));
  };
  m_task = std::make_unique<BackgroundTask>(this, work, on_progress,
                                            [this, written](std::exception_ptr error) { OnDone(error, *written); });
  m_written.clear();
  m_status->SetLabel(_("Exporting..."));
  UpdateButtons();
}

void ExportPacketDialog::OnDone(std::exception_ptr error, const std::vector<std::filesystem::path>& written) {
  wxString status;
  try {
    if (error) std::rethrow_exception(error);
    m_written = written;
    status = wxString::Format(_("Wrote %ld files into %s"), static_cast<long>(written.size()),
                              written.empty() ? wxString{} : wx(written.front().parent_path().string()));
  } catch (const Cancelled&) {
    status = _("Stopped. Files written before stopping are whole; the one being written was not kept.");
  } catch (const std::exception& e) {
    status = wxString::Format(_("Export failed: %s"), wx(e.what()));
  }
  m_status->SetLabel(status);
  m_status->Wrap(GetClientSize().x - 16);
  m_gauge->SetValue(error ? 0 : 1000);
  m_task.reset();
  UpdateButtons();
  Layout();
}

void ExportPacketDialog::UpdateButtons() {
  const bool busy = Busy();
  m_export->Enable(!busy && !ChosenFormats().empty());
  m_stop->Enable(busy);
  m_folder->Enable(!busy);
  for (auto& [format, box] : m_formats) box->Enable(!busy);
  m_open->Enable(!busy && !m_written.empty());
}

bool ExportPacketDialog::Busy() const { return m_task && m_task->Running(); }

wxString ExportPacketDialog::StatusText() const { return m_status->GetLabel(); }

}  // namespace huddle::ui
