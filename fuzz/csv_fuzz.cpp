// Fuzz target: bytes as an extract, read as the import reads it — CSV (or GeoJSON when it starts with '{') through
// a shipped profile, every row normalised into an event or rejected with its line and reason.
//
// The first byte chooses the profile: its low 7 bits modulo (profiles + 1) give 0 = detect it from the file's header
// (the import's "auto"), else the n-th shipped profile, whose columns are written as the header before the remaining
// bytes. Its high bit applies the Boston legacy time shift.

#include <sstream>

#include "core/error.h"
#include "core/ingest/csv_writer.h"
#include "core/ingest/profile_catalog.h"
#include "core/ingest/record_source.h"
#include "core/ingest/row_normaliser.h"
#include "fuzz_support.h"

namespace {

using namespace huddle;

/// The shipped profiles and the zone naive times are read in (settings' default).
struct Catalog {
  core::ProfileCatalog profiles{fuzz::resources() / "profiles", {}, fuzz::category_ids()};
  std::string zone = "America/New_York";
};

/// A header that holds every column `profile` reads.
std::string header_of(const core::Profile& profile) {
  std::vector<std::string> names = profile.mapped_columns();
  if (profile.format == "geojson") {
    names.emplace_back(core::kGeoJsonLatitude);
    names.emplace_back(core::kGeoJsonLongitude);
  }
  std::ostringstream out;
  core::write_csv_record(out, names);
  return out.str();
}

/// What a stored event must be whatever the file held.
void check(const core::Event& e, const core::Profile& profile) {
  fuzz::expect(!e.source_id.empty(), "an event without an id");
  fuzz::expect(e.stream == profile.stream, "an event of another stream");
  fuzz::expect(!e.category.empty(), "an event without a category");
  fuzz::expect(fuzz::valid_utf8(e.source_id) && fuzz::valid_utf8(e.raw_type) && fuzz::valid_utf8(e.address),
               "an event's text is not valid UTF-8");
  fuzz::expect(e.lat.has_value() == e.lon.has_value(), "an event with half a point");
  if (e.located()) {
    fuzz::expect(*e.lat >= -90 && *e.lat <= 90 && *e.lon >= -180 && *e.lon <= 180, "an event's point off the globe");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Catalog catalog;
  static const fuzz::ScratchFile scratch("extract.csv");
  if (size == 0) return 0;
  const auto& all = catalog.profiles.all();
  const std::size_t choice = (data[0] & 0x7f) % (all.size() + 1);
  const bool shift = (data[0] & 0x80) != 0;
  const std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::filesystem::path& file =
      choice == 0 ? scratch.write(body) : scratch.write(header_of(all[choice - 1]) + std::string(body));
  try {
    auto source = core::open_records(file);
    const core::Profile* profile = choice == 0 ? catalog.profiles.detect(source->header()) : &all[choice - 1];
    if (!profile) return 0;
    core::RowNormaliser normaliser(*profile, source->header(), file, catalog.zone, shift);
    source->keep_only(normaliser.wanted_columns());
    core::CsvRecord record;
    long last_line = 0;
    while (source->next(record)) {
      fuzz::expect(record.line > last_line, "records out of line order");
      last_line = record.line;
      for (const auto& f : record.fields) fuzz::expect(fuzz::valid_utf8(f), "a field is not valid UTF-8");
      core::ImportIssue problem;
      const long line = record.line;
      if (const auto event = normaliser.normalise(record, problem)) {
        check(*event, *profile);
      } else {
        fuzz::expect(problem.line == line && !problem.message.empty(), "a rejected row without its line and reason");
      }
    }
    for (const auto& issue : source->take_issues()) fuzz::expect(!issue.message.empty(), "an issue without a message");
  } catch (const Error&) {
    // A file that cannot be read as an extract is refused with a message: what the import does.
  }
  return 0;
}
