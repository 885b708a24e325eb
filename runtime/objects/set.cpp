// set and frozenset: a port of CPython 3.13's setobject.c algorithms (LINEAR_PROBES = 9 then
// perturbation, a table starting at 8 slots, resize when fill*5 >= mask*3 to used*4 (used*2 past
// 50000), the merge/intersection/difference strategies), so that iteration order, repr and
// frozenset hashes equal CPython's for the same operations.
//
// Concurrency: the table of a set is read and written inside CriticalSection(set). User code
// (__eq__) never runs with a set's lock held: a lookup drops the lock around __eq__ and restarts
// if the table changed (as CPython's lookkey does). Other sets and dicts are read entry by entry
// under their own lock, or copied out first when the loop calls into user code.
#include "objects/set.h"

#include "memory/raw_alloc.h"

#include <cstring>
#include <optional>
#include <vector>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dictview.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace weft {

TypeObject SetType, FrozenSetType;

namespace {

constexpr size_t kLinearProbes = 9;
constexpr size_t kPerturbShift = 5;
constexpr size_t kMinSize = 8;

// The dummy key marking a deleted slot (never dereferenced; aligned so it reads as an object).
alignas(16) const char kDummyMarker[16] = {};
inline Value dummy() { return Value::from_raw(reinterpret_cast<uintptr_t>(kDummyMarker)); }
inline bool is_active(Value k) { return k && !(k == dummy()); }

TypeObject SetIterType;

class SetLock {
 public:
  explicit SetLock(Set* s) : s_(s) { cs_.emplace(s); }
  void unlock() { cs_.reset(); }
  void relock() { cs_.emplace(s_); }

 private:
  Set* s_;
  std::optional<CriticalSection> cs_;
};

inline Set* S(Value v) { return as<Set>(v); }

SetEntry* alloc_table(size_t n) {
  auto* t = static_cast<SetEntry*>(raw_malloc(n * sizeof(SetEntry)));
  std::memset(static_cast<void*>(t), 0, n * sizeof(SetEntry));
  return t;
}

inline bool fast_str_eq(Value a, Value b) {
  if (!(a.is_object() && b.is_object() && a.type() == &StrType && b.type() == &StrType)) return false;
  Str* x = as<Str>(a);
  Str* y = as<Str>(b);
  return x->byte_length == y->byte_length && std::memcmp(x->data, y->data, x->byte_length) == 0;
}

// ---- probing (CPython's set_lookkey / set_add_entry / set_insert_clean) ------------------------

// Returns the entry holding key, or the empty entry ending the probe. Lock held on entry/exit.
Result<SetEntry*> lookkey(Set* so, Value key, int64_t hash, SetLock& lk) {
restart:
  size_t perturb = size_t(hash);
  size_t mask = so->mask;
  size_t i = size_t(hash) & mask;
  for (;;) {
    SetEntry* entry = &so->table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (entry->hash == 0 && !entry->key) return entry;
      if (entry->hash == hash) {
        Value startkey = entry->key;
        if (startkey == key) return entry;
        if (fast_str_eq(startkey, key)) return entry;
        if (!(startkey.is_small_int() && key.is_small_int())) {
          SetEntry* table = so->table;
          Ref hold = Ref::borrow(startkey);
          lk.unlock();
          Result<bool> cmp = equals(startkey, key);
          hold.reset();
          lk.relock();
          if (!cmp.ok()) return kError;
          if (table != so->table || !(entry->key == startkey)) goto restart;
          if (*cmp) return entry;
          mask = so->mask;
        }
      }
      entry++;
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void insert_clean(SetEntry* table, size_t mask, Value key, int64_t hash) {
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (!entry->key) {
      entry->key = key;
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; j++) {
        entry++;
        if (!entry->key) {
          entry->key = key;
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Lock held. Rebuilds the table with the smallest size > minused.
void table_resize(Set* so, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  SetEntry* oldtable = so->table;
  size_t oldmask = so->mask;
  if (newsize == kMinSize && oldmask == kMinSize - 1 && so->fill == so->used) return;  // no dummies
  SetEntry* newtable = alloc_table(newsize);
  so->mask = newsize - 1;
  so->table = newtable;
  if (so->fill == so->used) {
    for (size_t k = 0; k <= oldmask; k++)
      if (oldtable[k].key) insert_clean(newtable, so->mask, oldtable[k].key, oldtable[k].hash);
  } else {
    so->fill = so->used;
    for (size_t k = 0; k <= oldmask; k++)
      if (is_active(oldtable[k].key)) insert_clean(newtable, so->mask, oldtable[k].key, oldtable[k].hash);
  }
  raw_free(oldtable);
}

// Adds key (taking the reference).
Status add_entry(Set* so, Ref key, int64_t hash) {
  SetLock lk(so);
restart:
  {
    size_t mask = so->mask;
    size_t i = size_t(hash) & mask;
    SetEntry* freeslot = nullptr;
    size_t perturb = size_t(hash);
    SetEntry* entry;
    for (;;) {
      entry = &so->table[i];
      size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      for (;;) {
        if (entry->hash == 0 && !entry->key) goto found_unused_or_dummy;
        if (entry->hash == hash) {
          Value startkey = entry->key;
          if (startkey == key.get()) return ok();
          if (fast_str_eq(startkey, key)) return ok();
          if (!(startkey.is_small_int() && key.get().is_small_int())) {
            SetEntry* table = so->table;
            Ref hold = Ref::borrow(startkey);
            lk.unlock();
            Result<bool> cmp = equals(startkey, key);
            hold.reset();
            lk.relock();
            if (!cmp.ok()) return kError;
            if (*cmp) return ok();
            if (table != so->table || !(entry->key == startkey)) goto restart;
            mask = so->mask;
          }
        } else if (entry->hash == -1) {
          freeslot = entry;
        }
        entry++;
        if (probes-- == 0) break;
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  found_unused_or_dummy:
    if (freeslot) {
      if (freeslot->hash != -1) goto restart;
      so->used++;
      freeslot->key = key.release();
      freeslot->hash = hash;
      return ok();
    }
    so->fill++;
    so->used++;
    entry->key = key.release();
    entry->hash = hash;
    if (so->fill * 5 < mask * 3) return ok();
    table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
    return ok();
  }
}

Result<bool> contains_entry(Set* so, Value key, int64_t hash) {
  SetLock lk(so);
  SetEntry* e = TRY(lookkey(so, key, hash, lk));
  return bool(e->key);
}

// True if found and removed.
Result<bool> discard_entry(Set* so, Value key, int64_t hash) {
  Ref old;
  SetLock lk(so);
  SetEntry* e = TRY(lookkey(so, key, hash, lk));
  if (!e->key) return false;
  old = Ref::steal(e->key);
  e->key = dummy();
  e->hash = -1;
  so->used--;
  lk.unlock();
  return true;
}

Status add_key(Set* so, Value key) {
  int64_t h = TRY(object_hash_for_key(key));
  return add_entry(so, Ref::borrow(key), h);
}

Result<bool> contains_key(Set* so, Value key) {
  int64_t h = TRY(object_hash_for_key(key));
  return contains_entry(so, key, h);
}

Result<bool> discard_key(Set* so, Value key) {
  int64_t h = TRY(object_hash_for_key(key));
  return discard_entry(so, key, h);
}

// A copy of the active entries of a set, in table order (for loops that call user code).
struct Snap {
  Ref key;
  int64_t hash;
};
std::vector<Snap> snapshot(Set* s) {
  std::vector<Snap> out;
  CriticalSection cs(s);
  out.reserve(s->used);
  for (size_t i = 0; i <= s->mask; i++)
    if (is_active(s->table[i].key)) out.push_back({Ref::borrow(s->table[i].key), s->table[i].hash});
  return out;
}

std::vector<Snap> dict_snapshot(Dict* d) {
  std::vector<Snap> out;
  CriticalSection cs(d);
  out.reserve(d->size);
  size_t pos = 0;
  Value k;
  int64_t h;
  while (dict_next_hash(d, &pos, &k, nullptr, &h)) out.push_back({Ref::borrow(k), h});
  return out;
}

void clear_internal(Set* so) {
  SetEntry* table;
  size_t mask;
  {
    CriticalSection cs(so);
    table = so->table;
    mask = so->mask;
    so->table = alloc_table(kMinSize);
    so->mask = kMinSize - 1;
    so->fill = 0;
    so->used = 0;
    so->hash_cache = -1;
  }
  for (size_t i = 0; i <= mask; i++)
    if (is_active(table[i].key)) decref(table[i].key);
  raw_free(table);
}

// ---- allocation ------------------------------------------------------------------------------

Set* alloc_set(TypeObject* type) {
  size_t size = type->basic_size < sizeof(Set) ? sizeof(Set) : type->basic_size;
  Set* s = new_object_sized<Set>(type, size);
  if (size > sizeof(Set)) std::memset(reinterpret_cast<char*>(s) + sizeof(Set), 0, size - sizeof(Set));
  s->table = alloc_table(kMinSize);
  s->mask = kMinSize - 1;
  return s;
}

void set_dealloc(Object* o) {
  Set* s = static_cast<Set*>(o);
  for (size_t i = 0; i <= s->mask; i++)
    if (is_active(s->table[i].key)) decref(s->table[i].key);
  raw_free(s->table);
  delete_object(s);
}

bool is_anyset(Value v) { return is_set(v); }
bool is_exact_dict(Value v) { return v.is_object() && v.type() == &DictType; }

// ---- merging (set_merge / set_update_dict / set_update_iterable) -------------------------------

Status merge(Set* so, Set* other) {
  if (so == other) return ok();
  {
    CriticalSection2 cs(so, other);
    if (other->used == 0) return ok();
    if ((so->fill + other->used) * 5 >= so->mask * 3) table_resize(so, (so->used + other->used) * 2);
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
      for (size_t i = 0; i <= other->mask; i++) {
        Value key = other->table[i].key;
        if (key) {
          incref(key);
          so->table[i].key = key;
          so->table[i].hash = other->table[i].hash;
        }
      }
      so->fill = other->fill;
      so->used = other->used;
      return ok();
    }
    if (so->fill == 0) {
      so->fill = other->used;
      so->used = other->used;
      for (size_t i = 0; i <= other->mask; i++) {
        Value key = other->table[i].key;
        if (is_active(key)) {
          incref(key);
          insert_clean(so->table, so->mask, key, other->table[i].hash);
        }
      }
      return ok();
    }
  }
  for (Snap& e : snapshot(other)) TRY(add_entry(so, std::move(e.key), e.hash));
  return ok();
}

Status update_dict(Set* so, Dict* d) {
  {
    CriticalSection cs(so);
    size_t dictsize = d->size;
    if ((so->fill + dictsize) * 5 >= so->mask * 3) table_resize(so, (so->used + dictsize) * 2);
  }
  for (Snap& e : dict_snapshot(d)) TRY(add_entry(so, std::move(e.key), e.hash));
  return ok();
}

Status update_iterable(Set* so, Value other) {
  Ref it = TRY(get_iter(other));
  for (;;) {
    Ref key = TRY(iter_next(it));
    if (!key) return ok();
    int64_t h = TRY(object_hash_for_key(key));
    TRY(add_entry(so, std::move(key), h));
  }
}

Status update_internal(Set* so, Value other) {
  if (is_anyset(other)) return merge(so, S(other));
  if (is_exact_dict(other)) return update_dict(so, as<Dict>(other));
  return update_iterable(so, other);
}

Ref make_new_set(TypeObject* type) { return Ref::steal(alloc_set(type)); }

Result<Ref> make_new_set(TypeObject* type, Value iterable) {
  Ref s = make_new_set(type);
  if (iterable) TRY(update_internal(S(s), iterable));
  return s;
}

TypeObject* basetype(TypeObject* type) {
  if (type == &SetType || type == &FrozenSetType) return type;
  return is_subtype(type, &SetType) ? &SetType : &FrozenSetType;
}

Result<Ref> copy_of(Set* so) {
  Ref c = make_new_set(basetype(so->type));
  TRY(merge(S(c), so));
  return c;
}

// ---- set algebra -----------------------------------------------------------------------------

Result<Ref> intersection(Set* so, Value other) {
  if (Value(so) == other) return copy_of(so);
  Ref result = make_new_set(basetype(so->type));
  if (is_anyset(other)) {
    Set* a = so;
    Set* b = S(other);
    if (b->used > a->used) std::swap(a, b);
    // iterate b (the smaller), probe a
    for (Snap& e : snapshot(b)) {
      if (TRY(contains_entry(a, e.key, e.hash))) TRY(add_entry(S(result), std::move(e.key), e.hash));
    }
    return result;
  }
  Ref it = TRY(get_iter(other));
  for (;;) {
    Ref key = TRY(iter_next(it));
    if (!key) break;
    int64_t h = TRY(hash(key));
    if (TRY(contains_entry(so, key, h))) {
      TRY(add_entry(S(result), std::move(key), h));
      if (S(result)->used >= so->used) break;
    }
  }
  return result;
}

void swap_bodies(Set* a, Set* b) {
  std::swap(a->table, b->table);
  std::swap(a->mask, b->mask);
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  if (is_instance_of(Value(a), &FrozenSetType) && is_instance_of(Value(b), &FrozenSetType)) {
    std::swap(a->hash_cache, b->hash_cache);
  } else {
    a->hash_cache = -1;
    b->hash_cache = -1;
  }
}

Status difference_update_internal(Set* so, Value other) {
  if (Value(so) == other) {
    clear_internal(so);
    return ok();
  }
  if (is_anyset(other)) {
    Ref o = Ref::borrow(other);
    if ((S(other)->used >> 3) > so->used) o = TRY(intersection(so, other));
    for (Snap& e : snapshot(S(o))) TRY(discard_entry(so, e.key, e.hash));
  } else {
    Ref it = TRY(get_iter(other));
    for (;;) {
      Ref key = TRY(iter_next(it));
      if (!key) break;
      TRY(discard_key(so, key));
    }
  }
  CriticalSection cs(so);
  if ((so->fill - so->used) <= so->mask / 4) return ok();
  table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
  return ok();
}

Result<Ref> copy_and_difference(Set* so, Value other) {
  Ref result = TRY(copy_of(so));
  TRY(difference_update_internal(S(result), other));
  return result;
}

Result<Ref> difference(Set* so, Value other) {
  size_t other_size;
  if (is_anyset(other)) other_size = S(other)->used;
  else if (is_exact_dict(other)) other_size = as<Dict>(other)->size;
  else return copy_and_difference(so, other);
  if ((so->used >> 2) > other_size) return copy_and_difference(so, other);
  Ref result = make_new_set(basetype(so->type));
  for (Snap& e : snapshot(so)) {
    bool in;
    if (is_exact_dict(other)) {
      Ref v = TRY(dict_get_known_hash(as<Dict>(other), e.key, e.hash));
      in = bool(v);
    } else {
      in = TRY(contains_entry(S(other), e.key, e.hash));
    }
    if (!in) TRY(add_entry(S(result), std::move(e.key), e.hash));
  }
  return result;
}

Status symmetric_difference_update_entries(Set* so, std::vector<Snap> entries) {
  for (Snap& e : entries) {
    bool removed = TRY(discard_entry(so, e.key, e.hash));
    if (!removed) TRY(add_entry(so, std::move(e.key), e.hash));
  }
  return ok();
}

Status symmetric_difference_update(Set* so, Value other) {
  if (Value(so) == other) {
    clear_internal(so);
    return ok();
  }
  if (is_exact_dict(other)) return symmetric_difference_update_entries(so, dict_snapshot(as<Dict>(other)));
  if (is_anyset(other)) return symmetric_difference_update_entries(so, snapshot(S(other)));
  Ref otherset = TRY(make_new_set(basetype(so->type), other));
  return symmetric_difference_update_entries(so, snapshot(S(otherset)));
}

Result<Ref> symmetric_difference(Set* so, Value other) {
  Ref result = make_new_set(basetype(so->type));
  TRY(update_internal(S(result), other));
  TRY(symmetric_difference_update_entries(S(result), snapshot(so)));
  return result;
}

Result<bool> issubset(Set* so, Value other) {
  if (!is_anyset(other)) {
    Ref tmp = TRY(intersection(so, other));
    return S(tmp)->used == so->used;
  }
  if (so->used > S(other)->used) return false;
  for (Snap& e : snapshot(so))
    if (!TRY(contains_entry(S(other), e.key, e.hash))) return false;
  return true;
}

Result<bool> issuperset(Set* so, Value other) {
  if (is_anyset(other)) return issubset(S(other), Value(so));
  Ref it = TRY(get_iter(other));
  for (;;) {
    Ref key = TRY(iter_next(it));
    if (!key) return true;
    if (!TRY(contains_key(so, key))) return false;
  }
}

Result<bool> isdisjoint(Set* so, Value other) {
  if (Value(so) == other) return so->used == 0;
  if (other.is_object() && (other.type() == &SetType || other.type() == &FrozenSetType)) {
    Set* a = so;
    Set* b = S(other);
    if (b->used > a->used) std::swap(a, b);
    for (Snap& e : snapshot(b))
      if (TRY(contains_entry(a, e.key, e.hash))) return false;
    return true;
  }
  Ref it = TRY(get_iter(other));
  for (;;) {
    Ref key = TRY(iter_next(it));
    if (!key) return true;
    if (TRY(contains_key(so, key))) return false;
  }
}

// `key in set` where key may be an (unhashable) set: retried as a frozenset, as CPython.
Result<bool> contains_with_frozen_retry(Set* so, Value key) {
  Result<bool> r = contains_key(so, key);
  if (r.ok() || !is_set(key) || !error_matches(&exc::TypeError)) return r;
  clear_error();
  Ref tmp = TRY(make_new_set(&FrozenSetType, key));
  return contains_key(so, tmp);
}

Result<bool> discard_with_frozen_retry(Set* so, Value key) {
  Result<bool> r = discard_key(so, key);
  if (r.ok() || !is_set(key) || !error_matches(&exc::TypeError)) return r;
  clear_error();
  Ref tmp = TRY(make_new_set(&FrozenSetType, key));
  return discard_key(so, tmp);
}

// ---- slots -----------------------------------------------------------------------------------

Result<Ref> set_repr(Value self) {
  Set* so = S(self);
  const char* name = self.type()->name;
  if (repr_enter(self.obj())) return make_str(std::string(name) + "(...)");
  struct Leave {
    Object* o;
    ~Leave() { repr_leave(o); }
  } leave{self.obj()};
  if (so->used == 0) return make_str(std::string(name) + "()");
  NativeRecursionGuard guard;
  if (!guard.ok()) return kError;
  std::string items;
  bool first = true;
  for (Snap& e : snapshot(so)) {
    if (!first) items += ", ";
    first = false;
    items += TRY(repr_utf8(e.key));
  }
  if (self.type() == &SetType) return make_str("{" + items + "}");
  return make_str(std::string(name) + "({" + items + "})");
}

Result<int64_t> set_len(Value self) { return int64_t(S(self)->used); }

Result<bool> set_contains_slot(Value self, Value key) { return contains_with_frozen_retry(S(self), key); }

Result<int64_t> set_unhashable(Value self) {
  return raise(exc::TypeError, std::string("unhashable type: '") + type_name(self) + "'");
}

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

Result<int64_t> frozenset_hash(Value self) {
  Set* so = S(self);
  // A frozenset is shared read-only between threads; several may fill the cache at once
  // (benign: the same value), hence the relaxed atomic accesses.
  std::atomic_ref<int64_t> cache(so->hash_cache);
  if (int64_t h = cache.load(std::memory_order_relaxed); h != -1) return h;
  uint64_t hash = 0;
  {
    CriticalSection cs(so);
    for (size_t i = 0; i <= so->mask; i++) hash ^= shuffle_bits(uint64_t(so->table[i].hash));
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits(uint64_t(-1));
    hash ^= (uint64_t(so->used) + 1) * 1927868237ULL;
  }
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == uint64_t(-1)) hash = 590923713ULL;
  cache.store(int64_t(hash), std::memory_order_relaxed);
  return int64_t(hash);
}

Result<Ref> set_richcompare(Value v, Value w, CmpOp op) {
  if (!is_anyset(w)) return not_implemented();
  Set* a = S(v);
  Set* b = S(w);
  switch (op) {
    case CmpOp::Eq: {
      if (a->used != b->used) return make_bool(false);
      if (a->hash_cache != -1 && b->hash_cache != -1 && a->hash_cache != b->hash_cache)
        return make_bool(false);
      return make_bool(TRY(issubset(a, w)));
    }
    case CmpOp::Ne: {
      if (a->used != b->used) return make_bool(true);
      if (a->hash_cache != -1 && b->hash_cache != -1 && a->hash_cache != b->hash_cache)
        return make_bool(true);
      return make_bool(!TRY(issubset(a, w)));
    }
    case CmpOp::Le: return make_bool(TRY(issubset(a, w)));
    case CmpOp::Ge: return make_bool(TRY(issuperset(a, w)));
    case CmpOp::Lt:
      if (a->used >= b->used) return make_bool(false);
      return make_bool(TRY(issubset(a, w)));
    case CmpOp::Gt:
      if (a->used <= b->used) return make_bool(false);
      return make_bool(TRY(issuperset(a, w)));
  }
  return not_implemented();
}

// Set iterator ("set_iterator").
struct SetIter : Object {
  Ref set;  // null once exhausted
  int64_t used = 0;
  size_t pos = 0;
  int64_t len = 0;
};

void setiter_dealloc(Object* o) { delete_object(static_cast<SetIter*>(o)); }

Result<Ref> set_iter(Value self) {
  auto* it = new_object<SetIter>(&SetIterType);
  it->set = Ref::borrow(self);
  it->used = int64_t(S(self)->used);
  it->len = it->used;
  return Ref::steal(it);
}

Result<Ref> setiter_self(Value self) { return Ref::borrow(self); }

Result<Ref> setiter_next(Value self) {
  auto* it = as<SetIter>(self);
  if (!it->set) return Ref();
  Set* so = S(it->set.get());
  if (it->used != int64_t(so->used)) {
    it->used = -1;
    return raise(exc::RuntimeError, "Set changed size during iteration");
  }
  Ref key;
  {
    CriticalSection cs(so);
    size_t i = it->pos;
    while (i <= so->mask && !is_active(so->table[i].key)) i++;
    if (i <= so->mask) key = Ref::borrow(so->table[i].key);
    it->pos = i + 1;
  }
  if (!key) {
    it->set.reset();
    return Ref();
  }
  it->len--;
  return key;
}

Result<Ref> setiter_length_hint(Value self, CallArgs) {
  auto* it = as<SetIter>(self);
  int64_t n = 0;
  if (it->set && it->used == int64_t(S(it->set.get())->used)) n = it->len;
  return Ref::small_int(n);
}

const MethodDef kSetIterMethods[] = {
    {"__length_hint__", setiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr},
};

// Operators: both operands must be sets or frozensets.
Result<Ref> set_or(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
  Ref result = TRY(copy_of(S(a)));
  if (a.is(b)) return result;
  TRY(update_internal(S(result), b));
  return result;
}

Result<Ref> set_and(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
  return intersection(S(a), b);
}

Result<Ref> set_sub(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
  return difference(S(a), b);
}

Result<Ref> set_xor(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
  return symmetric_difference(S(a), b);
}

Result<Ref> set_ior(Value a, Value b) {
  if (!is_anyset(b)) return not_implemented();
  TRY(update_internal(S(a), b));
  return Ref::borrow(a);
}

Result<Ref> set_iand(Value a, Value b) {
  if (!is_anyset(b)) return not_implemented();
  Ref tmp = TRY(intersection(S(a), b));
  {
    CriticalSection cs(a.obj());
    swap_bodies(S(a), S(tmp));
  }
  return Ref::borrow(a);
}

Result<Ref> set_isub(Value a, Value b) {
  if (!is_anyset(b)) return not_implemented();
  TRY(difference_update_internal(S(a), b));
  return Ref::borrow(a);
}

Result<Ref> set_ixor(Value a, Value b) {
  if (!is_anyset(b)) return not_implemented();
  TRY(symmetric_difference_update(S(a), b));
  return Ref::borrow(a);
}

// Constructors.
Result<Ref> set_new(TypeObject* type, CallArgs args) { return make_new_set(type); }

Status set_init(Value self, CallArgs args) {
  if (args.nkw() > 0) return raise(exc::TypeError, "set() takes no keyword arguments");
  if (args.nargs > 1)
    return raise(exc::TypeError, std::string(self.type()->name) + " expected at most 1 argument, got " +
                                     std::to_string(args.nargs));
  Set* so = S(self);
  if (so->fill) clear_internal(so);
  so->hash_cache = -1;
  if (args.nargs == 1) return update_internal(so, args[0]);
  return ok();
}

Result<Ref> frozenset_new(TypeObject* type, CallArgs args) {
  if (type == &FrozenSetType && args.nkw() > 0)
    return raise(exc::TypeError, "frozenset() takes no keyword arguments");
  if (args.nargs > 1)
    return raise(exc::TypeError, std::string(type->name) + " expected at most 1 argument, got " +
                                     std::to_string(args.nargs));
  Value iterable = args.nargs ? args[0] : Value();
  if (type == &FrozenSetType && iterable && iterable.is_object() && iterable.type() == &FrozenSetType)
    return Ref::borrow(iterable);
  return make_new_set(type, iterable);
}

Status frozenset_init(Value, CallArgs) { return ok(); }

// ---- methods ---------------------------------------------------------------------------------

Status no_args(CallArgs args, const char* name) {
  if (args.nkw() > 0) return raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
  if (args.nargs != 0)
    return raise(exc::TypeError, std::string(name) + "() takes no arguments (" +
                                     std::to_string(args.nargs) + " given)");
  return ok();
}

// METH_O methods: "set.add() takes exactly one argument (0 given)". The prefix is the type that
// defines the method (set or frozenset), as CPython prints it.
Status one_arg(CallArgs args, Value self, const char* method) {
  std::string name = std::string(is_frozenset(self) ? "frozenset." : "set.") + method;
  if (args.nkw() > 0) return raise(exc::TypeError, name + "() takes no keyword arguments");
  if (args.nargs != 1)
    return raise(exc::TypeError, name + "() takes exactly one argument (" + std::to_string(args.nargs) +
                                     " given)");
  return ok();
}

Result<Ref> m_add(Value self, CallArgs args) {
  TRY(one_arg(args, self, "add"));
  TRY(add_key(S(self), args[0]));
  return none();
}

Result<Ref> m_clear(Value self, CallArgs args) {
  TRY(no_args(args, "set.clear"));
  clear_internal(S(self));
  return none();
}

Result<Ref> m_contains(Value self, CallArgs args) {
  TRY(one_arg(args, self, "__contains__"));
  return make_bool(TRY(contains_with_frozen_retry(S(self), args[0])));
}

Result<Ref> m_copy(Value self, CallArgs args) {
  TRY(no_args(args, "set.copy"));
  return copy_of(S(self));
}

Result<Ref> m_frozenset_copy(Value self, CallArgs args) {
  TRY(no_args(args, "frozenset.copy"));
  if (self.type() == &FrozenSetType) return Ref::borrow(self);
  return copy_of(S(self));
}

Result<Ref> m_discard(Value self, CallArgs args) {
  TRY(one_arg(args, self, "discard"));
  TRY(discard_with_frozen_retry(S(self), args[0]));
  return none();
}

Result<Ref> m_remove(Value self, CallArgs args) {
  TRY(one_arg(args, self, "remove"));
  bool found = TRY(discard_with_frozen_retry(S(self), args[0]));
  if (!found) return raise_key_error(args[0]);
  return none();
}

Result<Ref> m_pop(Value self, CallArgs args) {
  TRY(no_args(args, "set.pop"));
  Set* so = S(self);
  CriticalSection cs(so);
  if (so->used == 0) return raise(exc::KeyError, "pop from an empty set");
  SetEntry* entry = so->table + (so->finger & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (!is_active(entry->key)) {
    entry++;
    if (entry > limit) entry = so->table;
  }
  Ref key = Ref::steal(entry->key);
  entry->key = dummy();
  entry->hash = -1;
  so->used--;
  so->finger = size_t(entry - so->table) + 1;
  return key;
}

Result<Ref> m_union(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "set.union"));
  Set* so = S(self);
  Ref result = TRY(make_new_set(basetype(so->type), self));
  for (size_t i = 0; i < args.nargs; i++) {
    if (args[i] == self) continue;
    TRY(update_internal(S(result), args[i]));
  }
  return result;
}

Result<Ref> m_update(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "set.update"));
  for (size_t i = 0; i < args.nargs; i++) TRY(update_internal(S(self), args[i]));
  return none();
}

Result<Ref> intersection_multi(Value self, CallArgs args) {
  if (args.nargs == 0) return copy_of(S(self));
  Ref result = Ref::borrow(self);
  for (size_t i = 0; i < args.nargs; i++) result = TRY(intersection(S(result), args[i]));
  return result;
}

Result<Ref> m_intersection(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "set.intersection"));
  return intersection_multi(self, args);
}

Result<Ref> m_intersection_update(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "set.intersection_update"));
  Ref tmp = TRY(intersection_multi(self, args));
  {
    CriticalSection cs(self.obj());
    swap_bodies(S(self), S(tmp));
  }
  return none();
}

Result<Ref> m_difference(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "set.difference"));
  if (args.nargs == 0) return copy_of(S(self));
  Ref result = TRY(difference(S(self), args[0]));
  for (size_t i = 1; i < args.nargs; i++) TRY(difference_update_internal(S(result), args[i]));
  return result;
}

Result<Ref> m_difference_update(Value self, CallArgs args) {
  TRY(check_no_kwargs(args, "set.difference_update"));
  for (size_t i = 0; i < args.nargs; i++) TRY(difference_update_internal(S(self), args[i]));
  return none();
}

Result<Ref> m_symmetric_difference(Value self, CallArgs args) {
  TRY(one_arg(args, self, "symmetric_difference"));
  return symmetric_difference(S(self), args[0]);
}

Result<Ref> m_symmetric_difference_update(Value self, CallArgs args) {
  TRY(one_arg(args, self, "symmetric_difference_update"));
  TRY(symmetric_difference_update(S(self), args[0]));
  return none();
}

Result<Ref> m_issubset(Value self, CallArgs args) {
  TRY(one_arg(args, self, "issubset"));
  return make_bool(TRY(issubset(S(self), args[0])));
}

Result<Ref> m_issuperset(Value self, CallArgs args) {
  TRY(one_arg(args, self, "issuperset"));
  return make_bool(TRY(issuperset(S(self), args[0])));
}

Result<Ref> m_isdisjoint(Value self, CallArgs args) {
  TRY(one_arg(args, self, "isdisjoint"));
  return make_bool(TRY(isdisjoint(S(self), args[0])));
}

Result<Ref> m_reduce(Value self, CallArgs args) {
  Ref keys = TRY(list_from_iterable(self));
  Ref a = make_tuple({keys.get()});
  // The state of a subclass instance (its __dict__), None for a plain set, as pickle expects.
  Ref state = TRY(call_method(self, intern("__getstate__"), {}));
  return make_tuple({Value(self.type()), a.get(), state.get()});
}

// Minimal PEP 585 support: set[int] evaluates to the class itself (no types.GenericAlias yet).
Result<Ref> m_class_getitem(Value cls, CallArgs args) {
  TRY(check_nargs(args, "__class_getitem__", 1, 1));
  return Ref::borrow(cls);
}

const MethodDef kSetMethods[] = {
    {"add", m_add, 0, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", m_clear, 0, "Remove all elements from this set."},
    {"__contains__", m_contains, 0, "x.__contains__(y) <==> y in x."},
    {"copy", m_copy, 0, "Return a shallow copy of a set."},
    {"discard", m_discard, 0, "Remove an element from a set if it is a member."},
    {"difference", m_difference, 0, "Return a new set with elements in the set that are not in the others."},
    {"difference_update", m_difference_update, 0, "Update the set, removing elements found in others."},
    {"intersection", m_intersection, 0, "Return a new set with elements common to the set and all others."},
    {"intersection_update", m_intersection_update, 0,
     "Update the set, keeping only elements found in it and all others."},
    {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, 0, "Report whether this set contains another set."},
    {"pop", m_pop, 0, "Remove and return an arbitrary set element."},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {"remove", m_remove, 0, "Remove an element from a set; it must be a member."},
    {"symmetric_difference", m_symmetric_difference, 0,
     "Return a new set with elements in either the set or other but not both."},
    {"symmetric_difference_update", m_symmetric_difference_update, 0,
     "Update the set, keeping only elements found in either set, but not in both."},
    {"union", m_union, 0, "Return a new set with elements from the set and all others."},
    {"update", m_update, 0, "Update the set, adding elements from all others."},
    {"__class_getitem__", m_class_getitem, MethodDef::kClassMethod, "See PEP 585"},
    {nullptr, nullptr},
};

const MethodDef kFrozenSetMethods[] = {
    {"__contains__", m_contains, 0, "x.__contains__(y) <==> y in x."},
    {"copy", m_frozenset_copy, 0, "Return a shallow copy of a set."},
    {"difference", m_difference, 0, "Return a new set with elements in the set that are not in the others."},
    {"intersection", m_intersection, 0, "Return a new set with elements common to the set and all others."},
    {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, 0, "Report whether this set contains another set."},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {"symmetric_difference", m_symmetric_difference, 0,
     "Return a new set with elements in either the set or other but not both."},
    {"union", m_union, 0, "Return a new set with elements from the set and all others."},
    {"__class_getitem__", m_class_getitem, MethodDef::kClassMethod, "See PEP 585"},
    {nullptr, nullptr},
};

void setup_common(TypeObject& t, const char* name) {
  t.name = name;
  t.type = &TypeType;
  t.flags = kTypeBaseType;
  t.basic_size = sizeof(Set);
  t.dealloc = set_dealloc;
  t.repr = set_repr;
  t.richcompare = set_richcompare;
  t.iter = set_iter;
  t.len = set_len;
  t.contains = set_contains_slot;
  t.binop[size_t(BinOp::Or)] = set_or;
  t.binop[size_t(BinOp::And)] = set_and;
  t.binop[size_t(BinOp::Sub)] = set_sub;
  t.binop[size_t(BinOp::Xor)] = set_xor;
}

}  // namespace

// ---- public API (set.h, dictview.h) -------------------------------------------------------------

bool is_set(Value v) {
  if (!v.is_object()) return false;
  TypeObject* t = v.type();
  return t == &SetType || t == &FrozenSetType || is_subtype(t, &SetType) || is_subtype(t, &FrozenSetType);
}

bool is_frozenset(Value v) {
  if (!v.is_object()) return false;
  return v.type() == &FrozenSetType || is_subtype(v.type(), &FrozenSetType);
}

Ref make_set() { return make_new_set(&SetType); }
Ref make_frozenset() { return make_new_set(&FrozenSetType); }

Status set_add(Set* s, Value key) { return add_key(s, key); }

Result<bool> set_contains(Set* s, Value key) { return contains_key(s, key); }

bool set_next(Set* s, size_t* pos, Value* key) {
  size_t i = *pos;
  while (i <= s->mask && !is_active(s->table[i].key)) i++;
  *pos = i + 1;
  if (i > s->mask) return false;
  *key = s->table[i].key;
  return true;
}

Status set_update_from(Set* s, Value iterable) { return update_internal(s, iterable); }
Status set_difference_update_from(Set* s, Value other) { return difference_update_internal(s, other); }
Status set_symmetric_difference_update_from(Set* s, Value other) {
  return symmetric_difference_update(s, other);
}

void init_set_types(TypeList& out) {
  setup_common(SetType, "set");
  SetType.hash = set_unhashable;
  SetType.inplace[size_t(BinOp::Or)] = set_ior;
  SetType.inplace[size_t(BinOp::And)] = set_iand;
  SetType.inplace[size_t(BinOp::Sub)] = set_isub;
  SetType.inplace[size_t(BinOp::Xor)] = set_ixor;
  SetType.new_ = set_new;
  SetType.init = set_init;
  SetType.methods = kSetMethods;
  SetType.doc = "Build an unordered collection of unique elements.";

  setup_common(FrozenSetType, "frozenset");
  FrozenSetType.hash = frozenset_hash;
  FrozenSetType.new_ = frozenset_new;
  FrozenSetType.init = frozenset_init;
  FrozenSetType.methods = kFrozenSetMethods;
  FrozenSetType.doc = "Build an immutable unordered collection of unique elements.";

  SetIterType.name = "set_iterator";
  SetIterType.type = &TypeType;
  SetIterType.basic_size = sizeof(SetIter);
  SetIterType.dealloc = setiter_dealloc;
  SetIterType.iter = setiter_self;
  SetIterType.iternext = setiter_next;
  SetIterType.methods = kSetIterMethods;

  out.push_back(&SetType);
  out.push_back(&FrozenSetType);
  out.push_back(&SetIterType);
}

}  // namespace weft
