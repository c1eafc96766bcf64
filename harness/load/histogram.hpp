#pragma once

// A high-dynamic-range histogram of non-negative integers (latencies in microseconds): log-linear
// buckets, each a power-of-two range split into 128 equal sub-buckets, so any recorded value is
// reported within 1/128 (< 0.8 %) of itself from 0 to 2^40. Two histograms merge exactly, bucket
// by bucket. Debian packages no C or C++ HdrHistogram, hence this small one.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ucwa::load {

class Histogram {
 public:
  void record(std::uint64_t value);
  void merge(const Histogram& other);

  std::uint64_t count() const { return count_; }
  // The lowest value of the lowest non-empty bucket (exact below 256); 0 when empty.
  std::uint64_t min() const;
  std::uint64_t max() const { return max_; }
  // The smallest recorded bucket's upper bound at or above `fraction` (0..1) of the values;
  // 0 when empty. percentile(1.0) is max().
  // Precisely: the highest value of the bucket holding the ceil(fraction * count)-th value, but
  // never above max() (so at most 1/128 above that value); max() in the last bucket, which also
  // holds every value above 2^40. Fractions outside 0..1 are clamped.
  std::uint64_t percentile(double fraction) const;

  // Sparse form for load.json: (bucket index, count) pairs of the non-empty buckets.
  std::vector<std::pair<std::uint32_t, std::uint64_t>> nonempty_buckets() const;
  // Rebuilds from the sparse form and max; empty with `problem` set when an index is out of
  // range or a count is zero (also when indexes do not increase, the counts overflow, or max
  // lies outside the highest listed bucket: each names the bucket by its position).
  static std::optional<Histogram> from_buckets(
      const std::vector<std::pair<std::uint32_t, std::uint64_t>>& buckets, std::uint64_t max,
      std::string& problem);
  // The value range [lowest, highest] a bucket holds (for the histogram chart).
  static std::uint64_t bucket_lowest(std::uint32_t index);
  static std::uint64_t bucket_highest(std::uint32_t index);
  // The bucket a value is counted in (values above 2^40 in the last one), and how many buckets
  // there are (valid indexes are 0 .. buckets() - 1).
  static std::uint32_t bucket_index(std::uint64_t value);
  static std::uint32_t buckets();

  // Equal counts in every bucket and equal max.
  bool operator==(const Histogram& other) const;

 private:
  std::vector<std::uint64_t> counts_;  // grown on demand
  std::uint64_t count_ = 0;
  std::uint64_t max_ = 0;
};

}  // namespace ucwa::load
