// The error convention used everywhere: a function that can fail returns Result<T>.
// On failure the exception object is stored in the current ThreadState (vm/state.h) and the
// Result carries no value. Result is [[nodiscard]], so an error cannot be dropped silently.
//
//   Result<Ref> f() {
//     Ref x = TRY(getattr(obj, ids::append));    // propagates the error to our caller
//     if (bad) return raise(exc::TypeError, "message");
//     return x;
//   }
//
// TRY uses a GNU statement expression (g++ and clang).
#pragma once
#include <utility>

namespace weft {

struct ErrorMarker {};
inline constexpr ErrorMarker kError{};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(ErrorMarker) : ok_(false) {}
  Result(T v) : value_(std::move(v)), ok_(true) {}
  template <class U>
    requires(std::is_constructible_v<T, U&&> && !std::is_same_v<std::decay_t<U>, ErrorMarker> &&
             !std::is_same_v<std::decay_t<U>, Result>)
  Result(U&& u) : value_(std::forward<U>(u)), ok_(true) {}

  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  T& operator*() & { return value_; }
  T&& operator*() && { return std::move(value_); }
  T* operator->() { return &value_; }
  T take() { return std::move(value_); }

 private:
  T value_{};
  bool ok_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() : ok_(true) {}
  Result(ErrorMarker) : ok_(false) {}
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  void operator*() const {}

 private:
  bool ok_;
};

using Status = Result<void>;
inline Status ok() { return Status(); }

}  // namespace weft

// Evaluates a Result; on error returns kError from the enclosing function, otherwise yields the
// value.
#define TRY(expr)                                   \
  ({                                                \
    auto&& weft_try_result_ = (expr);               \
    if (!weft_try_result_.ok()) [[unlikely]]        \
      return ::weft::kError;                        \
    *std::move(weft_try_result_);                   \
  })
