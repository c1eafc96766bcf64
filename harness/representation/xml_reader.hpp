#pragma once

#include <string_view>

#include "model/reason.hpp"
#include "model/resource.hpp"
#include "model/result.hpp"
#include "representation/limits.hpp"

namespace ucwa::representation {

inline constexpr std::string_view ucwa_namespace = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

// XML resources per PayloadFormat.md: <resource rel href> in the UCWA namespace holding
// <link rel href title?>, <property name>, <propertyList name><item/></propertyList> and nested
// <resource rel href> for embedded resources. The self link is resource@href.
// Documents whose elements nest deeper than max_nesting_depth are refused with an error located
// at the byte offset of the first element too deep. DTD entities are never expanded and external
// entities never fetched (pugixml knows only the five predefined entities and character
// references; "&name;" stays as written). Locations of defects are paths such as
// /resource[@rel='x']/link[2], built once per resource and per defect, so the cost is linear.
model::Read<model::Resource> read_xml_resource(std::string_view body);

// An XML error body: <reason> in the UCWA namespace with <code>, <subcode>, <message>, <link>,
// <parameters> and <debugInfo> children (ErrorsAndInformationalMessages.md).
model::Read<model::Reason> read_xml_reason(std::string_view body);

}  // namespace ucwa::representation
