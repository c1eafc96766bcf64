#pragma once

#include <string_view>

#include "model/reason.hpp"
#include "model/resource.hpp"
#include "model/result.hpp"

namespace ucwa::representation {

inline constexpr std::string_view ucwa_namespace = "http://schemas.microsoft.com/rtc/2012/03/ucwa";

// XML resources per PayloadFormat.md: <resource rel href> in the UCWA namespace holding
// <link rel href title?>, <property name>, <propertyList name><item/></propertyList> and nested
// <resource rel href> for embedded resources. The self link is resource@href.
model::Read<model::Resource> read_xml_resource(std::string_view body);

// An XML error body: <reason> in the UCWA namespace with <code>, <subcode>, <message>, <link>,
// <parameters> and <debugInfo> children (ErrorsAndInformationalMessages.md).
model::Read<model::Reason> read_xml_reason(std::string_view body);

}  // namespace ucwa::representation
