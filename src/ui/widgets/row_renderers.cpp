#include "ui/widgets/row_renderers.h"

#include <wx/dc.h>
#include <wx/renderer.h>

namespace huddle::ui {
namespace {

/// Fills `cell` with the row's background colour, unless the row is selected (the selection colour shows then).
void paint_background(const wxDataViewItemAttr& attr, const wxRect& cell, wxDC& dc, int state) {
  if ((state & wxDATAVIEW_CELL_SELECTED) || !attr.HasBackgroundColour()) return;
  dc.SetBrush(wxBrush(attr.GetBackgroundColour()));
  dc.SetPen(*wxTRANSPARENT_PEN);
  dc.DrawRectangle(cell);
}

}  // namespace

RowToggleRenderer::RowToggleRenderer()
    : wxDataViewCustomRenderer("bool", wxDATAVIEW_CELL_ACTIVATABLE, wxALIGN_CENTER) {}

bool RowToggleRenderer::SetValue(const wxVariant& value) {
  m_checked = value.GetBool();
  return true;
}

bool RowToggleRenderer::GetValue(wxVariant& value) const {
  value = m_checked;
  return true;
}

wxSize RowToggleRenderer::GetSize() const { return wxRendererNative::Get().GetCheckBoxSize(GetView()); }

bool RowToggleRenderer::Render(wxRect cell, wxDC* dc, int state) {
  paint_background(GetAttr(), cell, *dc, state);
  const wxSize box = GetSize();
  const wxRect at(cell.x + (cell.width - box.x) / 2, cell.y + (cell.height - box.y) / 2, box.x, box.y);
  wxRendererNative::Get().DrawCheckBox(GetView(), *dc, at, m_checked ? static_cast<int>(wxCONTROL_CHECKED) : 0);
  return true;
}

bool RowToggleRenderer::ActivateCell(const wxRect&, wxDataViewModel* model, const wxDataViewItem& item,
                                     unsigned int col, const wxMouseEvent*) {
  wxVariant value;
  model->GetValue(value, item, col);
  model->ChangeValue(wxVariant(!value.GetBool()), item, col);
  return true;
}

RowChoiceRenderer::RowChoiceRenderer(Choose choose)
    : wxDataViewCustomRenderer("string", wxDATAVIEW_CELL_ACTIVATABLE), m_choose(std::move(choose)) {}

bool RowChoiceRenderer::SetValue(const wxVariant& value) {
  m_text = value.GetString();
  return true;
}

bool RowChoiceRenderer::GetValue(wxVariant& value) const {
  value = m_text;
  return true;
}

wxSize RowChoiceRenderer::GetSize() const { return GetTextExtent(m_text); }

bool RowChoiceRenderer::Render(wxRect cell, wxDC* dc, int state) {
  paint_background(GetAttr(), cell, *dc, state);
  RenderText(m_text, 0, cell, dc, state);
  return true;
}

bool RowChoiceRenderer::ActivateCell(const wxRect&, wxDataViewModel*, const wxDataViewItem& item, unsigned int col,
                                     const wxMouseEvent*) {
  m_choose(item, col);
  return true;
}

}  // namespace huddle::ui
