#pragma once

#include <string>

#include "app/options.hpp"

namespace ucwa::app {

// The GoogleTest filter that also leaves out the format --format did not ask for:
// "*" with json gives "*-*/Xml"; "A*-B*" with xml gives "A*-B*:*/Json".
std::string restrict_to_formats(const std::string& filter, Formats formats);

}  // namespace ucwa::app
