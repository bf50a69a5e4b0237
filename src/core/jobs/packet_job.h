#pragma once
/// \file
/// The packet job: a huddle's packet gathered from the workspace (the brief's snapshot, actions, departments,
/// citywide trend, settings), and the de-identified events of its Events sheet.

#include "core/jobs/huddle_job.h"
#include "core/jobs/workspace.h"
#include "core/report/packet.h"

namespace huddle::core {

/// The packet of `brief`: its snapshot ranking as stored, the actions and departments as they are now, the citywide
/// trend of its window, categories, weights, paper size and boundary layer from settings. Throws StorageError, or
/// InputError for a boundary file that cannot be read.
Packet gather_packet(Workspace& workspace, const HuddleBrief& brief, UtcTime now);

/// The Events sheet's source: every event (located or not, repeats included) of the 28 days before the packet's
/// cutoff, oldest first, with the name of the listed place it counts for.
PacketEventSource packet_events(Store& store, const Packet& packet);

}  // namespace huddle::core
