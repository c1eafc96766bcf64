#include "load/histogram.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace ucwa::load {
namespace {

constexpr std::uint64_t two_to_40 = std::uint64_t{1} << 40;

TEST(HistogramBuckets, ValuesBelow256HaveABucketEach) {
  for (std::uint64_t value : {0, 1, 127, 128, 255}) {
    const std::uint32_t index = Histogram::bucket_index(value);
    EXPECT_EQ(index, value);
    EXPECT_EQ(Histogram::bucket_lowest(index), value);
    EXPECT_EQ(Histogram::bucket_highest(index), value);
  }
}

TEST(HistogramBuckets, AtAndAbove256BucketsAre128PerPowerOfTwo) {
  EXPECT_EQ(Histogram::bucket_index(256), 256u);
  EXPECT_EQ(Histogram::bucket_index(257), 256u);
  EXPECT_EQ(Histogram::bucket_index(258), 257u);
  EXPECT_EQ(Histogram::bucket_index(511), 383u);
  EXPECT_EQ(Histogram::bucket_index(512), 384u);
  EXPECT_EQ(Histogram::bucket_lowest(256), 256u);
  EXPECT_EQ(Histogram::bucket_highest(256), 257u);
  EXPECT_EQ(Histogram::bucket_lowest(384), 512u);
  EXPECT_EQ(Histogram::bucket_highest(384), 515u);
}

TEST(HistogramBuckets, TwoToThe40IsTheLastBucket) {
  const std::uint32_t last = Histogram::bucket_index(two_to_40);
  EXPECT_EQ(last, Histogram::buckets() - 1);
  EXPECT_EQ(Histogram::bucket_lowest(last), two_to_40);
  EXPECT_EQ(Histogram::bucket_index(two_to_40 - 1), last - 1);
  EXPECT_EQ(Histogram::bucket_index(two_to_40 + 1), last);
  EXPECT_EQ(Histogram::bucket_index(UINT64_MAX), last);
}

// Every bucket starts one past where the previous one ends, and is no wider than 1/128 of its
// lowest value (above the exact range).
TEST(HistogramBuckets, BucketsTileTheRangeWithinOne128th) {
  for (std::uint32_t index = 1; index < Histogram::buckets(); ++index) {
    ASSERT_EQ(Histogram::bucket_lowest(index), Histogram::bucket_highest(index - 1) + 1) << index;
    const std::uint64_t lowest = Histogram::bucket_lowest(index);
    const std::uint64_t width = Histogram::bucket_highest(index) - lowest + 1;
    ASSERT_LE(width * 128, std::max<std::uint64_t>(lowest, 128)) << index;
    ASSERT_EQ(Histogram::bucket_index(lowest), index);
    ASSERT_EQ(Histogram::bucket_index(Histogram::bucket_highest(index)), index);
  }
}

TEST(Histogram, EmptyReportsZero) {
  const Histogram empty;
  EXPECT_EQ(empty.count(), 0u);
  EXPECT_EQ(empty.min(), 0u);
  EXPECT_EQ(empty.max(), 0u);
  EXPECT_EQ(empty.percentile(0.5), 0u);
  EXPECT_EQ(empty.percentile(1.0), 0u);
  EXPECT_TRUE(empty.nonempty_buckets().empty());
}

TEST(Histogram, AboveTheRangeClampsIntoTheLastBucketAndMaxStaysExact) {
  Histogram histogram;
  histogram.record(two_to_40 * 3);
  EXPECT_EQ(histogram.max(), two_to_40 * 3);
  EXPECT_EQ(histogram.percentile(0.5), two_to_40 * 3);
  ASSERT_EQ(histogram.nonempty_buckets().size(), 1u);
  EXPECT_EQ(histogram.nonempty_buckets()[0].first, Histogram::buckets() - 1);
}

TEST(Histogram, PercentileIsTheBucketsHighestValueCappedAtMax) {
  Histogram histogram;
  for (std::uint64_t value : {1000, 1000, 1000, 5000}) histogram.record(value);
  // 1000 lies in [1000, 1003]; the 2nd of 4 values is asked for.
  EXPECT_EQ(histogram.percentile(0.5), 1003u);
  EXPECT_EQ(histogram.percentile(0.75), 1003u);
  EXPECT_EQ(histogram.percentile(0.76), 5000u);
  EXPECT_EQ(histogram.percentile(1.0), histogram.max());
  EXPECT_EQ(histogram.percentile(0.0), 1003u);
  EXPECT_EQ(histogram.min(), 1000u);

  Histogram single;
  single.record(1001);
  EXPECT_EQ(single.percentile(0.5), 1001u);  // the bucket goes to 1003, max is 1001
}

// The value at rank ceil(f * n) of the sorted values, the definition percentile() follows.
std::uint64_t exact_percentile(const std::vector<std::uint64_t>& sorted, double fraction) {
  const auto rank = std::max<std::size_t>(
      1, static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(sorted.size()))));
  return sorted[rank - 1];
}

void expect_within_one_128th(const Histogram& histogram, const std::vector<std::uint64_t>& sorted) {
  for (double fraction : {0.5, 0.9, 0.99, 0.999}) {
    const std::uint64_t exact = exact_percentile(sorted, fraction);
    const std::uint64_t reported = histogram.percentile(fraction);
    EXPECT_GE(reported, exact) << "p" << fraction * 100;
    EXPECT_LE(reported - exact, exact / 128) << "p" << fraction * 100;
    EXPECT_EQ(Histogram::bucket_index(reported), Histogram::bucket_index(exact));
  }
  EXPECT_EQ(histogram.percentile(1.0), sorted.back());
  EXPECT_EQ(histogram.max(), sorted.back());
  EXPECT_EQ(histogram.count(), sorted.size());
}

TEST(Histogram, PercentilesOfRandomLatenciesAreWithinOne128th) {
  std::mt19937_64 random(20261201);
  // Latency-like: log-normal around a few milliseconds, with a long tail.
  std::lognormal_distribution<double> latency(8.0, 1.5);
  std::vector<std::uint64_t> values;
  Histogram histogram;
  for (int i = 0; i < 100000; ++i) {
    const auto value = static_cast<std::uint64_t>(latency(random));
    values.push_back(value);
    histogram.record(value);
  }
  std::sort(values.begin(), values.end());
  expect_within_one_128th(histogram, values);
}

TEST(Histogram, PercentilesOfUniformValuesAcrossTheRangeAreWithinOne128th) {
  std::mt19937_64 random(7);
  std::uniform_int_distribution<int> exponent(0, 39);
  std::vector<std::uint64_t> values;
  Histogram histogram;
  for (int i = 0; i < 20000; ++i) {
    const std::uint64_t top = std::uint64_t{1} << exponent(random);
    const std::uint64_t value = std::uniform_int_distribution<std::uint64_t>(0, top)(random);
    values.push_back(value);
    histogram.record(value);
  }
  std::sort(values.begin(), values.end());
  expect_within_one_128th(histogram, values);
}

TEST(Histogram, MergeEqualsRecordingBoth) {
  std::mt19937_64 random(42);
  std::lognormal_distribution<double> latency(9.0, 2.0);
  Histogram first;
  Histogram second;
  Histogram both;
  for (int i = 0; i < 5000; ++i) {
    const auto value = static_cast<std::uint64_t>(latency(random));
    (i % 3 == 0 ? first : second).record(value);
    both.record(value);
  }
  Histogram merged = first;
  merged.merge(second);
  EXPECT_EQ(merged, both);
  EXPECT_EQ(merged.nonempty_buckets(), both.nonempty_buckets());
  EXPECT_EQ(merged.percentile(0.99), both.percentile(0.99));

  Histogram other_way = second;
  other_way.merge(first);
  EXPECT_EQ(other_way, both);

  Histogram with_empty = both;
  with_empty.merge(Histogram{});
  EXPECT_EQ(with_empty, both);
}

TEST(Histogram, EqualityNoticesOneValueInAnotherBucket) {
  Histogram left;
  Histogram right;
  left.record(100);
  left.record(500);
  right.record(101);
  right.record(500);
  EXPECT_NE(left, right);
}

TEST(HistogramBuckets, SparseFormRoundTrips) {
  Histogram histogram;
  for (std::uint64_t value : {0, 3, 3, 300, 70000, 70001}) histogram.record(value);
  std::string problem;
  const auto rebuilt =
      Histogram::from_buckets(histogram.nonempty_buckets(), histogram.max(), problem);
  ASSERT_TRUE(rebuilt) << problem;
  EXPECT_EQ(*rebuilt, histogram);
  EXPECT_TRUE(problem.empty());

  const auto empty = Histogram::from_buckets({}, 0, problem);
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->count(), 0u);
}

void expect_refused(const std::vector<std::pair<std::uint32_t, std::uint64_t>>& buckets,
                    std::uint64_t max, const std::string& named) {
  std::string problem;
  EXPECT_FALSE(Histogram::from_buckets(buckets, max, problem));
  EXPECT_NE(problem.find(named), std::string::npos) << problem;
}

TEST(HistogramBuckets, SparseFormRefusesWhatNoHistogramWrites) {
  expect_refused({{Histogram::buckets(), 1}}, Histogram::bucket_lowest(Histogram::buckets() - 1),
                 "out of range");
  expect_refused({{3, 0}}, 3, "count of 0");
  expect_refused({{5, 1}, {3, 1}}, 5, "increasing order");
  expect_refused({{3, 1}, {3, 1}}, 3, "increasing order");
  expect_refused({{3, UINT64_MAX}, {4, 1}}, 4, "overflow");
  expect_refused({{3, 1}}, 4, "not in the highest bucket");
  expect_refused({{3, 1}}, 2, "not in the highest bucket");
  expect_refused({}, 7, "must be 0");
  std::string problem;
  EXPECT_TRUE(Histogram::from_buckets({{Histogram::buckets() - 1, 1}}, UINT64_MAX, problem))
      << problem;
}

}  // namespace
}  // namespace ucwa::load
