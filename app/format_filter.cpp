#include "app/format_filter.hpp"

namespace ucwa::app {

std::string restrict_to_formats(const std::string& filter, Formats formats) {
  if (formats == Formats::both) return filter;
  const std::string excluded = formats == Formats::json ? "*/Xml" : "*/Json";
  const std::string positive = filter.empty() ? "*" : filter;
  return positive + (positive.find('-') == std::string::npos ? "-" : ":") + excluded;
}

}  // namespace ucwa::app
