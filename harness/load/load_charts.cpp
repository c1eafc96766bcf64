#include "load/load_charts.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

namespace ucwa::load {
namespace {

constexpr double width = 720, height = 240;
constexpr double left = 64, right = 16, top = 12, bottom = 36;
constexpr double plot_width = width - left - right, plot_height = height - top - bottom;

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

std::string milliseconds(double microseconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f ms", microseconds / 1000);
  return text;
}

// The smallest 1, 2 or 5 times a power of ten at or above `value`: a round top for an axis.
double round_up(double value) {
  if (value <= 0) return 1;
  double step = 1;
  while (step * 10 <= value) step *= 10;
  while (step > value * 10) step /= 10;
  for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
    if (step * factor >= value) return step * factor;
  }
  return step * 10;
}

std::string open_svg(const std::string& id, const std::string& label) {
  return "<svg id=\"" + id + "\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" +
         label + "\" width=\"" + number(width) + "\" height=\"" + number(height) +
         "\" viewBox=\"0 0 " + number(width) + " " + number(height) +
         "\" font-family=\"sans-serif\" font-size=\"11\">";
}

std::string text_at(double x, double y, const std::string& text, const char* anchor = "middle",
                    const char* fill = "#333") {
  return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor +
         "\" fill=\"" + fill + "\">" + text + "</text>";
}

std::string line(double x1, double y1, double x2, double y2, const char* stroke,
                 const char* extra = "") {
  return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) +
         "\" y2=\"" + number(y2) + "\" stroke=\"" + stroke + "\"" + extra + "/>";
}

// The frame: both axes, the y axis's top and middle labelled.
std::string axes(double y_top, std::string (*label)(double)) {
  std::string svg = line(left, top, left, top + plot_height, "#555") +
                    line(left, top + plot_height, left + plot_width, top + plot_height, "#555");
  for (const double share : {0.0, 0.5, 1.0}) {
    const double y = top + plot_height * (1 - share);
    svg += line(left - 4, y, left, y, "#555");
    if (share > 0) svg += line(left, y, left + plot_width, y, "#ddd");
    svg += text_at(left - 6, y + 4, label(y_top * share), "end");
  }
  return svg;
}

std::string count_label(double count) {
  char text[32];
  std::snprintf(text, sizeof text, "%.0f", count);
  return text;
}

std::string nothing_to_draw(const std::string& id, const std::string& label) {
  return open_svg(id, label) + text_at(width / 2, height / 2, "no escalation was answered") +
         "</svg>";
}

std::string polyline(const std::vector<std::pair<double, double>>& points, const char* stroke,
                     bool dots) {
  std::string coordinates;
  for (const auto& [x, y] : points) coordinates += number(x) + "," + number(y) + " ";
  std::string svg = "<polyline fill=\"none\" stroke=\"" + std::string(stroke) +
                    "\" stroke-width=\"1.5\" points=\"" + coordinates + "\"/>";
  if (dots) {
    for (const auto& [x, y] : points) {
      svg += "<circle cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\"2\" fill=\"" + stroke +
             "\"/>";
    }
  }
  return svg;
}

}  // namespace

std::string latency_over_time_svg(const std::vector<Histogram>& by_second) {
  const std::string id = "latency-over-time";
  const std::string label = "p50 and p99 of the escalation latency, second by second";
  double highest = 0;
  bool answered = false;
  for (const Histogram& second : by_second) {
    highest = std::max(highest, static_cast<double>(second.percentile(0.99)));
    answered = answered || second.count() > 0;
  }
  if (!answered) return nothing_to_draw(id, label);
  const double y_top = round_up(highest);
  const double step = plot_width / static_cast<double>(by_second.size());
  std::vector<std::pair<double, double>> p50, p99;
  for (std::size_t i = 0; i < by_second.size(); ++i) {
    if (by_second[i].count() == 0) continue;  // a second nothing was answered in: no point
    const double x = left + step * (static_cast<double>(i) + 0.5);
    const auto y = [&](double value) { return top + plot_height * (1 - value / y_top); };
    p50.emplace_back(x, y(static_cast<double>(by_second[i].percentile(0.5))));
    p99.emplace_back(x, y(static_cast<double>(by_second[i].percentile(0.99))));
  }
  const bool dots = by_second.size() <= 120;
  std::string svg = open_svg(id, label) + axes(y_top, milliseconds);
  svg += polyline(p99, "#c0392b", dots) + polyline(p50, "#2471a3", dots);
  const double base = top + plot_height;
  svg += text_at(left, base + 14, "0 s", "start");
  svg += text_at(left + plot_width, base + 14, std::to_string(by_second.size()) + " s", "end");
  svg += text_at(left + plot_width / 2, base + 28, "seconds since the start");
  svg += text_at(left + plot_width - 90, top + 12, "p99", "start", "#c0392b");
  svg += text_at(left + plot_width - 50, top + 12, "p50", "start", "#2471a3");
  return svg + "</svg>";
}

std::string latency_histogram_svg(const Histogram& latency) {
  const std::string id = "latency-histogram";
  const std::string label = "how many escalations took how long";
  if (latency.count() == 0) return nothing_to_draw(id, label);
  // Bars of 16 buckets: 1/8 of a power of two (16 microseconds below 256).
  constexpr std::uint32_t per_bar = 16;
  std::map<std::uint32_t, std::uint64_t> bars;
  for (const auto& [index, count] : latency.nonempty_buckets()) bars[index / per_bar] += count;
  const std::uint32_t first = bars.begin()->first, last = bars.rbegin()->first;
  std::uint64_t tallest = 0;
  for (const auto& [bar, count] : bars) tallest = std::max(tallest, count);
  const double y_top = round_up(static_cast<double>(tallest));
  const double bar_width = plot_width / static_cast<double>(last - first + 1);
  const auto bar_lowest = [](std::uint32_t bar) { return Histogram::bucket_lowest(bar * per_bar); };
  const auto bar_highest = [](std::uint32_t bar) {
    return Histogram::bucket_highest(
        std::min(bar * per_bar + per_bar - 1, Histogram::buckets() - 1));
  };
  std::string svg = open_svg(id, label) + axes(y_top, count_label);
  for (const auto& [bar, count] : bars) {
    const double x = left + bar_width * (bar - first);
    const double bar_height = plot_height * static_cast<double>(count) / y_top;
    svg += "<rect x=\"" + number(x) + "\" y=\"" + number(top + plot_height - bar_height) +
           "\" width=\"" + number(std::max(bar_width - 1, 1.0)) + "\" height=\"" +
           number(bar_height) + "\" fill=\"#5d8aa8\"><title>" +
           milliseconds(static_cast<double>(bar_lowest(bar))) + " to " +
           milliseconds(static_cast<double>(bar_highest(bar))) + ": " + std::to_string(count) +
           "</title></rect>";
  }
  // The p50 and p99 as dashed lines through their bars.
  double label_y = top + 10;
  for (const auto& [fraction, name] : {std::pair{0.5, "p50"}, std::pair{0.99, "p99"}}) {
    const std::uint64_t value = latency.percentile(fraction);
    const std::uint32_t bar = Histogram::bucket_index(value) / per_bar;
    const double x = left + bar_width * (static_cast<double>(bar - first) + 0.5);
    svg += line(x, top, x, top + plot_height, "#c0392b", " stroke-dasharray=\"4 3\"");
    svg +=
        text_at(x + 3, label_y, std::string(name) + " " + milliseconds(static_cast<double>(value)),
                "start", "#c0392b");
    label_y += 13;  // so that close percentiles do not write over each other
  }
  const double base = top + plot_height;
  svg += text_at(left, base + 14, milliseconds(static_cast<double>(bar_lowest(first))), "start");
  svg +=
      text_at(left + plot_width, base + 14,
              milliseconds(static_cast<double>(std::min(bar_highest(last), latency.max()))), "end");
  svg +=
      text_at(left + plot_width / 2, base + 28, "escalation latency (bars of 1/8 of a doubling)");
  return svg + "</svg>";
}

}  // namespace ucwa::load
