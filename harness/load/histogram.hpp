#pragma once

// A high-dynamic-range histogram of non-negative integers (latencies in microseconds): log-linear
// buckets, each a power-of-two range split into 128 equal sub-buckets, so any recorded value is
// reported within 1/128 (< 0.8 %) of itself from 0 to 2^40. Two histograms merge exactly, bucket
// by bucket. Debian packages no C or C++ HdrHistogram, hence this small one.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ucwa::load {

class Histogram {
 public:
  void record(std::uint64_t value);
  void merge(const Histogram& other);

  std::uint64_t count() const { return count_; }
  std::uint64_t min() const;  // 0 when empty
  std::uint64_t max() const { return max_; }
  // The smallest recorded bucket's upper bound at or above `fraction` (0..1) of the values;
  // 0 when empty. percentile(1.0) is max().
  std::uint64_t percentile(double fraction) const;

  // Sparse form for load.json: (bucket index, count) pairs of the non-empty buckets.
  std::vector<std::pair<std::uint32_t, std::uint64_t>> nonempty_buckets() const;
  // Rebuilds from the sparse form and max; empty with `problem` set when an index is out of
  // range or a count is zero.
  static std::optional<Histogram> from_buckets(
      const std::vector<std::pair<std::uint32_t, std::uint64_t>>& buckets, std::uint64_t max,
      std::string& problem);
  // The value range [lowest, highest] a bucket holds (for the histogram chart).
  static std::uint64_t bucket_lowest(std::uint32_t index);
  static std::uint64_t bucket_highest(std::uint32_t index);

 private:
  std::vector<std::uint64_t> counts_;  // grown on demand
  std::uint64_t count_ = 0;
  std::uint64_t max_ = 0;
};

}  // namespace ucwa::load
