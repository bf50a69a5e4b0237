// bench_import: how fast a large extract goes into a new Huddle database through the real import job, how fast the
// same file and a changed copy of it go in again, and how that compares with the sqlite3 shell's own CSV import of
// the same file. Usage: bench_import FILE [--runs N]   (FILE from gen_boston311; N defaults to 3; medians printed)
//
// Every import runs in a child process, and its peak RSS is read from that child's own rusage (wait4), so neither
// this program's memory nor another child's counts. The changed copy is FILE plus one blank line at the end: the
// same rows under a different content hash, so the job cannot stop at "already imported" and compares every row.

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "core/ingest/import_job.h"
#include "core/jobs/workspace.h"

namespace {

namespace fs = std::filesystem;
using namespace huddle::core;

/// What one child reports back through its pipe (plain data, so it can be written as bytes).
struct Sample {
  double seconds = 0;
  long rows = 0;  // rows the import read, or rows sqlite3 stored
  long accepted = 0, updated = 0, unchanged = 0, rejected = 0, unlocated = 0, linked = 0, issues = 0;
  bool already_imported = false;
  char time_shift[256] = {};
  char error[512] = {};
  long peak_rss_kb = 0;  // filled in by the parent from the child's rusage
};

template <std::size_t N>
void copy_text(char (&to)[N], std::string_view from) {
  const auto n = std::min(from.size(), N - 1);
  std::memcpy(to, from.data(), n);
  to[n] = '\0';
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Waits for child `pid`; its exit status and its own peak RSS in KiB (wait4 reports that child alone, where
// getrusage(RUSAGE_CHILDREN) would give the largest of every child so far, sqlite3 included).
std::pair<int, long> wait_for(pid_t pid) {
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) != pid) throw std::runtime_error("wait4 failed");
  return {status, usage.ru_maxrss};
}

pid_t start_child() {
  std::fflush(nullptr);  // or the child would repeat what is still buffered
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  return pid;
}

// Runs `work` in a forked child and returns its sample with the child's peak RSS. A child that dies, or whose
// work threw, comes back with `error` set.
Sample in_child(const std::function<Sample()>& work) {
  int fds[2];
  if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
  const pid_t pid = start_child();
  if (pid == 0) {
    close(fds[0]);
    Sample s;
    try {
      s = work();
    } catch (const std::exception& e) {
      copy_text(s.error, e.what());
    }
    const bool sent = write(fds[1], &s, sizeof s) == static_cast<ssize_t>(sizeof s);
    _exit(sent ? 0 : 1);
  }
  close(fds[1]);
  Sample s;
  const bool received = read(fds[0], &s, sizeof s) == static_cast<ssize_t>(sizeof s);
  close(fds[0]);
  const auto [status, peak_rss_kb] = wait_for(pid);
  if (!received) copy_text(s.error, fmt::format("child ended without a result (wait status {:#x})", status));
  s.peak_rss_kb = peak_rss_kb;
  return s;
}

// One Huddle import of `file` into the database in `dir` (created when new), as `huddle-cli import` would do it.
Sample huddle_import(const fs::path& dir, const fs::path& file) {
  sync();  // writes still pending from the copy or an earlier run would land inside this run's timing
  return in_child([&] {
    auto ws = Workspace::open({dir / "huddle.db", dir / "config", HUDDLE_SOURCE_RESOURCES});
    const auto profiles = ws.load_profiles();
    const FakeClock clock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 26} + std::chrono::hours{13});
    NullProgress progress;
    ImportRequest request;
    request.file = file;
    request.profile = "auto";
    const auto start = std::chrono::steady_clock::now();
    const ImportReport r = run_import_job(*ws.store, request, profiles, ws.settings, ws.categories, clock, progress);
    Sample s;
    s.seconds = seconds_since(start);
    s.rows = r.rows_read;
    s.accepted = r.accepted;
    s.updated = r.updated;
    s.unchanged = r.unchanged;
    s.rejected = r.rejected;
    s.unlocated = r.unlocated;
    s.linked = r.linked;
    s.issues = r.issues_total;
    s.already_imported = r.already_imported;
    copy_text(s.time_shift, r.time_shift);
    return s;
  });
}

// The sqlite3 shell's `.import --csv FILE t` into a new database `db` (the table is created from the header).
Sample sqlite3_import(const fs::path& db, const fs::path& file) {
  const std::string command = fmt::format(".import --csv '{}' t", file.string());
  Sample s;
  sync();  // as for huddle_import
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = start_child();
  if (pid == 0) {
    execlp("sqlite3", "sqlite3", db.c_str(), command.c_str(), static_cast<char*>(nullptr));
    std::perror("sqlite3");
    _exit(127);
  }
  const auto [status, peak_rss_kb] = wait_for(pid);
  s.seconds = seconds_since(start);
  s.peak_rss_kb = peak_rss_kb;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    copy_text(s.error, fmt::format("sqlite3 failed (wait status {:#x}); is the sqlite3 package installed?", status));
    return s;
  }
  std::FILE* count = popen(fmt::format("sqlite3 '{}' 'SELECT count(*) FROM t'", db.string()).c_str(), "r");
  if (count == nullptr || std::fscanf(count, "%ld", &s.rows) != 1) copy_text(s.error, "cannot count sqlite3's rows");
  if (count != nullptr) pclose(count);
  return s;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

/// The samples of one figure over all runs.
struct Figure {
  std::string name;
  std::vector<Sample> samples;

  double seconds() const {
    std::vector<double> v;
    for (const auto& s : samples) v.push_back(s.seconds);
    return median(v);
  }
  double rows_per_second() const { return static_cast<double>(samples.front().rows) / seconds(); }
  double peak_rss_mb() const {
    long kb = 0;
    for (const auto& s : samples) kb = std::max(kb, s.peak_rss_kb);
    return static_cast<double>(kb) * 1024 / 1e6;
  }
};

void check(const Sample& s, std::string_view what) {
  if (s.error[0] == '\0') return;
  fmt::print(stderr, "bench_import: {}: {}\n", what, s.error);
  std::exit(2);
}

int usage() {
  std::fputs("usage: bench_import FILE [--runs N]\n", stderr);
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path file;
  long runs = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      char* end = nullptr;
      runs = std::strtol(argv[++i], &end, 10);
      if (*end != '\0' || runs < 1) return usage();
    } else if (file.empty() && !arg.starts_with("-")) {
      file = fs::absolute(arg);
    } else {
      return usage();
    }
  }
  if (file.empty()) return usage();
  if (!fs::is_regular_file(file) || file.string().find('\'') != std::string::npos) {
    fmt::print(stderr, "bench_import: {}: not a readable file (or its path has a quote)\n", file.string());
    return 2;
  }

  const auto dir = fs::temp_directory_path() / fmt::format("huddle-bench-import-{}", getpid());
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto changed = dir / "changed.csv";
  fs::copy_file(file, changed);
  std::ofstream(changed, std::ios::app) << '\n';
  const double megabytes = static_cast<double>(fs::file_size(file)) / 1e6;

  Figure first{"Huddle import, new database", {}};
  Figure again{"Huddle re-import, same file", {}};
  Figure copy{"Huddle re-import, changed copy", {}};
  Figure shell{"sqlite3 .import --csv", {}};
  fmt::print("bench_import: {} ({:.1f} MB), {} run(s)\n", file.string(), megabytes, runs);
  for (long run = 1; run <= runs; ++run) {
    const auto db_dir = dir / fmt::format("run{}", run);
    fs::create_directories(db_dir);
    first.samples.push_back(huddle_import(db_dir, file));
    check(first.samples.back(), first.name);
    again.samples.push_back(huddle_import(db_dir, file));
    check(again.samples.back(), again.name);
    if (!again.samples.back().already_imported) {
      fmt::print(stderr, "bench_import: the same file again was not reported as already imported\n");
      return 2;
    }
    copy.samples.push_back(huddle_import(db_dir, changed));
    check(copy.samples.back(), copy.name);
    shell.samples.push_back(sqlite3_import(db_dir / "sqlite3.db", file));
    check(shell.samples.back(), shell.name);
    fmt::print("  run {}: import {:.2f} s, same file {:.2f} s, changed copy {:.2f} s, sqlite3 {:.2f} s\n", run,
               first.samples.back().seconds, again.samples.back().seconds, copy.samples.back().seconds,
               shell.samples.back().seconds);
    fs::remove_all(db_dir);
  }
  fs::remove_all(dir);

  // The same file read again counts the rows of the first import (it reads none itself).
  for (auto& s : again.samples) s.rows = first.samples.front().rows;
  fmt::print("\n{:<34} {:>9} {:>11} {:>8} {:>14}\n", "figure (medians)", "seconds", "rows/s", "MB/s", "peak RSS");
  for (const Figure* f : {&first, &again, &copy, &shell}) {
    fmt::print("{:<34} {:>9.2f} {:>11.0f} {:>8.1f} {:>11.1f} MB\n", f->name, f->seconds(), f->rows_per_second(),
               megabytes / f->seconds(), f->peak_rss_mb());
  }
  const auto& r = first.samples.front();
  const auto& c = copy.samples.front();
  fmt::print("\nfirst import: {} rows read, {} accepted, {} rejected, {} unlocated, {} linked, {} issues; shift: {}\n",
             r.rows, r.accepted, r.rejected, r.unlocated, r.linked, r.issues, r.time_shift);
  fmt::print("changed copy: {} rows read, {} unchanged, {} updated, {} accepted, {} rejected\n", c.rows, c.unchanged,
             c.updated, c.accepted, c.rejected);
  fmt::print("sqlite3 stored {} rows\n", shell.samples.front().rows);
  fmt::print("\nHuddle / sqlite3 rows/s:          {:.2f}  (target >= 2.5)\n",
             first.rows_per_second() / shell.rows_per_second());
  fmt::print("changed copy / first import rows/s: {:.2f}  (target >= 1)\n",
             copy.rows_per_second() / first.rows_per_second());
  fmt::print("peak RSS of the Huddle import:    {:.1f} MB  (target < 200 MB; the largest of the runs)\n",
             first.peak_rss_mb());
  return 0;
}
