#pragma once

#include <string_view>

#include "model/events.hpp"
#include "model/result.hpp"
#include "representation/limits.hpp"

namespace ucwa::representation {

// One answer of the event channel (EventChannelDetails.md) in JSON: an object with "_links"
// (self, and next, resume or resync; a resync answer may hold resync alone) and "sender", an
// array of {rel, href, events}; each event {type, link {rel, href, title?}, in?, _embedded?
// {rel: resource}, status?, reason?}. Embedded resources and reasons are read by the resource
// and error-body readers, each embedded resource taking its relation as its rel. Shape problems
// are defects located by JSON pointer (/sender/0/events/2/link/href) and the rest is still read;
// unknown members are ignored. A body that is not JSON or nests too deep is a ParseError at a
// byte offset, and a root that is not an object one at "". No exception leaves the reader.
model::Read<model::EventsBatch> read_json_events(std::string_view body);

// The same answer in XML: <events href> in the UCWA namespace holding <link rel="next|resume|
// resync|self" href> and <sender rel href> elements; each child element of a sender is one event,
// named after its type, its rel/href/title attributes the event's link. An event's optional
// children: <in rel href title?>, <resource rel href> (embedded), <reason> (read as an XML error
// body), and its status as a status attribute or a <property name="status"> child (the page
// shows none of these three; the encodings are inferred). Defects are located by paths such as
// /events/sender[1]/completed[2]/@href; a root other than <events> is an error at its path.
model::Read<model::EventsBatch> read_xml_events(std::string_view body);

}  // namespace ucwa::representation
