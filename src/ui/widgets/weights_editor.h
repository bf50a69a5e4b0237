#pragma once
/// \file
/// WeightsEditor: the Settings dialog's category weights — a table of categories with the shipped and the chosen
/// weight, and a "what changes" preview of the top list, ranked off the UI thread with the weights as edited.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <wx/panel.h>
#include <wx/timer.h>

#include "core/jobs/weight_preview.h"
#include "core/jobs/workspace.h"
#include "core/time/clock.h"

class wxGrid;
class wxListView;
class wxStaticText;

namespace huddle::ui {

class BackgroundTask;

/// Edits the weights of the workspace's categories; nothing is stored here.
class WeightsEditor final : public wxPanel {
 public:
  /// `workspace` and `clock` outlive the editor (the preview opens its own connection to the same database).
  WeightsEditor(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock);
  ~WeightsEditor() override;
  /// The categories with the weights as edited.
  std::vector<core::Category> Categories() const;
  /// settings.toml's [weights]: the edited weights that differ from categories.toml's.
  std::map<std::string, double> Overrides() const;
  /// Sets the weight of category `id` as typing it into the table does (the preview follows after a pause).
  void SetWeight(const std::string& id, double weight);
  /// Ranks the huddle in force with the weights as edited now and shows what changes (again when busy).
  void StartPreview();
  /// True while the preview is being ranked.
  bool Previewing() const;
  /// The preview list (Now, New, Place, Change); lets tests read the screen.
  wxListView* PreviewList() const { return m_preview; }
  /// Ends typing in the table: a weight being typed counts (OK may be pressed while a cell is edited).
  void FinishEditing();
  /// Puts the keyboard on the weight of category `id`.
  void FocusWeight(const std::string& id);

 private:
  void OnPreviewDone(std::exception_ptr error, const std::vector<core::TopListMove>& rows);
  void ShowRows(const std::vector<core::TopListMove>& rows);
  void ResetToShipped();

  core::Workspace& m_workspace;
  const core::Clock& m_clock;
  std::vector<core::Category> m_shipped;  // categories.toml without settings' overrides
  wxGrid* m_grid;
  wxListView* m_preview;
  wxStaticText* m_status;
  wxTimer m_pause;  // a preview starts once typing pauses
  std::unique_ptr<BackgroundTask> m_task;
  bool m_again = false;  // the weights changed while a preview ran
};

}  // namespace huddle::ui
