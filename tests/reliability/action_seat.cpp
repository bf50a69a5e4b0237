// action_seat: one seat of the action tracker, for the reliability tests (crash safety, two seats). It opens the
// workspace the way huddle-cli does, then changes actions the way a department lead does until --seconds have passed,
// --changes outcomes were printed, or it is killed: it adds an action (share --add-share of the steps) or reads a
// stored one, waits up to --think-ms, gives it a new note and saves it with the version it read. After each outcome
// it prints one line and flushes, so a line on stdout means the outcome happened before the process died:
//   added id=ID version=1 title=TITLE   the new action is committed
//   saved id=ID version=V note=NOTE     the change is committed; the action is now at version V
//   conflict id=ID version=V            refused: another seat saved after this one read version V; nothing written
// Notes and titles are SEAT-N, unique per seat name. Any other error goes to stderr and ends it with exit code 3.
//
// Usage: action_seat DB RESOURCES --seat NAME [--seconds S] [--changes N] [--add-share P] [--think-ms M] [--seed N]

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "core/error.h"
#include "core/jobs/action_job.h"
#include "core/jobs/workspace.h"

namespace {

using namespace huddle;

struct Options {
  std::string database, resources, seat;
  double seconds = 3600, add_share = 0;
  long changes = -1;  // no limit
  int think_ms = 0;
  unsigned seed = 1;
};

Options parse(int argc, char** argv) {
  if (argc < 3) throw Error("usage: action_seat DB RESOURCES --seat NAME [--seconds S] [--changes N] "
                            "[--add-share P] [--think-ms M] [--seed N]");
  Options o;
  o.database = argv[1];
  o.resources = argv[2];
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string_view key = argv[i];
    const char* value = argv[i + 1];
    if (key == "--seat") o.seat = value;
    else if (key == "--seconds") o.seconds = std::atof(value);
    else if (key == "--changes") o.changes = std::atol(value);
    else if (key == "--add-share") o.add_share = std::atof(value);
    else if (key == "--think-ms") o.think_ms = std::atoi(value);
    else if (key == "--seed") o.seed = static_cast<unsigned>(std::atol(value));
    else throw Error(fmt::format("unknown option {}", key));
  }
  if (o.seat.empty()) throw Error("--seat NAME is required");
  return o;
}

void say(const std::string& line) {
  std::fputs(line.c_str(), stdout);
  std::fflush(stdout);
}

int run(const Options& o) {
  auto ws = core::Workspace::open({o.database, {}, o.resources});
  core::Store& store = *ws.store;
  const auto department = store.departments().list().at(0).id;
  std::vector<std::int64_t> ids;
  for (const auto& a : store.actions().list()) ids.push_back(a.id);
  std::mt19937 random(o.seed);
  std::uniform_real_distribution<double> share(0, 1);
  std::uniform_int_distribution<int> think(0, o.think_ms);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(o.seconds);
  const auto now = [] { return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()); };
  for (long step = 1; (o.changes < 0 || step <= o.changes) && std::chrono::steady_clock::now() < deadline; ++step) {
    const std::string text = fmt::format("{}-{}", o.seat, step);
    if (ids.empty() || share(random) < o.add_share) {
      const auto action = core::add_action(store, {text, department, "", std::nullopt, "", std::nullopt}, o.seat, now());
      ids.push_back(action.id);
      say(fmt::format("added id={} version={} title={}\n", action.id, action.version, text));
      continue;
    }
    const auto id = ids[std::uniform_int_distribution<std::size_t>(0, ids.size() - 1)(random)];
    auto action = store.actions().get(id).value();
    const int read_version = action.version;
    std::this_thread::sleep_for(std::chrono::milliseconds(think(random)));
    action.note = text;
    try {
      core::save_action(store, action, o.seat, now());
      say(fmt::format("saved id={} version={} note={}\n", id, action.version, text));
    } catch (const ConflictError&) {
      say(fmt::format("conflict id={} version={}\n", id, read_version));
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(parse(argc, argv));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "action_seat: %s\n", e.what());
    return 3;
  }
}
