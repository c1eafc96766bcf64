#include "load/histogram.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace ucwa::load {
namespace {

// Values below 2 * sub_buckets have a bucket each; above, [2^e, 2^(e+1)) is split into
// sub_buckets buckets of width 2^(e - sub_bucket_bits).
constexpr unsigned sub_bucket_bits = 7;
constexpr std::uint64_t sub_buckets = std::uint64_t{1} << sub_bucket_bits;
constexpr std::uint64_t highest_trackable = std::uint64_t{1} << 40;

constexpr std::uint32_t index_of(std::uint64_t value) {
  if (value < 2 * sub_buckets) return static_cast<std::uint32_t>(value);
  const auto exponent = static_cast<unsigned>(std::bit_width(value) - 1);
  const unsigned shift = exponent - sub_bucket_bits;
  return static_cast<std::uint32_t>((exponent - sub_bucket_bits + 1) * sub_buckets +
                                    (value >> shift) - sub_buckets);
}

constexpr std::uint32_t bucket_count = index_of(highest_trackable) + 1;

std::uint32_t clamped_index_of(std::uint64_t value) {
  return std::min(index_of(std::min(value, highest_trackable)), bucket_count - 1);
}

}  // namespace

void Histogram::record(std::uint64_t value) {
  const std::uint32_t index = clamped_index_of(value);
  if (counts_.size() <= index) counts_.resize(index + 1, 0);
  ++counts_[index];
  ++count_;
  max_ = std::max(max_, value);
}

void Histogram::merge(const Histogram& other) {
  if (counts_.size() < other.counts_.size()) counts_.resize(other.counts_.size(), 0);
  for (std::size_t i = 0; i < other.counts_.size(); ++i) counts_[i] += other.counts_[i];
  count_ += other.count_;
  max_ = std::max(max_, other.max_);
}

std::uint64_t Histogram::min() const {
  for (std::size_t i = 0; i < counts_.size(); ++i) {
    if (counts_[i] != 0) return bucket_lowest(static_cast<std::uint32_t>(i));
  }
  return 0;
}

std::uint64_t Histogram::percentile(double fraction) const {
  if (count_ == 0) return 0;
  const double clamped = std::clamp(std::isnan(fraction) ? 0.0 : fraction, 0.0, 1.0);
  // The rank of the value asked for, 1-based: ceil(fraction * count), at least the first.
  const auto rank = std::max<std::uint64_t>(
      1, static_cast<std::uint64_t>(std::ceil(clamped * static_cast<double>(count_))));
  std::uint64_t seen = 0;
  for (std::size_t i = 0; i < counts_.size(); ++i) {
    seen += counts_[i];
    if (seen >= rank) {
      const auto index = static_cast<std::uint32_t>(i);
      // The last bucket also holds every value above the trackable range; max is exact there.
      if (index == bucket_count - 1) return max_;
      return std::min(bucket_highest(index), max_);
    }
  }
  return max_;
}

std::vector<std::pair<std::uint32_t, std::uint64_t>> Histogram::nonempty_buckets() const {
  std::vector<std::pair<std::uint32_t, std::uint64_t>> buckets;
  for (std::size_t i = 0; i < counts_.size(); ++i) {
    if (counts_[i] != 0) buckets.emplace_back(static_cast<std::uint32_t>(i), counts_[i]);
  }
  return buckets;
}

std::optional<Histogram> Histogram::from_buckets(
    const std::vector<std::pair<std::uint32_t, std::uint64_t>>& buckets, std::uint64_t max,
    std::string& problem) {
  Histogram histogram;
  std::optional<std::uint32_t> previous;
  for (std::size_t i = 0; i < buckets.size(); ++i) {
    const auto [index, count] = buckets[i];
    const std::string where =
        "bucket " + std::to_string(i) + " (index " + std::to_string(index) + ")";
    if (index >= bucket_count) {
      problem = where + " is out of range: bucket indexes run from 0 to " +
                std::to_string(bucket_count - 1);
      return std::nullopt;
    }
    if (count == 0) {
      problem = where + " has a count of 0: only non-empty buckets are listed";
      return std::nullopt;
    }
    if (previous && index <= *previous) {
      problem = where + " does not follow bucket index " + std::to_string(*previous) +
                ": indexes are listed once each, in increasing order";
      return std::nullopt;
    }
    if (histogram.count_ > std::numeric_limits<std::uint64_t>::max() - count) {
      problem = where + " makes the total count overflow 64 bits";
      return std::nullopt;
    }
    previous = index;
    histogram.counts_.resize(index + 1, 0);
    histogram.counts_[index] = count;
    histogram.count_ += count;
  }
  if (!previous) {
    if (max != 0) {
      problem = "max is " + std::to_string(max) + " but no bucket holds a value: it must be 0";
      return std::nullopt;
    }
    return histogram;
  }
  const bool last_is_open = *previous == bucket_count - 1;
  if (max < bucket_lowest(*previous) || (!last_is_open && max > bucket_highest(*previous))) {
    problem = "max " + std::to_string(max) + " is not in the highest bucket (index " +
              std::to_string(*previous) + ", values " + std::to_string(bucket_lowest(*previous)) +
              (last_is_open ? " and above" : " to " + std::to_string(bucket_highest(*previous))) +
              ")";
    return std::nullopt;
  }
  histogram.max_ = max;
  return histogram;
}

std::uint64_t Histogram::bucket_lowest(std::uint32_t index) {
  index = std::min(index, bucket_count - 1);
  if (index < 2 * sub_buckets) return index;
  const std::uint64_t magnitude = index / sub_buckets;  // 2 and above
  const std::uint64_t sub = index % sub_buckets;
  const unsigned shift = static_cast<unsigned>(magnitude - 1);
  return (sub_buckets + sub) << shift;
}

std::uint64_t Histogram::bucket_highest(std::uint32_t index) {
  index = std::min(index, bucket_count - 1);
  if (index < 2 * sub_buckets) return index;
  const unsigned shift = static_cast<unsigned>(index / sub_buckets - 1);
  return bucket_lowest(index) + (std::uint64_t{1} << shift) - 1;
}

std::uint32_t Histogram::bucket_index(std::uint64_t value) {
  return clamped_index_of(value);
}

std::uint32_t Histogram::buckets() {
  return bucket_count;
}

bool Histogram::operator==(const Histogram& other) const {
  return count_ == other.count_ && max_ == other.max_ &&
         nonempty_buckets() == other.nonempty_buckets();
}

}  // namespace ucwa::load
