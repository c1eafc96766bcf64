#include "model/value.hpp"

#include "text/ascii.hpp"

namespace ucwa::model {

Value Value::null() {
  return {};
}

Value Value::boolean(bool value) {
  return {Kind::boolean, value ? "true" : "false", {}};
}

Value Value::number(std::string as_written) {
  return {Kind::number, std::move(as_written), {}};
}

Value Value::string(std::string value) {
  return {Kind::string, std::move(value), {}};
}

Value Value::lexical(std::string value) {
  return {Kind::lexical, std::move(value), {}};
}

Value Value::list(std::vector<Value> items) {
  return {Kind::list, {}, std::move(items)};
}

std::optional<std::string> Value::as_text() const {
  if (kind == Kind::string || kind == Kind::lexical) return text;
  return std::nullopt;
}

std::optional<bool> Value::as_boolean() const {
  if (kind == Kind::boolean) return text == "true";
  if (kind == Kind::lexical) {
    if (text::equals_ignoring_case(text, "true")) return true;
    if (text::equals_ignoring_case(text, "false")) return false;
  }
  return std::nullopt;
}

std::string_view to_string(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::null:
      return "null";
    case Value::Kind::boolean:
      return "boolean";
    case Value::Kind::number:
      return "number";
    case Value::Kind::string:
      return "string";
    case Value::Kind::lexical:
      return "text";
    case Value::Kind::list:
      return "list";
  }
  return "unknown";
}

std::string Value::describe() const {
  switch (kind) {
    case Kind::null:
      return "null";
    case Kind::boolean:
    case Kind::number:
      return std::string(to_string(kind)) + " " + text;
    case Kind::string:
    case Kind::lexical:
      return std::string(to_string(kind)) + " \"" + text + "\"";
    case Kind::list:
      return "list of " + std::to_string(items.size());
  }
  return "unknown";
}

}  // namespace ucwa::model
