// dict views (dict_keys, dict_values, dict_items) and the six dict iterators. Keys and items
// views are set-like: & | - ^ return sets, comparisons compare as sets (CPython's dictobject.c).
#include "objects/dictview.h"

#include <string>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace weft {

TypeObject DictKeysType, DictValuesType, DictItemsType;
TypeObject DictKeyIterType, DictValueIterType, DictItemIterType;
TypeObject DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;

namespace {

struct DictView : Object {
  Ref dict;
};

struct DictIter : Object {
  Ref dict;             // null once exhausted
  size_t pos = 0;       // next entry index (forward) / entry index + 1 (reverse)
  int64_t used = 0;     // dict size when created; -1 after a size change (sticky)
  int64_t len = 0;      // items left
};

inline Dict* view_dict(Value v) { return as<Dict>(as<DictView>(v)->dict.get()); }

bool is_reverse(TypeObject* t) {
  return t == &DictRevKeyIterType || t == &DictRevValueIterType || t == &DictRevItemIterType;
}

enum class Kind { Keys, Values, Items };
Kind iter_kind(TypeObject* t) {
  if (t == &DictKeyIterType || t == &DictRevKeyIterType) return Kind::Keys;
  if (t == &DictValueIterType || t == &DictRevValueIterType) return Kind::Values;
  return Kind::Items;
}

// ---- iterators -------------------------------------------------------------------------------

void iter_dealloc(Object* o) { delete_object(static_cast<DictIter*>(o)); }

Result<Ref> iter_self(Value self) { return Ref::borrow(self); }

Result<Ref> iter_next_slot(Value self) {
  auto* it = as<DictIter>(self);
  if (!it->dict) return Ref();
  Dict* d = as<Dict>(it->dict.get());
  if (it->used != int64_t(dict_size(Value(d)))) {
    it->used = -1;  // sticky
    return raise(exc::RuntimeError, "dictionary changed size during iteration");
  }
  Ref k, v;
  bool found = false;
  {
    CriticalSection cs(d);
    if (is_reverse(self.type())) {
      size_t i = it->pos > d->entries_used ? d->entries_used : it->pos;
      while (i > 0) {
        DictEntry& e = d->entries[i - 1];
        i--;
        if (e.key) {
          k = Ref::borrow(e.key);
          v = Ref::borrow(e.value);
          found = true;
          break;
        }
      }
      it->pos = i;
    } else {
      size_t i = it->pos;
      while (i < d->entries_used) {
        DictEntry& e = d->entries[i++];
        if (e.key) {
          k = Ref::borrow(e.key);
          v = Ref::borrow(e.value);
          found = true;
          break;
        }
      }
      it->pos = i;
    }
  }
  if (!found) {
    it->dict.reset();
    return Ref();
  }
  if (it->len == 0) {
    it->dict.reset();
    return raise(exc::RuntimeError, "dictionary keys changed during iteration");
  }
  it->len--;
  switch (iter_kind(self.type())) {
    case Kind::Keys: return k;
    case Kind::Values: return v;
    case Kind::Items: return make_tuple({k.get(), v.get()});
  }
  return Ref();
}

Result<Ref> iter_length_hint(Value self, CallArgs args) {
  auto* it = as<DictIter>(self);
  int64_t n = 0;
  if (it->dict && it->used == int64_t(as<Dict>(it->dict.get())->size)) n = it->len;
  return Ref::small_int(n);
}

const MethodDef kIterMethods[] = {
    {"__length_hint__", iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr},
};

// ---- views -----------------------------------------------------------------------------------

void view_dealloc(Object* o) { delete_object(static_cast<DictView*>(o)); }

Result<int64_t> view_len(Value self) { return int64_t(view_dict(self)->size); }

TypeObject* iter_type_for(TypeObject* view, bool reverse) {
  if (view == &DictKeysType) return reverse ? &DictRevKeyIterType : &DictKeyIterType;
  if (view == &DictValuesType) return reverse ? &DictRevValueIterType : &DictValueIterType;
  return reverse ? &DictRevItemIterType : &DictItemIterType;
}

Result<Ref> view_iter(Value self) { return make_dict_iter(iter_type_for(self.type(), false), view_dict(self)); }

Result<Ref> view_reversed(Value self, CallArgs args) {
  return make_dict_iter(iter_type_for(self.type(), true), view_dict(self));
}

Result<bool> keys_contains(Value self, Value key) {
  Ref v = TRY(dict_get(view_dict(self), key));
  return bool(v);
}

Result<bool> items_contains(Value self, Value item) {
  if (!is_tuple(item) || tuple_size(item) != 2) return false;
  Ref v = TRY(dict_get(view_dict(self), tuple_item(item, 0)));
  if (!v) return false;
  return equals(v, tuple_item(item, 1));
}

Result<bool> values_contains(Value self, Value item) {
  Ref it = TRY(view_iter(self));
  for (;;) {
    Ref v = TRY(iter_next(it));
    if (!v) return false;
    if (TRY(equals(v, item))) return true;
  }
}

Result<Ref> view_repr(Value self) {
  if (repr_enter(self.obj())) return make_str("...");
  struct Leave {
    Object* o;
    ~Leave() { repr_leave(o); }
  } leave{self.obj()};
  Ref l = TRY(list_from_iterable(self));
  std::string s = self.type()->name;
  s += "(";
  s += TRY(repr_utf8(l));
  s += ")";
  return make_str(s);
}

bool is_setlike_view(Value v) {
  return v.is_object() && (v.type() == &DictKeysType || v.type() == &DictItemsType);
}

Result<bool> view_contains_any(Value view, Value item) {
  return view.type() == &DictKeysType ? keys_contains(view, item) : items_contains(view, item);
}

// True if every element of a is in b.
Result<bool> all_contained_in(Value a, Value b) {
  Ref it = TRY(get_iter(a));
  for (;;) {
    Ref x = TRY(iter_next(it));
    if (!x) return true;
    bool in = TRY(contains(b, x));
    if (!in) return false;
  }
}

Result<Ref> view_richcompare(Value self, Value other, CmpOp op) {
  if (!is_set(other) && !is_setlike_view(other)) return not_implemented();
  int64_t la = TRY(length(self));
  int64_t lb = TRY(length(other));
  bool r = false;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
      r = la == lb && TRY(all_contained_in(self, other));
      if (op == CmpOp::Ne) r = !r;
      break;
    case CmpOp::Lt: r = la < lb && TRY(all_contained_in(self, other)); break;
    case CmpOp::Le: r = la <= lb && TRY(all_contained_in(self, other)); break;
    case CmpOp::Gt: r = la > lb && TRY(all_contained_in(other, self)); break;
    case CmpOp::Ge: r = la >= lb && TRY(all_contained_in(other, self)); break;
  }
  return make_bool(r);
}

Result<Ref> set_of(Value iterable) {
  Ref s = make_set();
  TRY(set_update_from(as<Set>(s), iterable));
  return s;
}

Result<Ref> views_and(Value a, Value b) {
  Value self = a, other = b;
  if (!is_setlike_view(self)) std::swap(self, other);
  int64_t len_self = TRY(length(self));
  if (other.is_object() && other.type() == &SetType) {
    int64_t len_other = TRY(length(other));
    if (len_self <= len_other) return call_method(other, intern("intersection"), {self});
  }
  if (is_setlike_view(other)) {
    int64_t len_other = TRY(length(other));
    if (len_other > len_self) std::swap(self, other);
  }
  Ref result = make_set();
  Ref it = TRY(get_iter(other));
  for (;;) {
    Ref x = TRY(iter_next(it));
    if (!x) break;
    if (TRY(view_contains_any(self, x))) TRY(set_add(as<Set>(result), x));
  }
  return result;
}

Result<Ref> views_or(Value a, Value b) {
  Ref result = TRY(set_of(a));
  TRY(set_update_from(as<Set>(result), b));
  return result;
}

Result<Ref> views_sub(Value a, Value b) {
  Ref result = TRY(set_of(a));
  TRY(set_difference_update_from(as<Set>(result), b));
  return result;
}

Result<Ref> views_xor(Value a, Value b) {
  Ref result = TRY(set_of(a));
  TRY(set_symmetric_difference_update_from(as<Set>(result), b));
  return result;
}

Result<Ref> view_isdisjoint(Value self, CallArgs args) {
  if (args.nkw() > 0 || args.nargs != 1)
    return raise(exc::TypeError, std::string(self.type()->name) +
                                     ".isdisjoint() takes exactly one argument (" +
                                     std::to_string(args.nargs) + " given)");
  Value other = args[0];
  if (self.is(other)) {
    return make_bool(view_dict(self)->size == 0);
  }
  Value small = other, big = self;
  if (is_set(other) || is_setlike_view(other)) {
    int64_t lo = TRY(length(other));
    int64_t ls = TRY(length(self));
    if (lo > ls) std::swap(small, big);
  }
  Ref it = TRY(get_iter(small));
  for (;;) {
    Ref x = TRY(iter_next(it));
    if (!x) return make_bool(true);
    if (TRY(contains(big, x))) return make_bool(false);
  }
}

Result<Ref> view_mapping(Value self) { return Ref::borrow(as<DictView>(self)->dict.get()); }

const MethodDef kSetViewMethods[] = {
    {"isdisjoint", view_isdisjoint, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", view_reversed, 0, "Return a reverse iterator over the dict keys."},
    {nullptr, nullptr},
};

const MethodDef kValuesMethods[] = {
    {"__reversed__", view_reversed, 0, "Return a reverse iterator over the dict values."},
    {nullptr, nullptr},
};

const GetSetDef kViewGetSets[] = {
    {"mapping", view_mapping, nullptr, "dictionary that this view refers to"},
    {nullptr, nullptr},
};

Result<int64_t> unhashable(Value self) {
  return raise(exc::TypeError, std::string("unhashable type: '") + type_name(self) + "'");
}

void setup_view(TypeObject& t, const char* name) {
  t.name = name;
  t.type = &TypeType;
  t.basic_size = sizeof(DictView);
  t.dealloc = view_dealloc;
  t.len = view_len;
  t.iter = view_iter;
  t.repr = view_repr;
  t.getsets = kViewGetSets;
}

void setup_iter(TypeObject& t, const char* name) {
  t.name = name;
  t.type = &TypeType;
  t.basic_size = sizeof(DictIter);
  t.dealloc = iter_dealloc;
  t.iter = iter_self;
  t.iternext = iter_next_slot;
  t.methods = kIterMethods;
}

}  // namespace

Ref make_dict_view(TypeObject* type, Dict* d) {
  auto* v = new_object<DictView>(type);
  v->dict = Ref::borrow(Value(d));
  return Ref::steal(v);
}

Ref make_dict_iter(TypeObject* type, Dict* d) {
  auto* it = new_object<DictIter>(type);
  it->dict = Ref::borrow(Value(d));
  CriticalSection cs(d);
  it->used = int64_t(d->size);
  it->len = int64_t(d->size);
  it->pos = is_reverse(type) ? d->entries_used : 0;
  return Ref::steal(it);
}

void init_dictview_types(TypeList& out) {
  setup_view(DictKeysType, "dict_keys");
  DictKeysType.contains = keys_contains;
  setup_view(DictItemsType, "dict_items");
  DictItemsType.contains = items_contains;
  for (TypeObject* t : {&DictKeysType, &DictItemsType}) {
    t->richcompare = view_richcompare;
    t->hash = unhashable;
    t->binop[size_t(BinOp::And)] = views_and;
    t->binop[size_t(BinOp::Or)] = views_or;
    t->binop[size_t(BinOp::Sub)] = views_sub;
    t->binop[size_t(BinOp::Xor)] = views_xor;
    t->methods = kSetViewMethods;
  }
  setup_view(DictValuesType, "dict_values");
  DictValuesType.contains = values_contains;
  DictValuesType.methods = kValuesMethods;

  setup_iter(DictKeyIterType, "dict_keyiterator");
  setup_iter(DictValueIterType, "dict_valueiterator");
  setup_iter(DictItemIterType, "dict_itemiterator");
  setup_iter(DictRevKeyIterType, "dict_reversekeyiterator");
  setup_iter(DictRevValueIterType, "dict_reversevalueiterator");
  setup_iter(DictRevItemIterType, "dict_reverseitemiterator");

  for (TypeObject* t : {&DictKeysType, &DictValuesType, &DictItemsType, &DictKeyIterType,
                        &DictValueIterType, &DictItemIterType, &DictRevKeyIterType,
                        &DictRevValueIterType, &DictRevItemIterType})
    out.push_back(t);
}

}  // namespace weft
