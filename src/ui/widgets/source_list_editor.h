#pragma once
/// \file
/// SourceListEditor: the Settings dialog's list of sources to pull (a folder, a CSV download or a CKAN resource,
/// each with its profile), with the fields of the selected one below it.

#include <filesystem>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "core/config/settings.h"

class wxButton;
class wxChoice;
class wxComboBox;
class wxListView;
class wxSpinCtrl;
class wxTextCtrl;

namespace huddle::ui {

/// Edits a copy of settings' sources; nothing is checked here (the Settings dialog has settings.toml's rules
/// check them on OK).
class SourceListEditor final : public wxPanel {
 public:
  /// Shows `sources`; `profiles` are the profile names offered besides "auto"; a folder chosen with Browse starts
  /// from `config_dir`.
  SourceListEditor(wxWindow* parent, std::vector<core::Source> sources, const std::vector<std::string>& profiles,
                   std::filesystem::path config_dir);
  /// The sources as edited, in list order.
  const std::vector<core::Source>& Sources() const { return m_sources; }
  /// Selects source `index` and puts the keyboard in its field `key` (a [[source]] key: "url", "path", ...).
  void Focus(std::size_t index, const std::string& key);
  /// Adds a new folder source and selects it (as the Add button does).
  void AddSource();

 private:
  void Select(long index);
  void ShowSelected();
  void StoreField();
  void UpdateRow(long index);
  void Move(int delta);
  void Remove();
  void Browse();
  void UpdateEnabled();

  std::vector<core::Source> m_sources;
  std::filesystem::path m_config_dir;
  long m_selected = -1;
  wxListView* m_list;
  wxButton* m_remove;
  wxButton* m_up;
  wxButton* m_down;
  wxTextCtrl* m_name;
  wxChoice* m_kind;
  wxTextCtrl* m_where;
  wxButton* m_browse;
  wxTextCtrl* m_pattern;
  wxComboBox* m_profile;
  wxTextCtrl* m_resource;
  wxSpinCtrl* m_page_size;
  wxTextCtrl* m_time_field;
  wxSpinCtrl* m_timeout;
  wxSpinCtrl* m_retries;
};

}  // namespace huddle::ui
