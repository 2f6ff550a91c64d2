#pragma once
// Turns fuzz bytes into values, in the manner of libFuzzer's
// FuzzedDataProvider (which is clang-only) so that the targets build with GCC
// too. An exhausted reader gives empty strings and zeros.

#include <cstdint>
#include <string>
#include <string_view>

namespace mllmseg::fuzz {

class ByteReader {
 public:
  explicit ByteReader(std::string_view data) : m_data(data) {}

  bool empty() const { return m_data.empty(); }

  std::uint8_t byte() {
    if (m_data.empty()) {
      return 0;
    }
    const auto b = static_cast<std::uint8_t>(m_data.front());
    m_data.remove_prefix(1);
    return b;
  }

  // Four bytes, little-endian, as any int (negative years included).
  int integer() {
    std::uint32_t n = 0;
    for (int i = 0; i < 4; ++i) {
      n |= static_cast<std::uint32_t>(byte()) << (8 * i);
    }
    return static_cast<int>(n);
  }

  // Bytes up to a backslash followed by anything but a backslash, which ends
  // the string; "\\\\" is one backslash (FuzzedDataProvider's
  // ConsumeRandomLengthString). Seeds stay readable: "LISA\\|Title\\|".
  std::string text() {
    std::string out;
    while (!m_data.empty()) {
      char c = m_data.front();
      m_data.remove_prefix(1);
      if (c == '\\' && !m_data.empty()) {
        c = m_data.front();
        m_data.remove_prefix(1);
        if (c != '\\') {
          break;
        }
      }
      out += c;
    }
    return out;
  }

 private:
  std::string_view m_data;
};

}  // namespace mllmseg::fuzz
