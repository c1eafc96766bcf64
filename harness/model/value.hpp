#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ucwa::model {

// A property value. JSON states its type (string, boolean, number, null, list); XML states
// only text, so an XML scalar is `lexical`: its type is decided by the catalogue, not the reader.
struct Value {
  enum class Kind { null, boolean, number, string, lexical, list };

  Kind kind = Kind::null;
  std::string text;  // string and lexical content; the number as written; "true"/"false"
  std::vector<Value> items;

  static Value null();
  static Value boolean(bool value);
  static Value number(std::string as_written);
  static Value string(std::string value);
  static Value lexical(std::string value);
  static Value list(std::vector<Value> items);

  // The text a string-typed check sees: string and lexical values; nothing for the rest.
  std::optional<std::string> as_text() const;
  // A boolean in either spelling: JSON true/false, or XML text true/false in any letter case.
  std::optional<bool> as_boolean() const;

  // "string \"Q3\"", "boolean true", "lexical \"False\"", "null", "list of 2"
  std::string describe() const;
};

std::string_view to_string(Value::Kind kind);

}  // namespace ucwa::model
