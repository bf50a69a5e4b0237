#pragma once
/// \file
/// What Help > About says: the version, the licence line and where the data stays.

#include <wx/aboutdlg.h>

#include "core/jobs/workspace.h"

namespace huddle::ui {

/// The About box's text for the workspace at `paths` (its database is named in the data-privacy note).
wxAboutDialogInfo AboutInfo(const core::WorkspacePaths& paths);

}  // namespace huddle::ui
