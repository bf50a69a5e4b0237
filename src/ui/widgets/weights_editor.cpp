#include "ui/widgets/weights_editor.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/grid.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "core/config/categories.h"
#include "ui/background_task.h"
#include "ui/ui_text.h"

namespace huddle::ui {
namespace {

enum Column { kLabel, kShipped, kWeight };

wxString weight_text(double weight) { return wxString::FromCDouble(weight); }

/// What happened to a place: "enters the list", "up 2", ...
wxString change_of(const core::TopListMove& m) {
  if (!m.before) return _("enters the list");
  if (!m.after) return _("leaves the list");
  if (*m.after < *m.before) return wxString::Format(_("up %d"), *m.before - *m.after);
  if (*m.after > *m.before) return wxString::Format(_("down %d"), *m.after - *m.before);
  return {};
}

}  // namespace

WeightsEditor::WeightsEditor(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock)
    : wxPanel(parent), m_workspace(workspace), m_clock(clock), m_pause(this) {
  m_shipped = core::load_categories(workspace.config_file("categories.toml"));
  m_grid = new wxGrid(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxWANTS_CHARS, "weights");
  m_grid->CreateGrid(static_cast<int>(workspace.categories.size()), 3);
  m_grid->SetRowLabelSize(0);
  m_grid->SetColLabelValue(kLabel, _("Category"));
  m_grid->SetColLabelValue(kShipped, _("Shipped"));
  m_grid->SetColLabelValue(kWeight, _("Weight"));
  for (int row = 0; row < m_grid->GetNumberRows(); ++row) {
    const core::Category& c = workspace.categories[static_cast<std::size_t>(row)];
    const auto shipped = std::find_if(m_shipped.begin(), m_shipped.end(), [&](const auto& s) { return s.id == c.id; });
    m_grid->SetCellValue(row, kLabel, wx(c.label));
    m_grid->SetCellValue(row, kShipped, shipped == m_shipped.end() ? wxString() : weight_text(shipped->weight));
    m_grid->SetCellValue(row, kWeight, weight_text(c.weight));
    m_grid->SetReadOnly(row, kLabel);
    m_grid->SetReadOnly(row, kShipped);
    m_grid->SetCellEditor(row, kWeight, new wxGridCellFloatEditor(-1, 2));
    m_grid->SetCellAlignment(row, kShipped, wxALIGN_RIGHT, wxALIGN_CENTER);
    m_grid->SetCellAlignment(row, kWeight, wxALIGN_RIGHT, wxALIGN_CENTER);
  }
  m_grid->SetColSize(kLabel, FromDIP(245));
  m_grid->SetColSize(kShipped, FromDIP(70));
  m_grid->SetColSize(kWeight, FromDIP(70));
  m_grid->SetTabBehaviour(wxGrid::Tab_Leave);  // Tab leaves the table, as in every other control
  m_grid->SetGridCursor(0, kWeight);
  auto* reset = new wxButton(this, wxID_ANY, _("S&hipped weights"), wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, "shipped weights");
  reset->SetToolTip(_("Put every weight back to categories.toml's"));
  auto* preview = new wxButton(this, wxID_ANY, _("Pre&view now"), wxDefaultPosition, wxDefaultSize, 0,
                               wxDefaultValidator, "preview weights");

  m_preview = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(440, -1)), wxLC_REPORT | wxLC_SINGLE_SEL,
                             wxDefaultValidator, "weights preview");
  m_preview->AppendColumn(_("Now"), wxLIST_FORMAT_RIGHT, FromDIP(44));
  m_preview->AppendColumn(_("New"), wxLIST_FORMAT_RIGHT, FromDIP(44));
  m_preview->AppendColumn(_("Place"), wxLIST_FORMAT_LEFT, FromDIP(250));
  m_preview->AppendColumn(_("Change"), wxLIST_FORMAT_LEFT, FromDIP(100));
  m_status =
      new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE, "preview status");

  auto* left = new wxBoxSizer(wxVERTICAL);
  left->Add(new wxStaticText(this, wxID_ANY, _("&Weights (0 leaves a category out of the ranking):")), 0, wxBOTTOM,
            FromDIP(4));
  left->Add(m_grid, 1, wxEXPAND | wxBOTTOM, FromDIP(6));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(reset, 0, wxRIGHT, FromDIP(6));
  buttons->Add(preview, 0);
  left->Add(buttons, 0);
  auto* right = new wxBoxSizer(wxVERTICAL);
  right->Add(new wxStaticText(this, wxID_ANY, _("What changes in this morning's top &list:")), 0, wxBOTTOM, FromDIP(4));
  right->Add(m_preview, 1, wxEXPAND | wxBOTTOM, FromDIP(6));
  right->Add(m_status, 0, wxEXPAND);
  auto* sizer = new wxBoxSizer(wxHORIZONTAL);
  sizer->Add(left, 0, wxEXPAND | wxRIGHT, FromDIP(12));
  sizer->Add(right, 1, wxEXPAND);
  auto* border = new wxBoxSizer(wxVERTICAL);
  border->Add(sizer, 1, wxEXPAND | wxALL, FromDIP(12));
  SetSizer(border);

  m_grid->Bind(wxEVT_GRID_CELL_CHANGED, [this](wxGridEvent&) { m_pause.StartOnce(600); });
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { StartPreview(); });
  reset->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ResetToShipped(); });
  preview->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { StartPreview(); });
}

WeightsEditor::~WeightsEditor() = default;

std::vector<core::Category> WeightsEditor::Categories() const {
  std::vector<core::Category> out = m_workspace.categories;
  for (std::size_t row = 0; row < out.size(); ++row) {
    double weight = 0;
    // The float editor takes numbers only; an emptied cell keeps the weight the category had.
    if (m_grid->GetCellValue(static_cast<int>(row), kWeight).ToCDouble(&weight)) out[row].weight = weight;
  }
  return out;
}

std::map<std::string, double> WeightsEditor::Overrides() const {
  return core::weight_overrides(m_shipped, Categories());
}

void WeightsEditor::SetWeight(const std::string& id, double weight) {
  for (std::size_t row = 0; row < m_workspace.categories.size(); ++row) {
    if (m_workspace.categories[row].id == id) m_grid->SetCellValue(static_cast<int>(row), kWeight, weight_text(weight));
  }
  m_pause.StartOnce(600);
}

void WeightsEditor::FocusWeight(const std::string& id) {
  for (std::size_t row = 0; row < m_workspace.categories.size(); ++row) {
    if (m_workspace.categories[row].id == id) m_grid->SetGridCursor(static_cast<int>(row), kWeight);
  }
  m_grid->SetFocus();
}

void WeightsEditor::ResetToShipped() {
  for (std::size_t row = 0; row < m_workspace.categories.size(); ++row) {
    const auto& id = m_workspace.categories[row].id;
    const auto shipped = std::find_if(m_shipped.begin(), m_shipped.end(), [&](const auto& s) { return s.id == id; });
    if (shipped != m_shipped.end()) m_grid->SetCellValue(static_cast<int>(row), kWeight, weight_text(shipped->weight));
  }
  StartPreview();
}

bool WeightsEditor::Previewing() const { return m_task && m_task->Running(); }

void WeightsEditor::FinishEditing() {
  if (m_grid->IsCellEditControlEnabled()) m_grid->SaveEditControlValue();
}

void WeightsEditor::StartPreview() {
  m_pause.Stop();
  FinishEditing();
  if (Previewing()) {
    m_again = true;  // ranked again with the newest weights when this run ends
    return;
  }
  const auto paths = m_workspace.paths;
  const core::Clock& clock = m_clock;
  const auto edited = Categories();
  auto rows = std::make_shared<std::vector<core::TopListMove>>();
  auto work = [paths, &clock, edited, rows](core::ProgressSink&) {
    auto ws = core::Workspace::open(paths);  // this thread's own connection
    *rows = core::preview_weights(*ws.store, ws.settings, ws.categories, edited, clock.now());
  };
  m_task = std::make_unique<BackgroundTask>(
      this, work, [](const std::string&, long, long) {},
      [this, rows](std::exception_ptr error) { OnPreviewDone(error, *rows); });
  m_status->SetLabel(_("Ranking this morning's huddle with these weights..."));
}

void WeightsEditor::OnPreviewDone(std::exception_ptr error, const std::vector<core::TopListMove>& rows) {
  m_task.reset();
  if (m_again) {
    m_again = false;
    StartPreview();
    return;
  }
  try {
    if (error) std::rethrow_exception(error);
    ShowRows(rows);
  } catch (const std::exception& e) {
    m_preview->DeleteAllItems();
    m_status->SetLabel(wxString::Format(_("No preview: %s"), wx(e.what())));
  }
  m_status->Wrap(m_status->GetSize().x);
}

void WeightsEditor::ShowRows(const std::vector<core::TopListMove>& rows) {
  m_preview->DeleteAllItems();
  int entering = 0, leaving = 0, moving = 0;
  const auto rank = [](const std::optional<int>& r) { return r ? wxString::Format("%d", *r) : wxString("-"); };
  for (const auto& m : rows) {
    const long row = m_preview->InsertItem(m_preview->GetItemCount(), rank(m.before));
    m_preview->SetItem(row, 1, rank(m.after));
    m_preview->SetItem(row, 2, wx(m.name));
    m_preview->SetItem(row, 3, change_of(m));
    if (!m.before) {
      ++entering;
      m_preview->SetItemTextColour(row, wxColour(0x1e, 0x7b, 0x34));
    } else if (!m.after) {
      ++leaving;
      m_preview->SetItemTextColour(row, wxColour(0xa0, 0x30, 0x20));
    } else if (m.before != m.after) {
      ++moving;
    }
  }
  if (entering + leaving + moving == 0) {
    m_status->SetLabel(_("The top list stays as it is."));
  } else {
    m_status->SetLabel(
        wxString::Format(_("Entering the list: %d. Leaving it: %d. Moving: %d."), entering, leaving, moving));
  }
}

}  // namespace huddle::ui
