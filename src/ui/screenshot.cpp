#include "ui/screenshot.h"

#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/graphics.h>
#include <wx/image.h>
#include <wx/window.h>

#ifdef __WXGTK3__
#include <cairo.h>
#endif

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
#ifdef __WXGTK3__
    // Every screen DC draws on the root window's one cairo surface, and cairo keeps a snapshot of a surface it has
    // read from until the surface is marked dirty: without this, each screenshot after the first repeats the first.
    if (wxGraphicsContext* gc = screen.GetGraphicsContext()) {
      cairo_surface_mark_dirty(cairo_get_target(static_cast<cairo_t*>(gc->GetNativeContext())));
    }
#endif
    memory.Blit(0, 0, rect.width, rect.height, &screen, rect.x, rect.y);
  }
  return bitmap.SaveFile(wx(path), wxBITMAP_TYPE_PNG);
}

}  // namespace huddle::ui
