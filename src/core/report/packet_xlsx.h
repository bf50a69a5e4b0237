#pragma once
/// \file
/// The packet's workbook (libxlsxwriter): Summary, Places, Watchlist, Actions, RunOfShow, DataQuality, Weights and
/// Events sheets.

#include <filesystem>

#include "core/report/packet.h"

namespace huddle::core {

/// Writes `packet` as an xlsx workbook at `path`, whole or not at all. Each sheet's header row is bold and frozen
/// with an autofilter and column widths that fit; dates are real dates (in the city's time zone), numbers are
/// numbers, Actions has a status drop-down, and every text from an extract or a person is written as a string,
/// never a formula. The Events sheet streams `events` in constant-memory mode. Throws ExportError.
void write_packet_xlsx(const Packet& packet, const PacketEventSource& events, const std::filesystem::path& path);

}  // namespace huddle::core
