#pragma once
/// \file
/// The Import dialog: choose extract files, see the profile each one will be read with, import them off the UI
/// thread with a progress bar and Cancel, then read each file's report (rejected rows, unmapped raw types).

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "core/jobs/workspace.h"
#include "core/time/clock.h"

class wxButton;
class wxChoice;
class wxGauge;
class wxListView;
class wxStaticText;
class wxTextCtrl;

namespace huddle::ui {

class BackgroundTask;

/// Modal dialog; the caller reloads its pages afterwards when `Imported()` is true.
class ImportDialog final : public wxDialog {
 public:
  /// `workspace` and `clock` outlive the dialog (the import opens its own connection to the same database).
  ImportDialog(wxWindow* parent, const core::Workspace& workspace, const core::Clock& clock);
  ~ImportDialog() override;

  /// Adds files to the list and shows the profile each will be read with (as the Add files button does).
  void AddFiles(const std::vector<std::filesystem::path>& files);
  /// Starts importing the listed files (as the Import button does).
  void StartImport();
  /// True while an import runs.
  bool Busy() const;
  /// True once at least one file was imported.
  bool Imported() const { return m_imported; }
  /// The profile column of row `row` as shown; lets tests read the screen.
  wxString ShownProfile(int row) const;
  /// The report text as shown.
  wxString ReportText() const;

 private:
  void OnAdd();
  void OnDone(std::exception_ptr error);
  void UpdateButtons();
  std::string ChosenProfile() const;

  const core::Workspace& m_workspace;
  const core::Clock& m_clock;
  std::vector<std::filesystem::path> m_files;
  std::vector<std::string> m_reports;
  wxListView* m_list;
  wxChoice* m_profile;
  wxGauge* m_gauge;
  wxStaticText* m_status;
  wxTextCtrl* m_report;
  wxButton* m_add;
  wxButton* m_import;
  wxButton* m_cancel;
  std::unique_ptr<BackgroundTask> m_task;
  bool m_imported = false;
};

}  // namespace huddle::ui
