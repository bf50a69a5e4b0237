#include "ui/screenshot.h"

#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>
#include <wx/window.h>

#include "ui/ui_text.h"

namespace huddle::ui {

bool SaveScreenshot(wxWindow* window, const std::string& path) {
  if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
  window->Update();
  const wxRect rect = window->GetScreenRect();
  wxBitmap bitmap(rect.width, rect.height);
  {
    wxMemoryDC memory(bitmap);
    wxScreenDC screen;
    memory.Blit(0, 0, rect.width, rect.height, &screen, rect.x, rect.y);
  }
  return bitmap.SaveFile(wx(path), wxBITMAP_TYPE_PNG);
}

}  // namespace huddle::ui
