#pragma once
/// \file
/// SavedContext: what a drawing function must hand back to its caller as it found it.

#include <cairo.h>

namespace huddle::core {

/// Saves a cairo context's graphics state (transform, source, line, clip...) and its current path when made, and
/// puts both back when destroyed: cairo_save() alone does not keep the path. `cr` stays the caller's.
class SavedContext {
 public:
  /// Saves `cr`'s state and path.
  explicit SavedContext(cairo_t* cr) : m_cr(cr), m_path(cairo_copy_path(cr)) { cairo_save(cr); }
  ~SavedContext() {
    cairo_restore(m_cr);
    cairo_new_path(m_cr);
    cairo_append_path(m_cr, m_path);
    cairo_path_destroy(m_path);
  }
  SavedContext(const SavedContext&) = delete;
  SavedContext& operator=(const SavedContext&) = delete;

 private:
  cairo_t* m_cr;
  cairo_path_t* m_path;
};

}  // namespace huddle::core
