#pragma once
// The byte packing the store keeps papers in and snapshots are written in:
// unsigned numbers as LEB128 varints; a string as its length and bytes; an
// optional string as 0 when absent, else length + 1 and bytes; a list as its
// length and items. Unpacking never reads outside the bytes it is given: a
// number or string cut short by their end reads as what is there, and
// failed() says so, so that bytes from a file (a snapshot) need no trust.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mllmseg::packing {

// The packing's rules for strings, optionals and lists, over a sink's
// number() and bytes(): what Packer appends, Measure counts and
// PointerPacker writes are the same bytes by construction.
template <class Sink>
class Encoder {
 public:
  void integer(int n) { sink().number(static_cast<std::uint32_t>(n)); }
  void string(std::string_view s) {
    sink().number(s.size());
    sink().bytes(s);
  }
  void optional(const std::optional<std::string>& s) {
    sink().number(s ? s->size() + 1 : 0);
    if (s) {
      sink().bytes(*s);
    }
  }
  void strings(const std::vector<std::string>& list) {
    sink().number(list.size());
    for (const auto& s : list) {
      string(s);
    }
  }

 private:
  Sink& sink() { return static_cast<Sink&>(*this); }
};

// Appends to a string.
class Packer : public Encoder<Packer> {
 public:
  explicit Packer(std::string& out) : m_out(out) {}

  void number(std::uint64_t n) {
    while (n >= 0x80) {
      m_out.push_back(static_cast<char>((n & 0x7F) | 0x80));
      n >>= 7;
    }
    m_out.push_back(static_cast<char>(n));
  }
  void bytes(std::string_view s) { m_out.append(s); }

 private:
  std::string& m_out;
};

// Counts the bytes a Packer would append.
class Measure : public Encoder<Measure> {
 public:
  void number(std::uint64_t n) { m_size += static_cast<std::size_t>(std::bit_width(n | 1) + 6) / 7; }
  void bytes(std::string_view s) { m_size += s.size(); }
  std::size_t size() const { return m_size; }

 private:
  std::size_t m_size = 0;
};

// Writes through a pointer into room a Measure counted beforehand: no check
// of the room left for every byte.
class PointerPacker : public Encoder<PointerPacker> {
 public:
  explicit PointerPacker(char* at) : m_at(at) {}

  void number(std::uint64_t n) {
    while (n >= 0x80) {
      *m_at++ = static_cast<char>((n & 0x7F) | 0x80);
      n >>= 7;
    }
    *m_at++ = static_cast<char>(n);
  }
  void bytes(std::string_view s) {
    std::memcpy(m_at, s.data(), s.size());
    m_at += s.size();
  }

 private:
  char* m_at;
};

class Unpacker {
 public:
  explicit Unpacker(std::string_view bytes) : m_at(bytes.data()), m_end(bytes.data() + bytes.size()) {}

  std::uint64_t number() {
    std::uint64_t n = 0;
    for (unsigned shift = 0; m_at != m_end; shift += 7) {
      const auto byte = static_cast<unsigned char>(*m_at++);
      if (shift < 64) {
        n |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      }
      if (byte < 0x80) {
        return n;
      }
    }
    m_failed = true;
    return n;
  }
  int integer() { return static_cast<int>(static_cast<std::uint32_t>(number())); }
  std::string_view string() { return take(number()); }
  std::optional<std::string_view> optional_view() {
    const std::uint64_t size = number();
    if (size == 0) {
      return std::nullopt;
    }
    return take(size - 1);
  }
  std::optional<std::string> optional() {
    const auto s = optional_view();
    return s ? std::optional<std::string>(*s) : std::nullopt;
  }
  // A list's length, no more than the bytes left could hold (each item takes
  // at least one byte), so that a bad length cannot ask for a huge vector.
  std::size_t count() {
    const std::uint64_t n = number();
    const auto left = static_cast<std::uint64_t>(m_end - m_at);
    if (n > left) {
      m_failed = true;
      return static_cast<std::size_t>(left);
    }
    return static_cast<std::size_t>(n);
  }
  std::vector<std::string> strings() {
    std::vector<std::string> list(count());
    for (auto& s : list) {
      s = string();
    }
    return list;
  }
  void skip(std::size_t strings) {
    for (std::size_t i = 0; i < strings; ++i) {
      string();
    }
  }

  // Whether anything read so far ran past the end of the bytes.
  bool failed() const { return m_failed; }
  bool at_end() const { return m_at == m_end; }

 private:
  std::string_view take(std::uint64_t size) {
    const auto left = static_cast<std::uint64_t>(m_end - m_at);
    if (size > left) {
      m_failed = true;
      size = left;
    }
    const std::string_view s(m_at, static_cast<std::size_t>(size));
    m_at += size;
    return s;
  }

  const char* m_at;
  const char* m_end;
  bool m_failed = false;
};

}  // namespace mllmseg::packing
