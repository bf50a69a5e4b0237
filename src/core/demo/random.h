#pragma once
/// \file
/// A seeded random source whose draws are the same on every platform and standard library
/// (std:: distributions are implementation-defined, the mt19937_64 engine is not).

#include <cmath>
#include <cstdint>
#include <random>
#include <span>

namespace huddle::core::demo {

/// Deterministic random draws for the demo generator.
class Random {
 public:
  /// Seeds the engine.
  explicit Random(std::uint64_t seed) : m_engine(seed) {}
  /// Uniform in [0, 1).
  double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
  /// Uniform in [lo, hi).
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  /// Uniform integer in [lo, hi].
  int integer(int lo, int hi) { return lo + static_cast<int>(uniform() * (hi - lo + 1)); }
  /// True with probability p.
  bool chance(double p) { return uniform() < p; }
  /// A Poisson count with mean `mean` (Knuth's method; the demo's means are small).
  int poisson(double mean) {
    if (mean <= 0) return 0;
    const double limit = std::exp(-mean);
    int k = 0;
    for (double p = uniform(); p > limit; p *= uniform()) ++k;
    return k;
  }
  /// An index drawn with the given non-negative weights.
  std::size_t weighted(std::span<const double> weights) {
    double total = 0;
    for (double w : weights) total += w;
    double x = uniform() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (x < weights[i]) return i;
      x -= weights[i];
    }
    return weights.size() - 1;
  }

 private:
  std::mt19937_64 m_engine;
};

}  // namespace huddle::core::demo
