// dict: CPython's compact ordered layout. `indices` (a power-of-two table of int64: -1 empty,
// -2 dummy, else an index into `entries`) is probed with CPython's perturbation scheme; `entries`
// keeps insertion order, deletions leave a null key, and a resize re-compacts. So iteration order
// (and repr) equal CPython's after any sequence of inserts and deletes.
//
// Concurrency: every access to the table runs inside CriticalSection(dict) (a no-op in the gil
// build). User code (__eq__, __hash__, __del__ via a decref) never runs with the lock held: a
// lookup drops the lock around __eq__ and restarts if the dict changed meanwhile (as CPython), and
// replaced keys/values are released after the lock is dropped.
#include "objects/dict.h"

#include "memory/raw_alloc.h"

#include <cstring>
#include <optional>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dictview.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "concurrency/qsbr.h"
#include "objects/type.h"
#include "vm/state.h"

namespace weft {

TypeObject DictType;

namespace {

constexpr int64_t kEmpty = -1;
constexpr int64_t kDummy = -2;
constexpr size_t kMinSize = 8;

inline size_t usable_for(size_t index_size) { return (index_size << 1) / 3; }

// Holds the lock on a dict; can be dropped and retaken around calls into user code.
class DictLock {
 public:
  explicit DictLock(Dict* d) : d_(d) { cs_.emplace(d); }
  void unlock() { cs_.reset(); }
  void relock() { cs_.emplace(d_); }

 private:
  Dict* d_;
  std::optional<CriticalSection> cs_;
};

// References released by a mutation; declared before the DictLock so they are dropped after it.
struct Released {
  Ref a, b;
};

inline bool str_bytes_equal(Value a, Value b) {
  Str* x = as<Str>(a);
  Str* y = as<Str>(b);
  return x->byte_length == y->byte_length && std::memcmp(x->data, y->data, x->byte_length) == 0;
}

// ---- ft build: lock-free lookups (DESIGN §5) ----
// Readers of the ft build look keys up without the lock (dict_lookup_optimistic below), so
//  - every mutation is bracketed by write_begin/write_end: `version` is odd while the table
//    changes (a seqlock); a reader that sees the same even version before and after trusted what
//    it read;
//  - the fields and slots readers load are stored with atomic stores (plain in the gil build);
//  - each array carries its size in a hidden word before element 0, so a reader that loaded a
//    pointer and a size from different versions still stays in bounds;
//  - replaced arrays are retired through QSBR (concurrency/qsbr.h), not freed at once.
template <class T>
inline void store_field(T& field, T v) {
  if constexpr (kFreeThreading) std::atomic_ref<T>(field).store(v, std::memory_order_release);
  else field = v;
}
template <class T>
inline T load_field(T& field) {
  if constexpr (kFreeThreading) return std::atomic_ref<T>(field).load(std::memory_order_acquire);
  else return field;
}
inline void write_begin(Dict* d) {
  if constexpr (kFreeThreading) {
    std::atomic_ref<uint64_t>(d->version).store(d->version + 1, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
  }
}
inline void write_end(Dict* d) {
  if constexpr (kFreeThreading) std::atomic_ref<uint64_t>(d->version).store(d->version + 1, std::memory_order_release);
  else d->version++;
}
inline void set_entry(DictEntry& e, int64_t hash, Value key, Value value) {
  store_field(e.hash, hash);
  store_field(e.key, key);
  store_field(e.value, value);
}

int64_t* alloc_indices(size_t n) {
  auto* base = static_cast<int64_t*>(raw_malloc((n + 1) * sizeof(int64_t)));
  base[0] = int64_t(n);
  std::memset(base + 1, 0xff, n * sizeof(int64_t));  // all -1
  return base + 1;
}
DictEntry* alloc_entries(size_t cap) {
  auto* base = static_cast<char*>(raw_malloc(sizeof(int64_t) + cap * sizeof(DictEntry)));
  *reinterpret_cast<int64_t*>(base) = int64_t(cap);
  return reinterpret_cast<DictEntry*>(base + sizeof(int64_t));
}
inline size_t indices_size(const int64_t* indices) { return size_t(indices[-1]); }
inline size_t entries_capacity(const DictEntry* entries) {
  return size_t(reinterpret_cast<const int64_t*>(entries)[-1]);
}
void free_block(void* p) { raw_free(p); }

// Frees now: nobody else can see the arrays (dealloc).
void free_arrays(int64_t* indices, DictEntry* entries) {
  if (indices) raw_free(indices - 1);
  if (entries) raw_free(reinterpret_cast<char*>(entries) - sizeof(int64_t));
}
// Frees once no optimistic reader can hold them.
void retire_arrays(int64_t* indices, DictEntry* entries) {
  if (indices) qsbr_retire(indices - 1, free_block);
  if (entries) qsbr_retire(reinterpret_cast<char*>(entries) - sizeof(int64_t), free_block);
}

// Rebuilds the table with `new_size` index slots, compacting the live entries in order.
// Inside write_begin/write_end.
void resize(Dict* d, size_t new_size) {
  auto* indices = alloc_indices(new_size);
  size_t cap = usable_for(new_size);
  auto* entries = alloc_entries(cap);
  size_t mask = new_size - 1;
  size_t n = 0;
  for (size_t k = 0; k < d->entries_used; k++) {
    DictEntry& e = d->entries[k];
    if (!e.key) continue;
    entries[n] = e;
    size_t i = size_t(e.hash) & mask;
    uint64_t perturb = uint64_t(e.hash);
    while (indices[i] != kEmpty) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    indices[i] = int64_t(n);
    n++;
  }
  int64_t* old_indices = d->indices;
  DictEntry* old_entries = d->entries;
  store_field(d->indices, indices);
  store_field(d->entries, entries);
  d->index_size = new_size;
  d->entries_capacity = cap;
  d->entries_used = n;
  retire_arrays(old_indices, old_entries);
}

size_t size_for(size_t min_size) {
  size_t n = kMinSize;
  while (n < min_size) n <<= 1;
  return n;
}

// CPython's insertion_resize: GROWTH_RATE = used * 3.
void grow(Dict* d) {
  if (d->index_size == 0) {
    resize(d, kMinSize);
    return;
  }
  resize(d, size_for(d->size * 3));
}

// Makes room for `n` items without further resizes (dict(...) of a known size, copy()).
void presize(Dict* d, size_t n) {
  size_t want = kMinSize;
  while (usable_for(want) < n) want <<= 1;
  if (want > d->index_size) resize(d, want);
}

size_t find_empty_slot(Dict* d, int64_t hash) {
  size_t mask = d->index_size - 1;
  size_t i = size_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  while (d->indices[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Finds `key` (with `hash`). Returns the entry index or -1, and in *slot the index slot (of the
// entry, or of the first empty slot on the probe path). The lock is held on entry and on return;
// it is dropped around a call to __eq__.
Result<int64_t> lookup(Dict* d, Value key, int64_t hash, DictLock& lk, size_t* slot) {
restart:
  if (d->index_size == 0) {
    *slot = 0;
    return int64_t(-1);
  }
  {
    size_t mask = d->index_size - 1;
    size_t i = size_t(hash) & mask;
    uint64_t perturb = uint64_t(hash);
    const bool key_is_str = key.is_object() && key.type() == &StrType;
    for (;;) {
      int64_t ix = d->indices[i];
      if (ix == kEmpty) {
        *slot = i;
        return int64_t(-1);
      }
      if (ix >= 0) {
        DictEntry* e = &d->entries[ix];
        Value sk = e->key;
        if (sk == key) {
          *slot = i;
          return ix;
        }
        if (e->hash == hash) {
          if (key_is_str && sk.is_object() && sk.type() == &StrType) {
            if (str_bytes_equal(sk, key)) {
              *slot = i;
              return ix;
            }
          } else if (!(sk.is_small_int() && key.is_small_int())) {
            uint64_t version = d->version;
            DictEntry* entries = d->entries;
            Ref hold = Ref::borrow(sk);
            lk.unlock();
            Result<bool> eq = equals(sk, key);
            hold.reset();
            lk.relock();
            if (!eq.ok()) return kError;
            if (d->version != version || d->entries != entries || d->entries[ix].key != sk)
              goto restart;
            if (*eq) {
              *slot = i;
              return ix;
            }
          }
        }
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
}

// Inserts or replaces; takes the references in key and value.
Status insert(Dict* d, Ref key, int64_t hash, Ref value) {
  Released rel;
  DictLock lk(d);
  size_t slot;
  int64_t ix = TRY(lookup(d, key, hash, lk, &slot));
  write_begin(d);
  if (ix >= 0) {
    DictEntry& e = d->entries[ix];
    rel.a = Ref::steal(e.value);
    store_field(e.value, value.release());
    write_end(d);
    return ok();
  }
  if (d->entries_used >= d->entries_capacity) {
    grow(d);
    slot = find_empty_slot(d, hash);
  }
  size_t n = d->entries_used++;
  set_entry(d->entries[n], hash, key.release(), value.release());
  store_field(d->indices[slot], int64_t(n));
  store_field(d->size, d->size + 1);
  write_end(d);
  return ok();
}

// ft build: looks `key` up without the lock when the answer can be decided by identity (small
// ints, and str keys found as the same object — interned names). Returns 1 (found: *out holds a
// new reference), 0 (missing) or -1 (undecided or raced with a writer: take the lock).
// borrowed != null: the value is stored there without a reference (callers that use it at once,
// before their thread's next quiescent point, as dict_get_str's callers do).
int lookup_optimistic(Dict* d, Value key, int64_t hash, Ref* out, Value* borrowed = nullptr) {
  if constexpr (!kFreeThreading) {
    return -1;
  } else {
    if (!qsbr_register()) return -1;
    auto version = std::atomic_ref<uint64_t>(d->version);
    uint64_t v1 = version.load(std::memory_order_acquire);
    if (v1 & 1) return -1;
    int64_t* indices = load_field(d->indices);
    DictEntry* entries = load_field(d->entries);
    int result = 0;
    Value found;
    if (indices && entries) {
      size_t n = indices_size(indices);
      size_t cap = entries_capacity(entries);
      size_t mask = n - 1;
      size_t i = size_t(hash) & mask;
      uint64_t perturb = uint64_t(hash);
      for (size_t probes = 0;; ++probes) {
        if (probes > n + 64) return -1;  // a torn view: let the lock decide
        int64_t ix = load_field(indices[i]);
        if (ix == kEmpty) break;
        if (ix >= 0) {
          if (size_t(ix) >= cap) return -1;
          DictEntry& e = entries[ix];
          Value k = load_field(e.key);
          if (k == key) {
            found = load_field(e.value);
            if (found.is_null()) return -1;
            result = 1;
            break;
          }
          // A different object with the same hash may still be equal: needs the real lookup.
          if (!k.is_null() && load_field(e.hash) == hash) return -1;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
      }
    } else if (indices || entries) {
      return -1;
    }
    if (borrowed) {
      std::atomic_thread_fence(std::memory_order_acquire);
      if (version.load(std::memory_order_relaxed) != v1) return -1;
      if (result == 1) *borrowed = found;
      return result;
    }
    if (result == 1 && found.is_object() && !header_try_incref(&found.obj()->header)) return -1;
    std::atomic_thread_fence(std::memory_order_acquire);
    if (version.load(std::memory_order_relaxed) != v1) {
      if (result == 1) decref(found);
      return -1;
    }
    if (result == 1) *out = Ref::steal(found);
    return result;
  }
}

inline bool identity_decides(Value key) {
  return key.is_small_int() || (key.is_object() && key.type() == &StrType);
}

Result<Ref> get_known_hash(Dict* d, Value key, int64_t hash) {
  if (kFreeThreading && identity_decides(key)) {
    Ref r;
    int found = lookup_optimistic(d, key, hash, &r);
    if (found == 1) return r;
    if (found == 0) return Ref();
  }
  DictLock lk(d);
  size_t slot;
  int64_t ix = TRY(lookup(d, key, hash, lk, &slot));
  if (ix < 0) return Ref();
  return Ref::borrow(d->entries[ix].value);
}

// Removes `key`; returns its value (null Ref if missing).
Result<Ref> pop_known_hash(Dict* d, Value key, int64_t hash) {
  Released rel;
  DictLock lk(d);
  size_t slot;
  int64_t ix = TRY(lookup(d, key, hash, lk, &slot));
  if (ix < 0) return Ref();
  DictEntry& e = d->entries[ix];
  rel.a = Ref::steal(e.key);
  Ref value = Ref::steal(e.value);
  write_begin(d);
  store_field(e.key, Value());
  store_field(e.value, Value());
  store_field(d->indices[slot], kDummy);
  store_field(d->size, d->size - 1);
  write_end(d);
  return value;
}

void dict_clear_impl(Dict* d) {
  int64_t* indices;
  DictEntry* entries;
  size_t used;
  {
    CriticalSection cs(d);
    indices = d->indices;
    entries = d->entries;
    used = d->entries_used;
    write_begin(d);
    store_field(d->indices, static_cast<int64_t*>(nullptr));
    store_field(d->entries, static_cast<DictEntry*>(nullptr));
    store_field(d->size, size_t(0));
    d->index_size = d->entries_used = d->entries_capacity = 0;
    write_end(d);
  }
  // Released outside the lock: a decref may run arbitrary code that touches the dict.
  for (size_t i = 0; i < used; i++) {
    if (entries[i].key) {
      decref(entries[i].key);
      decref(entries[i].value);
    }
  }
  retire_arrays(indices, entries);
}

Dict* alloc_dict(TypeObject* type) {
  size_t size = type->basic_size < sizeof(Dict) ? sizeof(Dict) : type->basic_size;
  Dict* d = new_object_sized<Dict>(type, size);
  if (size > sizeof(Dict)) std::memset(reinterpret_cast<char*>(d) + sizeof(Dict), 0, size - sizeof(Dict));
  return d;
}

void dict_dealloc(Object* o) {
  Dict* d = static_cast<Dict*>(o);
  for (size_t i = 0; i < d->entries_used; i++) {
    if (d->entries[i].key) {
      decref(d->entries[i].key);
      decref(d->entries[i].value);
    }
  }
  free_arrays(d->indices, d->entries);
  delete_object(d);
}

Status no_args(CallArgs args, const char* name) {
  if (args.nkw() > 0) return raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
  if (args.nargs != 0)
    return raise(exc::TypeError, std::string(name) + "() takes no arguments (" +
                                     std::to_string(args.nargs) + " given)");
  return ok();
}

inline Dict* D(Value v) { return as<Dict>(v); }

// Borrowed key/value pair copied out of entry `i` (or false if the position is past the end).
bool entry_at(Dict* d, size_t* pos, Ref* key, Ref* value) {
  CriticalSection cs(d);
  while (*pos < d->entries_used) {
    DictEntry& e = d->entries[(*pos)++];
    if (e.key) {
      *key = Ref::borrow(e.key);
      if (value) *value = Ref::borrow(e.value);
      return true;
    }
  }
  return false;
}

// Merges another dict (exact dict or a subclass that keeps dict iteration).
Status merge_dict(Dict* d, Dict* other, bool override_existing) {
  if (d == other || dict_size(Value(other)) == 0) return ok();
  {
    CriticalSection cs(d);
    if (d->size == 0) {
      write_begin(d);
      presize(d, other->size);
      write_end(d);
    }
  }
  size_t pos = 0;
  for (;;) {
    Ref k, v;
    int64_t h;
    {
      CriticalSection cs(other);
      bool found = false;
      while (pos < other->entries_used) {
        DictEntry& e = other->entries[pos++];
        if (e.key) {
          k = Ref::borrow(e.key);
          v = Ref::borrow(e.value);
          h = e.hash;
          found = true;
          break;
        }
      }
      if (!found) break;
    }
    if (!override_existing) {
      Ref existing = TRY(get_known_hash(d, k, h));
      if (existing) continue;
    }
    TRY(insert(d, std::move(k), h, std::move(v)));
  }
  return ok();
}

Status merge_from_seq2(Dict* d, Value seq) {
  Ref it = TRY(get_iter(seq));
  for (size_t i = 0;; i++) {
    Ref item = TRY(iter_next(it));
    if (!item) break;
    Ref k, v;
    if (is_tuple(item) || is_list(item)) {
      size_t n = is_tuple(item) ? tuple_size(item) : list_size(item);
      if (n != 2)
        return raise(exc::ValueError, "dictionary update sequence element #" + std::to_string(i) +
                                          " has length " + std::to_string(n) + "; 2 is required");
      k = Ref::borrow(is_tuple(item) ? tuple_item(item, 0) : list_item(item, 0));
      v = Ref::borrow(is_tuple(item) ? tuple_item(item, 1) : list_item(item, 1));
    } else {
      Result<Ref> sub = get_iter(item);
      if (!sub.ok()) {
        if (error_matches(&exc::TypeError)) {
          clear_error();
          return raise(exc::TypeError, "cannot convert dictionary update sequence element #" +
                                           std::to_string(i) + " to a sequence");
        }
        return kError;
      }
      Ref elems = TRY(list_from_iterable(item));
      size_t n = list_size(elems);
      if (n != 2)
        return raise(exc::ValueError, "dictionary update sequence element #" + std::to_string(i) +
                                          " has length " + std::to_string(n) + "; 2 is required");
      k = Ref::borrow(list_item(elems, 0));
      v = Ref::borrow(list_item(elems, 1));
    }
    int64_t h = TRY(object_hash_for_key(k));
    TRY(insert(d, std::move(k), h, std::move(v)));
  }
  return ok();
}

bool has_dict_iteration(Value v) {
  return is_dict(v) && (v.type() == &DictType || v.type()->iter == DictType.iter);
}

// Mapping protocol merge: keys() then m[k] for each.
Status merge_mapping(Dict* d, Value m) {
  Ref keys = TRY(call_method(m, ids::keys, {}));
  Ref it = TRY(get_iter(keys));
  for (;;) {
    Ref k = TRY(iter_next(it));
    if (!k) break;
    Ref v = TRY(getitem(m, k));
    int64_t h = TRY(object_hash_for_key(k));
    TRY(insert(d, std::move(k), h, std::move(v)));
  }
  return ok();
}

Status update_kwargs(Dict* d, CallArgs args) {
  size_t nkw = args.nkw();
  for (size_t i = 0; i < nkw; i++) {
    Value k = tuple_item(args.kwnames, i);
    TRY(insert(d, Ref::borrow(k), hash_str(as<Str>(k)), Ref::borrow(args.kwvalue(i))));
  }
  return ok();
}

// ---- slots -----------------------------------------------------------------------------------

Result<Ref> dict_repr(Value self) {
  Dict* d = D(self);
  if (d->size == 0) return make_str("{}");
  if (repr_enter(self.obj())) return make_str("{...}");
  struct Leave {
    Object* o;
    ~Leave() { repr_leave(o); }
  } leave{self.obj()};
  NativeRecursionGuard guard;
  if (!guard.ok()) return kError;
  std::string out = "{";
  size_t pos = 0;
  bool first = true;
  Ref k, v;
  while (entry_at(d, &pos, &k, &v)) {
    if (!first) out += ", ";
    first = false;
    out += TRY(repr_utf8(k));
    out += ": ";
    out += TRY(repr_utf8(v));
  }
  out += "}";
  return make_str(out);
}

Result<int64_t> dict_hash(Value self) {
  return raise(exc::TypeError, std::string("unhashable type: '") + type_name(self) + "'");
}

Result<int64_t> dict_len(Value self) { return int64_t(dict_size(self)); }

Result<bool> dict_equal(Dict* a, Dict* b) {
  if (a == b) return true;
  if (a->size != b->size) return false;
  size_t pos = 0;
  Ref k, v;
  while (entry_at(a, &pos, &k, &v)) {
    int64_t h = TRY(object_hash_for_key(k));
    Ref bv = TRY(get_known_hash(b, k, h));
    if (!bv) return false;
    bool eq = TRY(equals(v, bv));
    if (!eq) return false;
  }
  return true;
}

Result<Ref> dict_richcompare(Value a, Value b, CmpOp op) {
  if (!is_dict(b) || (op != CmpOp::Eq && op != CmpOp::Ne)) return not_implemented();
  bool eq = TRY(dict_equal(D(a), D(b)));
  return make_bool(op == CmpOp::Eq ? eq : !eq);
}

Result<Ref> dict_iter(Value self) { return make_dict_iter(&DictKeyIterType, D(self)); }

Result<Ref> dict_subscript(Value self, Value key) {
  Dict* d = D(self);
  int64_t h = TRY(object_hash_for_key(key));
  Ref v = TRY(get_known_hash(d, key, h));
  if (v) return v;
  if (self.type() != &DictType) {
    Ref r = TRY(call_special_opt(self, ids::dunder_missing, {key}));
    if (r) return r;
    if (error_occurred()) return kError;
  }
  return raise_key_error(key);
}

Status dict_ass_sub(Value self, Value key, Value v) {
  Dict* d = D(self);
  int64_t h = TRY(object_hash_for_key(key));
  if (v) return insert(d, Ref::borrow(key), h, Ref::borrow(v));
  Ref old = TRY(pop_known_hash(d, key, h));
  if (!old) return raise_key_error(key);
  return ok();
}

Result<bool> dict_contains(Value self, Value key) {
  int64_t h = TRY(object_hash_for_key(key));
  Ref v = TRY(get_known_hash(D(self), key, h));
  return bool(v);
}

Result<Ref> dict_new(TypeObject* type, CallArgs args) { return Ref::steal(alloc_dict(type)); }

Status dict_init(Value self, CallArgs args) {
  if (args.nargs > 1)
    return raise(exc::TypeError, "dict expected at most 1 argument, got " + std::to_string(args.nargs));
  if (args.nargs == 1) TRY(dict_update_arg(D(self), args[0]));
  return update_kwargs(D(self), args);
}

Result<Ref> dict_or(Value a, Value b) {
  if (!is_dict(a) || !is_dict(b)) return not_implemented();
  Ref r = dict_copy(D(a));
  TRY(dict_update_arg(as<Dict>(r), b));
  return r;
}

Result<Ref> dict_ior(Value a, Value b) {
  TRY(dict_update_arg(D(a), b));
  return Ref::borrow(a);
}

// ---- methods ---------------------------------------------------------------------------------

Result<Ref> m_keys(Value self, CallArgs args) {
  TRY(no_args(args, "dict.keys"));
  return make_dict_view(&DictKeysType, D(self));
}
Result<Ref> m_values(Value self, CallArgs args) {
  TRY(no_args(args, "dict.values"));
  return make_dict_view(&DictValuesType, D(self));
}
Result<Ref> m_items(Value self, CallArgs args) {
  TRY(no_args(args, "dict.items"));
  return make_dict_view(&DictItemsType, D(self));
}

Result<Ref> m_get(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "dict.get"));
  TRY(check_nargs(args, "get", 1, 2));
  Ref v = TRY(dict_get(D(self), args[0]));
  if (v) return v;
  return args.nargs > 1 ? Ref::borrow(args[1]) : none();
}

Result<Ref> m_setdefault(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "dict.setdefault"));
  TRY(check_nargs(args, "setdefault", 1, 2));
  Dict* d = D(self);
  Value key = args[0];
  Value dflt = args.nargs > 1 ? args[1] : None();
  int64_t h = TRY(object_hash_for_key(key));
  // Lookup and insert under one lock hold so two threads agree on the stored value.
  Released rel;
  DictLock lk(d);
  size_t slot;
  int64_t ix = TRY(lookup(d, key, h, lk, &slot));
  if (ix >= 0) return Ref::borrow(d->entries[ix].value);
  write_begin(d);
  if (d->entries_used >= d->entries_capacity) {
    grow(d);
    slot = find_empty_slot(d, h);
  }
  size_t n = d->entries_used++;
  incref(key);
  incref(dflt);
  set_entry(d->entries[n], h, key, dflt);
  store_field(d->indices[slot], int64_t(n));
  store_field(d->size, d->size + 1);
  write_end(d);
  return Ref::borrow(dflt);
}

Result<Ref> m_pop(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "dict.pop"));
  TRY(check_nargs(args, "pop", 1, 2));
  int64_t h = TRY(object_hash_for_key(args[0]));
  Ref v = TRY(pop_known_hash(D(self), args[0], h));
  if (v) return v;
  if (args.nargs > 1) return Ref::borrow(args[1]);
  return raise_key_error(args[0]);
}

Result<Ref> m_popitem(Value self, CallArgs args) {
  TRY(no_args(args, "dict.popitem"));
  Dict* d = D(self);
  Ref k, v;
  {
    CriticalSection cs(d);
    if (d->size == 0) {
      // fallthrough to raise outside the lock
    } else {
      size_t i = d->entries_used;
      while (i > 0 && !d->entries[i - 1].key) i--;
      DictEntry& e = d->entries[i - 1];
      // Find its index slot by identity.
      size_t mask = d->index_size - 1;
      size_t j = size_t(e.hash) & mask;
      uint64_t perturb = uint64_t(e.hash);
      while (d->indices[j] != int64_t(i - 1)) {
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
      }
      write_begin(d);
      store_field(d->indices[j], kDummy);
      k = Ref::steal(e.key);
      v = Ref::steal(e.value);
      store_field(e.key, Value());
      store_field(e.value, Value());
      d->entries_used = i - 1;
      store_field(d->size, d->size - 1);
      write_end(d);
    }
  }
  if (!k) return raise(exc::KeyError, "popitem(): dictionary is empty");
  return make_tuple({k.get(), v.get()});
}

Result<Ref> m_update(Value self, CallArgs args) {
  if (args.nargs > 1)
    return raise(exc::TypeError, "update expected at most 1 argument, got " + std::to_string(args.nargs));
  if (args.nargs == 1) TRY(dict_update_arg(D(self), args[0]));
  TRY(update_kwargs(D(self), args));
  return none();
}

Result<Ref> m_copy(Value self, CallArgs args) {
  TRY(no_args(args, "dict.copy"));
  return dict_copy(D(self));
}

Result<Ref> m_clear(Value self, CallArgs args) {
  TRY(no_args(args, "dict.clear"));
  dict_clear_impl(D(self));
  return none();
}

Result<Ref> m_fromkeys(Value cls, CallArgs args) {
  TRY(check_no_kwargs(args, "dict.fromkeys"));
  TRY(check_nargs(args, "fromkeys", 1, 2));
  Value value = args.nargs > 1 ? args[1] : None();
  Ref d = TRY(call(cls, {}));
  Ref it = TRY(get_iter(args[0]));
  bool fast = d.type() == &DictType;
  for (;;) {
    Ref k = TRY(iter_next(it));
    if (!k) break;
    if (fast) {
      int64_t h = TRY(object_hash_for_key(k));
      TRY(insert(as<Dict>(d), std::move(k), h, Ref::borrow(value)));
    } else {
      TRY(setitem(d, k, value));
    }
  }
  return d;
}

Result<Ref> m_reversed(Value self, CallArgs args) {
  TRY(no_args(args, "dict.__reversed__"));
  return make_dict_iter(&DictRevKeyIterType, D(self));
}

Result<Ref> m_contains(Value self, CallArgs args) {
  TRY(check_nargs(args, "__contains__", 1, 1));
  bool r = TRY(dict_contains(self, args[0]));
  return make_bool(r);
}

Result<Ref> m_getitem(Value self, CallArgs args) {
  TRY(check_nargs(args, "__getitem__", 1, 1));
  return dict_subscript(self, args[0]);
}

// Minimal PEP 585 support: dict[str, int] evaluates (annotations) to dict itself; there is no
// types.GenericAlias yet.
Result<Ref> m_class_getitem(Value cls, CallArgs args) {
  TRY(check_nargs(args, "dict.__class_getitem__", 1, 1));
  return Ref::borrow(cls);
}

const MethodDef kDictMethods[] = {
    {"__contains__", m_contains, 0, "True if the dictionary has the specified key, else False."},
    {"__getitem__", m_getitem, 0, "Return self[key]."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the dict keys."},
    {"keys", m_keys, 0, "Return a set-like object providing a view on the dict's keys."},
    {"items", m_items, 0, "Return a set-like object providing a view on the dict's items."},
    {"values", m_values, 0, "Return an object providing a view on the dict's values."},
    {"get", m_get, 0, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, 0, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", m_pop, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", m_popitem, 0, "Remove and return a (key, value) pair as a 2-tuple."},
    {"update", m_update, 0, "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."},
    {"copy", m_copy, 0, "Return a shallow copy of the dict."},
    {"clear", m_clear, 0, "Remove all items from the dict."},
    {"fromkeys", m_fromkeys, MethodDef::kClassMethod,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"__class_getitem__", m_class_getitem, MethodDef::kClassMethod, "See PEP 585"},
    {nullptr, nullptr},
};

}  // namespace

// ---- shared internals (dictview.h) -------------------------------------------------------------

Result<int64_t> object_hash_for_key(Value key) {
  if (key.is_object() && key.type() == &StrType) {
    Str* s = as<Str>(key);
    return str_hash(s);
  }
  if (key.is_small_int()) return hash_int(key);
  return hash(key);
}

Result<Ref> dict_get_known_hash(Dict* d, Value key, int64_t hash) { return get_known_hash(d, key, hash); }

bool dict_next_hash(Dict* d, size_t* pos, Value* key, Value* value, int64_t* hash) {
  while (*pos < d->entries_used) {
    DictEntry& e = d->entries[(*pos)++];
    if (e.key) {
      if (key) *key = e.key;
      if (value) *value = e.value;
      if (hash) *hash = e.hash;
      return true;
    }
  }
  return false;
}

Status dict_update_arg(Dict* d, Value arg) {
  if (has_dict_iteration(arg)) return merge_dict(d, as<Dict>(arg), true);
  Ref keys = TRY(getattr_opt(arg, ids::keys));
  if (keys) return merge_mapping(d, arg);
  return merge_from_seq2(d, arg);
}

// ---- public API (dict.h) -----------------------------------------------------------------------

Ref make_dict() { return Ref::steal(alloc_dict(&DictType)); }

Result<Ref> dict_get(Dict* d, Value key) {
  int64_t h = TRY(object_hash_for_key(key));
  return get_known_hash(d, key, h);
}

Ref dict_get_str_ref(Dict* d, Str* key) {
  int64_t hash = str_hash(key);
  if constexpr (kFreeThreading) {
    Ref r;
    int found = lookup_optimistic(d, Value(key), hash, &r);
    if (found == 1) return r;
    if (found == 0) return Ref();
  }
  CriticalSection cs(d);
  return Ref::borrow(dict_get_str(d, key));  // re-entry: the section above is reused
}

Value dict_get_str(Dict* d, Str* key) {
  int64_t hash = str_hash(key);
  if constexpr (kFreeThreading) {
    Value v;
    int found = lookup_optimistic(d, Value(key), hash, nullptr, &v);
    if (found == 1) return v;
    if (found == 0) return Value();
  }
  CriticalSection cs(d);
  if (d->index_size == 0) return Value();
  size_t mask = d->index_size - 1;
  size_t i = size_t(hash) & mask;
  uint64_t perturb = uint64_t(hash);
  for (;;) {
    int64_t ix = d->indices[i];
    if (ix == kEmpty) return Value();
    if (ix >= 0) {
      DictEntry& e = d->entries[ix];
      if (e.key == Value(key)) return e.value;
      if (e.hash == hash && is_str(e.key) && str_bytes_equal(e.key, Value(key))) return e.value;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Status dict_set(Dict* d, Value key, Value value) {
  int64_t h = TRY(object_hash_for_key(key));
  return insert(d, Ref::borrow(key), h, Ref::borrow(value));
}

Status dict_set_str(Dict* d, Str* key, Value value) {
  int64_t h = str_hash(key);
  return insert(d, Ref::borrow(Value(key)), h, Ref::borrow(value));
}

Result<bool> dict_del(Dict* d, Value key) {
  int64_t h = TRY(object_hash_for_key(key));
  Ref v = TRY(pop_known_hash(d, key, h));
  return bool(v);
}

bool dict_next(Dict* d, size_t* pos, Value* key, Value* value) {
  return dict_next_hash(d, pos, key, value, nullptr);
}

Status dict_update(Dict* d, Value other) { return dict_update_arg(d, other); }

Ref dict_copy(Dict* d) {
  Dict* r = alloc_dict(&DictType);
  Ref result = Ref::steal(r);
  CriticalSection cs(d);
  if (d->size == 0) return result;
  presize(r, d->size);
  for (size_t k = 0; k < d->entries_used; k++) {
    DictEntry& e = d->entries[k];
    if (!e.key) continue;
    incref(e.key);
    incref(e.value);
    size_t slot = find_empty_slot(r, e.hash);
    size_t n = r->entries_used++;
    r->entries[n] = e;
    r->indices[slot] = int64_t(n);
    r->size++;
  }
  return result;
}

// ---- repr recursion marker (abstract.h) -----------------------------------------------------------

bool repr_enter(Object* o) {
  auto& stack = ThreadState::current()->repr_stack;
  for (Object* p : stack)
    if (p == o) return true;
  stack.push_back(o);
  return false;
}

void repr_leave(Object* o) {
  auto& stack = ThreadState::current()->repr_stack;
  for (size_t i = stack.size(); i > 0; i--) {
    if (stack[i - 1] == o) {
      stack.erase(stack.begin() + ptrdiff_t(i - 1));
      return;
    }
  }
}

// ---- type set-up ---------------------------------------------------------------------------------

void init_mapping_types(TypeList& out) {
  DictType.name = "dict";
  DictType.type = &TypeType;
  DictType.flags = kTypeBaseType | kTypeDictSubclass;
  DictType.basic_size = sizeof(Dict);
  DictType.dealloc = dict_dealloc;
  DictType.repr = dict_repr;
  DictType.hash = dict_hash;
  DictType.richcompare = dict_richcompare;
  DictType.iter = dict_iter;
  DictType.len = dict_len;
  DictType.getitem = dict_subscript;
  DictType.setitem = dict_ass_sub;
  DictType.contains = dict_contains;
  DictType.binop[size_t(BinOp::Or)] = dict_or;
  DictType.inplace[size_t(BinOp::Or)] = dict_ior;
  DictType.new_ = dict_new;
  DictType.init = dict_init;
  DictType.methods = kDictMethods;
  DictType.doc =
      "dict() -> new empty dictionary\n"
      "dict(mapping) -> new dictionary initialized from a mapping object's\n"
      "    (key, value) pairs\n"
      "dict(iterable) -> new dictionary initialized as if via:\n"
      "    d = {}\n"
      "    for k, v in iterable:\n"
      "        d[k] = v\n"
      "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
      "    in the keyword argument list.  For example:  dict(one=1, two=2)";
  out.push_back(&DictType);
  init_dictview_types(out);
  init_set_types(out);
  init_module_type(out);
}

}  // namespace weft
