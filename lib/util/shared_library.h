#pragma once
// A shared library loaded on first use with dlopen, for the libraries only
// some commands need (libcurl for update and enrich, libjq for --jq): linked,
// they and the libraries they need would be loaded at the start of every
// command. Each user binds the functions it calls into a struct of pointers.

#include <dlfcn.h>

#include <string>
#include <type_traits>

#include "util/result.h"

namespace mllmseg {

class SharedLibrary {
 public:
  // The library soname, or an error naming the Debian package that has it:
  // "cannot load libjq.so.1 (...); install Debian's libjq1 package".
  static Result<SharedLibrary> open(const char* soname, const char* package);

  // Points function at the library's symbol name; remembers when there is
  // none, for complete().
  template <typename Function>
  void bind(Function*& function, const char* name) {
    function = reinterpret_cast<Function*>(::dlsym(m_handle, name));
    m_complete = m_complete && function != nullptr;
  }

  // Ok when every bind() found its symbol, else an error naming the library.
  Status complete() const;

 private:
  SharedLibrary(void* handle, const char* soname) : m_handle(handle), m_soname(soname) {}

  void* m_handle;  // never closed: the functions bound stay in use until exit
  const char* m_soname;
  bool m_complete = true;
};

}  // namespace mllmseg
