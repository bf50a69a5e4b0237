#pragma once
// What the benchmarks share: peak RSS of this process, and work run in a forked child whose peak RSS is its own.

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <stdexcept>
#include <string_view>

#include <fmt/format.h>

namespace huddle::bench {

/// This process's peak RSS so far, in MB.
inline double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) * 1024 / 1e6;
}

/// Runs `work` in a forked child and returns the child's own peak RSS in MB (from wait4); exits when the child fails,
/// after it printed why, prefixed with `program`.
inline double in_child(std::string_view program, const std::function<void()>& work) {
  std::fflush(nullptr);  // or the child would repeat what is still buffered
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int code = 0;
    try {
      work();
    } catch (const std::exception& e) {
      fmt::print(stderr, "{}: {}\n", program, e.what());
      code = 2;
    }
    std::fflush(nullptr);
    _exit(code);
  }
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) != pid) throw std::runtime_error("wait4 failed");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) std::exit(2);
  return static_cast<double>(usage.ru_maxrss) * 1024 / 1e6;
}

}  // namespace huddle::bench
