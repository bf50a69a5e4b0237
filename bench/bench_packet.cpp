// bench_packet: how long a morning's packet takes to write — the PDF, and the PDF with the xlsx workbook.
// Usage: bench_packet [--runs M]   (M defaults to 5)
//
// The packet is the tests' hand-built Boston packet (tests/core/packet_fixture.h) with 10 top places, 5 on the watch
// list and 200 actions. Printed, as medians of M runs:
//   (1) laying the PDF out (PacketDocument: pango measuring, pagination), without drawing;
//   (2) write_packet_pdf: layout, drawing every page to a PDF surface, writing the file;
//   (3) write_packet_xlsx with a 25,000-event Events sheet, and (2) + (3): the target is under 1.5 s.
// Files go to a temporary folder, removed at the end.

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "core/packet_fixture.h"
#include "core/report/packet_pdf.h"
#include "core/report/packet_xlsx.h"

namespace {

namespace fs = std::filesystem;
using namespace huddle::core;
using Clock = std::chrono::steady_clock;

constexpr long kEvents = 25000;

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

/// Seconds `work` takes, median of `runs`.
double timed(int runs, const std::function<void()>& work) {
  std::vector<double> seconds;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    work();
    seconds.push_back(std::chrono::duration<double>(Clock::now() - start).count());
  }
  return median(seconds);
}

/// `count` events spread evenly over the 28 days before the packet's cutoff, cycling through its listed places,
/// categories and streams.
PacketEventSource spread_events(const Packet& packet, long count) {
  return [&packet, count](const std::function<void(const PacketEvent&)>& sink) {
    const auto& top = packet.brief.ranking.lists.top;
    const UtcTime cutoff = packet.brief.huddle.cutoff_utc;
    const long span = 28L * 86400;
    for (long i = 0; i < count; ++i) {
      const auto& category = packet.categories[static_cast<std::size_t>(i) % packet.categories.size()];
      PacketEvent e;
      e.occurred_utc = cutoff - std::chrono::seconds{span - span * i / count};
      e.stream = i % 3 == 0 ? "ems" : "311";
      e.category = category.id;
      e.raw_type = category.label;
      e.place = i % 4 == 0 || top.empty() ? std::string_view{}
                                          : std::string_view{top[static_cast<std::size_t>(i) % top.size()].place.name};
      e.geo_quality = i % 25 == 0 ? GeoQuality::missing : GeoQuality::exact;
      sink(e);
    }
  };
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else {
      std::fprintf(stderr, "usage: bench_packet [--runs M]\n");
      return 1;
    }
  }
  huddle::test::PacketShape shape;
  shape.top = 10;
  shape.watch = 5;
  shape.actions = 200;
  const Packet packet = huddle::test::make_packet(shape);
  const fs::path folder = fs::temp_directory_path() / fmt::format("bench_packet.{}", ::getpid());
  fs::create_directories(folder);
  const fs::path pdf = folder / "packet.pdf", xlsx = folder / "packet.xlsx";

  int pages = 0;
  const double layout = timed(runs, [&] { pages = PacketDocument(packet).page_count(); });
  const double pdf_seconds = timed(runs, [&] { write_packet_pdf(packet, pdf); });
  std::printf("packet: %zu top places, %zu watch, %zu actions; PDF %d pages, %.0f kB\n",
              packet.brief.ranking.lists.top.size(), packet.brief.ranking.lists.watch.size(), packet.actions.size(),
              pages, static_cast<double>(fs::file_size(pdf)) / 1e3);
  std::printf("PDF layout only           %7.3f s (median of %d)\n", layout, runs);
  std::printf("write_packet_pdf          %7.3f s (median of %d)\n", pdf_seconds, runs);
  const auto events = spread_events(packet, kEvents);
  const double xlsx_seconds = timed(runs, [&] { write_packet_xlsx(packet, events, xlsx); });
  std::printf("write_packet_xlsx (%ld events) %7.3f s (median of %d)\n", kEvents, xlsx_seconds, runs);
  std::printf("PDF + xlsx                %7.3f s (target under 1.5 s)\n", pdf_seconds + xlsx_seconds);
  fs::remove_all(folder);
  return 0;
}
