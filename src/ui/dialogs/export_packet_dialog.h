#pragma once
/// \file
/// The Export packet dialog: choose the packet's formats and folder, write the files off the UI thread with a
/// progress bar and Stop, then see where they went (and open the folder).

#include <exception>
#include <filesystem>
#include <memory>
#include <vector>

#include <wx/dialog.h>

#include "core/jobs/brief_job.h"
#include "core/jobs/workspace.h"
#include "core/time/clock.h"

class wxButton;
class wxCheckBox;
class wxDirPickerCtrl;
class wxGauge;
class wxStaticText;

namespace huddle::ui {

class BackgroundTask;

/// Modal dialog writing the packet of the huddle of one local date (created and ranked when not stored yet).
class ExportPacketDialog final : public wxDialog {
 public:
  /// `workspace` and `clock` outlive the dialog (the export opens its own connection to the same database).
  ExportPacketDialog(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock, core::Date date);
  ~ExportPacketDialog() override;
  /// Sets the folder the packet is written into (as the folder picker does).
  void SetFolder(const std::filesystem::path& folder);
  /// Ticks or unticks `format` (as its check box does).
  void SetFormat(core::PacketFormat format, bool on);
  /// Starts writing (as the Export button does).
  void StartExport();
  /// True while the packet is being written.
  bool Busy() const;
  /// The files written by the last export, in order.
  const std::vector<std::filesystem::path>& Written() const { return m_written; }
  /// The status line as shown; lets tests read the screen.
  wxString StatusText() const;

 private:
  void OnDone(std::exception_ptr error, const std::vector<std::filesystem::path>& written);
  void UpdateButtons();
  std::vector<core::PacketFormat> ChosenFormats() const;

  core::Workspace& m_workspace;
  const core::Clock& m_clock;
  core::Date m_date;
  std::vector<std::pair<core::PacketFormat, wxCheckBox*>> m_formats;
  wxDirPickerCtrl* m_folder;
  wxGauge* m_gauge;
  wxStaticText* m_status;
  wxButton* m_export;
  wxButton* m_stop;
  wxButton* m_open;
  std::unique_ptr<BackgroundTask> m_task;
  std::vector<std::filesystem::path> m_written;
};

}  // namespace huddle::ui
