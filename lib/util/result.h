#pragma once
// A value or an error message: how library functions report failure without
// exceptions, so that the frontend decides how an error reaches the user.

#include <string>
#include <utility>
#include <variant>

namespace mllmseg {

struct Error {
  std::string message;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}      // NOLINT
  Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}  // NOLINT

  bool ok() const { return m_state.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(m_state); }
  const T& value() const& { return std::get<0>(m_state); }
  T&& value() && { return std::get<0>(std::move(m_state)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const std::string& error() const { return std::get<1>(m_state).message; }

 private:
  std::variant<T, Error> m_state;
};

struct Ok {};
using Status = Result<Ok>;

}  // namespace mllmseg
