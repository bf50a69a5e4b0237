#pragma once
/// \file
/// The Settings dialog (Edit > Settings): city and schedule, sources, category weights with a preview of the top
/// list, departments, ranking and map, packet. OK stores settings.toml and the departments, or refuses a value with
/// settings.toml's own reason and writes nothing.

#include <map>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "core/config/settings.h"
#include "core/jobs/workspace.h"
#include "core/model/department.h"
#include "core/time/clock.h"

class wxCheckBox;
class wxComboBox;
class wxFilePickerCtrl;
class wxNotebook;
class wxRadioBox;
class wxSpinCtrl;
class wxSpinCtrlDouble;
class wxStaticText;
class wxTextCtrl;

namespace huddle::ui {

class DepartmentListEditor;
class SourceListEditor;
class WeightsEditor;

/// Modal dialog editing the workspace's settings.toml (in its configuration folder) and stored departments. The
/// workspace itself is not changed: after OK its owner reads the settings again (MainFrame::ReloadSettings).
class SettingsDialog final : public wxDialog {
 public:
  /// `workspace` and `clock` outlive the dialog.
  SettingsDialog(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock);
  ~SettingsDialog() override;

  /// Checks every page and stores them, as OK does: settings.toml (only when a setting changed) and the departments
  /// (only when one changed). A value that settings.toml's rules refuse — or a boundary file that cannot be read,
  /// or a department without a short name — is refused with the reason: the page showing it comes up, the keyboard
  /// goes to it, Problem() says why, false is returned and nothing is written.
  bool Save();
  /// Why the last Save refused, or empty.
  wxString Problem() const;
  /// The weights page (tests drive its table and preview).
  WeightsEditor* Weights() const { return m_weights; }
  /// The sources page.
  SourceListEditor* Sources() const { return m_sources; }
  /// The departments page.
  DepartmentListEditor* Departments() const { return m_departments; }

 private:
  struct Field {
    wxWindow* control;  ///< Where the value is typed.
    wxString label;     ///< How the problem message names it.
  };
  class Refusal;

  wxWindow* BuildCityPage();
  wxWindow* BuildRankingPage();
  wxWindow* BuildPacketPage();
  core::Settings Edited() const;
  double NumberIn(const std::string& key) const;
  void Refuse(const std::string& key, const wxString& reason);
  void ShowPageOf(wxWindow* control);

  core::Workspace& m_workspace;
  std::vector<core::Department> m_stored_departments;
  std::map<std::string, Field> m_fields;  // by settings.toml key ("huddle.cutoff")
  wxNotebook* m_book;
  wxTextCtrl* m_city;
  wxComboBox* m_zone;
  wxTextCtrl* m_cutoff;
  std::vector<wxCheckBox*> m_days;  // Sunday first, as Settings::huddle_days
  wxTextCtrl* m_lat;
  wxTextCtrl* m_lon;
  wxSpinCtrlDouble* m_grid;
  wxSpinCtrl* m_top_k;
  wxSpinCtrl* m_watch_k;
  wxFilePickerCtrl* m_boundary;
  wxRadioBox* m_paper;
  SourceListEditor* m_sources;
  WeightsEditor* m_weights;
  DepartmentListEditor* m_departments;
  wxStaticText* m_problem;
};

}  // namespace huddle::ui
