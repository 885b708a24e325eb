// The type `type`: readying built-in types, class creation (type_new), C3 MRO, type attributes.
#include "objects/type.h"

#include <atomic>
#include <cstring>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/cell.h"
#include "objects/float.h"
#include "bytecode/code.h"  // function.h needs Code complete
#include "objects/function.h"
#include "objects/init.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/slots.h"
#include "objects/str.h"
#include "objects/super.h"
#include "objects/tuple.h"
#include "concurrency/ft_atomic.h"
#include "vm/interpreter.h"
#include "vm/state.h"

namespace weft {

TypeObject TypeType;

Result<Ref> object_new(TypeObject* type, CallArgs args);  // object_type.cpp
Status object_init(Value self, CallArgs args);
void heap_dealloc(Object* o);
void init_object_type();
void init_descriptor_types(TypeList& out);  // descriptors.cpp
void init_property_type(TypeList& out);     // property.cpp
void init_super_type(TypeList& out);        // super.cpp
void init_union_type(TypeList& out);        // below
const MethodDef* class_getitem_def();       // below

namespace {

constexpr uint32_t kInheritedFlags = kTypeIntSubclass | kTypeStrSubclass | kTypeListSubclass |
                                     kTypeTupleSubclass | kTypeDictSubclass |
                                     kTypeExceptionSubclass | kTypeTypeSubclass | kTypeHasDict;

// A Str for a name used as a key in a built-in type's dict: the ids:: string when there is one
// (pointer-equal lookups), else a new immortal string.
const struct IdEntry {
  const char* text;
  Str** id;
} kIdTable[] = {
#define ID(cname, text) {text, &ids::cname},
#include "objects/ids.def"
#undef ID
};

Ref immortal_name(std::string_view text) {
  for (const IdEntry& e : kIdTable)
    if (text == e.text) return Ref::borrow(Value(*e.id));
  Ref s = make_str(text);
  make_immortal(s.obj());
  return s;
}

Ref immortal(Ref r) {
  if (r.get().is_object()) make_immortal(r.obj());
  return r;
}

template <class T, class M>
size_t member_offset(M T::*m) {
  // offsetof for non-standard-layout structs (an Object header then members).
  T* p = reinterpret_cast<T*>(uintptr_t(4096));
  return size_t(reinterpret_cast<uintptr_t>(&(p->*m)) - uintptr_t(4096));
}

bool is_subtype_static(TypeObject* t, TypeObject* b) {
  for (; t; t = t->base)
    if (t == b) return true;
  return false;
}

// Built-in types whose instances carry more than an object header: make sure basic_size covers
// the C++ struct whatever the defining file set, so layout checks and subclasses are right.
void fix_known_size(TypeObject* t) {
  auto at_least = [t](size_t n) { if (t->basic_size < n) t->basic_size = n; };
  if (t == &IntType) at_least(sizeof(BigInt));
  else if (t == &FloatType) at_least(sizeof(Float));
  else if (t == &StrType) at_least(member_offset(&Str::data));
  else if (t == &BytesType) at_least(member_offset(&Bytes::data));
  else if (t == &ByteArrayType) at_least(sizeof(ByteArray));
  else if (t == &TupleType) at_least(member_offset(&Tuple::items));
  else if (t == &ListType) at_least(sizeof(List));
  else if (t == &DictType) at_least(sizeof(Dict));
  else if (t == &SetType || t == &FrozenSetType) at_least(sizeof(Set));
  else if (t == &ModuleType) at_least(sizeof(Module));
  else if (t == &exc::BaseException) at_least(sizeof(BaseExceptionObject));
  else if (t == &TypeType) at_least(sizeof(HeapType));
  if (t->base && t->basic_size < t->base->basic_size) t->basic_size = t->base->basic_size;
  if (t == &exc::BaseException && t->dict_offset == 0)
    t->dict_offset = ptrdiff_t(member_offset(&BaseExceptionObject::dict));
}

void inherit_slots(TypeObject* t, TypeObject* b) {
#define INHERIT(f) if (!t->f) t->f = b->f
  INHERIT(dealloc);
  INHERIT(repr);
  INHERIT(str);
  // hash and richcompare go together: a type that defines == without hash is unhashable.
  if (!t->richcompare && !t->hash) {
    t->richcompare = b->richcompare;
    t->hash = b->hash;
  }
  INHERIT(getattr);
  INHERIT(setattr);
  INHERIT(call);
  INHERIT(iter);
  INHERIT(iternext);
  for (size_t i = 0; i < size_t(BinOp::kCount); ++i) {
    INHERIT(binop[i]);
    INHERIT(inplace[i]);
  }
  INHERIT(neg);
  INHERIT(pos);
  INHERIT(invert);
  INHERIT(abs);
  INHERIT(truth);
  INHERIT(len);
  INHERIT(getitem);
  INHERIT(setitem);
  INHERIT(contains);
  INHERIT(index);
  INHERIT(to_int);
  INHERIT(to_float);
  INHERIT(descr_get);
  INHERIT(descr_set);
  INHERIT(init);
  if (!t->dict_offset) t->dict_offset = b->dict_offset;
#undef INHERIT
}

void dict_put(TypeObject* t, std::string_view name, Ref v) {
  Ref key = immortal_name(name);
  Value existing = dict_get_str(as<Dict>(t->dict), as<Str>(key));
  if (existing) return;
  (void)dict_set_str(as<Dict>(t->dict), as<Str>(key), v);
}

std::string short_name(const char* tp_name) {
  const char* dot = std::strrchr(tp_name, '.');
  return dot ? std::string(dot + 1) : std::string(tp_name);
}

}  // namespace

void type_ready(TypeObject* t) {
  if (t->flags & kTypeReady) return;
  t->flags |= kTypeReady;
  make_immortal(t);
  if (!t->type) t->type = &TypeType;
  if (t != &ObjectType && !t->base) t->base = &ObjectType;
  if (t->base) type_ready(t->base);
  if (t == &TypeType) t->flags |= kTypeTypeSubclass;
  if (is_subtype_static(t, &exc::BaseException)) t->flags |= kTypeExceptionSubclass;
  if (t->base) t->flags |= t->base->flags & kInheritedFlags;
  fix_known_size(t);

  t->bases = immortal(t->base ? make_tuple({Value(t->base)}) : empty_tuple());
  size_t nbase = t->base ? tuple_size(t->base->mro) : 0;
  Ref mro = make_tuple(1 + nbase);
  tuple_init_item(as<Tuple>(mro), 0, Ref::borrow(Value(t)));
  for (size_t i = 0; i < nbase; ++i)
    tuple_init_item(as<Tuple>(mro), i + 1, Ref::borrow(tuple_item(t->base->mro, i)));
  t->mro = immortal(std::move(mro));
  t->dict = immortal(make_dict());
  std::string sname = short_name(t->name);
  t->name_str = immortal(make_str(sname));
  t->qualname = t->name_str;

  // PEP 585 generics: list[int] is a types.GenericAlias (this entry wins over a method-table one).
  if (t == &ListType || t == &DictType || t == &TupleType || t == &SetType || t == &FrozenSetType ||
      t == &TypeType) {
    Ref d = make_method_descr(t, class_getitem_def());
    d.obj()->type = &ClassMethodDescrType;
    dict_put(t, "__class_getitem__", immortal(std::move(d)));
  }
  if (t->methods) {
    for (const MethodDef* m = t->methods; m->name; ++m) {
      Ref d;
      if (m->flags & MethodDef::kStaticMethod) {
        d = make_staticmethod(immortal(make_native_function(m, Value(), Value())));
      } else if (m->flags & MethodDef::kClassMethod) {
        d = make_method_descr(t, m);
        d.obj()->type = &ClassMethodDescrType;
      } else {
        d = make_method_descr(t, m);
      }
      dict_put(t, m->name, immortal(std::move(d)));
    }
  }
  if (t->getsets)
    for (const GetSetDef* g = t->getsets; g->name; ++g)
      dict_put(t, g->name, immortal(make_getset_descr(t, g)));
  add_slot_wrappers(t);
  if (t->new_) dict_put(t, "__new__", immortal(make_native_function(&kTpNewDef, Value(t), Value())));
  dict_put(t, "__doc__", t->doc ? immortal(make_str(t->doc)) : none());
  if (const char* dot = std::strrchr(t->name, '.'))
    dict_put(t, "__module__", immortal(make_str(std::string_view(t->name, size_t(dot - t->name)))));
  // A type that defines == but not hash is unhashable (list, dict, set).
  if (t->richcompare && !t->hash) dict_put(t, "__hash__", none());

  // new_ is inherited only by types with the same layout (a bare object of an iterator type
  // would crash its methods: "cannot create 'list_iterator' instances" instead).
  if (!t->new_ && t->base && t->base->basic_size == t->basic_size && t->base != &ObjectType)
    t->new_ = t->base->new_;
  if (t->base) inherit_slots(t, t->base);
  type_modified(t);  // lookups during start-up may have cached a partial dict
}

// ---- class creation --------------------------------------------------------------------------

namespace {

bool is_python_function(Value v) { return is_function(v); }

// C3 linearisation of bases (each a type).
Result<Ref> compute_mro(TypeObject* t, Value bases) {
  std::vector<std::vector<TypeObject*>> seqs;
  size_t n = tuple_size(bases);
  for (size_t i = 0; i < n; ++i) {
    TypeObject* b = as<TypeObject>(tuple_item(bases, i));
    std::vector<TypeObject*> s;
    for (size_t j = 0; j < tuple_size(b->mro); ++j) s.push_back(as<TypeObject>(tuple_item(b->mro, j)));
    seqs.push_back(std::move(s));
  }
  std::vector<TypeObject*> blist;
  for (size_t i = 0; i < n; ++i) blist.push_back(as<TypeObject>(tuple_item(bases, i)));
  seqs.push_back(blist);
  std::vector<size_t> heads(seqs.size(), 0);
  std::vector<TypeObject*> result{t};
  for (;;) {
    bool empty = true;
    TypeObject* cand = nullptr;
    for (size_t i = 0; i < seqs.size(); ++i) {
      if (heads[i] >= seqs[i].size()) continue;
      empty = false;
      TypeObject* c = seqs[i][heads[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; ++j)
        for (size_t k = heads[j] + 1; k < seqs[j].size(); ++k)
          if (seqs[j][k] == c) { in_tail = true; break; }
      if (!in_tail) { cand = c; break; }
    }
    if (empty) break;
    if (!cand) {
      std::string msg = "Cannot create a consistent method resolution order (MRO) for bases ";
      std::vector<TypeObject*> seen;
      for (size_t i = 0; i < seqs.size(); ++i) {
        if (heads[i] >= seqs[i].size()) continue;
        TypeObject* c = seqs[i][heads[i]];
        bool dup = false;
        for (TypeObject* s : seen) dup |= s == c;
        if (dup) continue;
        if (!seen.empty()) msg += ", ";
        seen.push_back(c);
        msg += str_view(c->name_str);
      }
      return raise(exc::TypeError, msg);
    }
    result.push_back(cand);
    for (size_t i = 0; i < seqs.size(); ++i)
      if (heads[i] < seqs[i].size() && seqs[i][heads[i]] == cand) ++heads[i];
  }
  Ref tup = make_tuple(result.size());
  for (size_t i = 0; i < result.size(); ++i)
    tuple_init_item(as<Tuple>(tup), i, Ref::borrow(Value(result[i])));
  return tup;
}

// The base that determines the instance layout (CPython's solid_base).
TypeObject* solid_base(TypeObject* t) {
  if (!t->base) return t;
  if (t->flags & kTypeHeapType) {
    auto* h = static_cast<HeapType*>(t);
    if (h->slot_names && tuple_size(h->slot_names) > 0) return t;
    return solid_base(t->base);
  }
  if (t->basic_size != t->base->basic_size) return t;
  return solid_base(t->base);
}

bool is_identifier(std::string_view s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c >= 0x80) continue;
    if (!(std::isalpha(c) || c == '_' || (i > 0 && std::isdigit(c)))) return false;
  }
  return true;
}

std::string mangle(std::string_view cls, std::string_view name) {
  if (name.size() < 2 || name.substr(0, 2) != "__") return std::string(name);
  if (name.size() >= 4 && name.substr(name.size() - 2) == "__") return std::string(name);
  if (name.find('.') != std::string_view::npos) return std::string(name);
  size_t i = 0;
  while (i < cls.size() && cls[i] == '_') ++i;
  if (i == cls.size()) return std::string(name);
  return "_" + std::string(cls.substr(i)) + std::string(name);
}

Result<Ref> subtype_dict_get(Value self) {
  Value d = instance_dict(self, true);
  if (!d) return raise(exc::AttributeError, std::string("This object has no __dict__"));
  return Ref::borrow(d);
}
Status subtype_dict_set(Value self, Value v) {
  if (!v) return raise(exc::TypeError, "cannot delete __dict__");
  if (!is_dict(v))
    return raise(exc::TypeError,
                 std::string("__dict__ must be set to a dictionary, not a '") + type_name(v) + "'");
  Value d = instance_dict(self, true);
  if (!d) return raise(exc::AttributeError, std::string("This object has no __dict__"));
  TypeObject* t = self.type();
  if (t->dict_offset > 0) {
    Value* slot = reinterpret_cast<Value*>(reinterpret_cast<char*>(self.obj()) + t->dict_offset);
    Value old = *slot;
    incref(v);
    *slot = v;
    decref(old);
    return ok();
  }
  // Side-table dicts: replace the contents instead.
  Dict* dd = as<Dict>(d);
  std::vector<Ref> keys;
  size_t pos = 0;
  Value k, val;
  while (dict_next(dd, &pos, &k, &val)) keys.push_back(Ref::borrow(k));
  for (Ref& key : keys) TRY(dict_del(dd, key));
  return dict_update(dd, v);
}
Result<Ref> subtype_weakref_get(Value) { return none(); }

const GetSetDef kSubtypeDictGetSets[] = {
    {"__dict__", subtype_dict_get, subtype_dict_set, "dictionary for instance variables"},
    {"__weakref__", subtype_weakref_get, nullptr, "list of weak references to the object"},
    {nullptr, nullptr},
};

Status call_init_subclass(TypeObject* t, Value kwargs) {
  // super(t, t).__init_subclass__(**kwargs)
  Value mro = t->mro;
  Value func;
  for (size_t i = 1; i < tuple_size(mro) && !func; ++i)
    func = dict_get_str(as<Dict>(as<TypeObject>(tuple_item(mro, i))->dict), ids::dunder_init_subclass);
  if (!func) return ok();
  Ref bound;
  if (func.type()->descr_get) bound = TRY(func.type()->descr_get(func, Value(), Value(t)));
  else bound = Ref::borrow(func);
  std::vector<Value> argv;
  Ref kwnames;
  if (kwargs && dict_size(kwargs) > 0) {
    kwnames = make_tuple(dict_size(kwargs));
    size_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(as<Dict>(kwargs), &pos, &k, &v)) {
      tuple_init_item(as<Tuple>(kwnames), i++, Ref::borrow(k));
      argv.push_back(v);
    }
  }
  CallArgs ca{argv.data(), 0, kwnames ? as<Tuple>(kwnames) : nullptr};
  TRY(call(bound, ca));
  return ok();
}

}  // namespace

Result<Ref> type_new(TypeObject* metatype, Value name, Value bases, Value dict, Value kwargs) {
  if (!is_str(name))
    return raise(exc::TypeError, std::string("type.__new__() argument 1 must be str, not ") + type_name(name));
  if (!is_tuple(bases))
    return raise(exc::TypeError, std::string("type.__new__() argument 2 must be tuple, not ") + type_name(bases));
  if (!is_dict(dict))
    return raise(exc::TypeError, std::string("type.__new__() argument 3 must be dict, not ") + type_name(dict));

  // The most derived metaclass wins.
  TypeObject* winner = metatype;
  for (size_t i = 0; i < tuple_size(bases); ++i) {
    TypeObject* bt = tuple_item(bases, i).type();
    if (is_subtype(winner, bt)) continue;
    if (is_subtype(bt, winner)) { winner = bt; continue; }
    return raise(exc::TypeError,
                 "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                 "subclass of the metaclasses of all its bases");
  }
  if (winner != metatype) {
    Result<Ref> (*tn)(TypeObject*, CallArgs) = TypeType.new_;
    if (winner->new_ != tn) {
      std::vector<Value> argv{name, bases, dict};
      Ref kwnames;
      if (kwargs && dict_size(kwargs) > 0) {
        kwnames = make_tuple(dict_size(kwargs));
        size_t pos = 0, i = 0;
        Value k, v;
        while (dict_next(as<Dict>(kwargs), &pos, &k, &v)) {
          tuple_init_item(as<Tuple>(kwnames), i++, Ref::borrow(k));
          argv.push_back(v);
        }
      }
      return winner->new_(winner, CallArgs{argv.data(), 3, kwnames ? as<Tuple>(kwnames) : nullptr});
    }
    metatype = winner;
  }

  Ref bases_ref = Ref::borrow(bases);
  if (tuple_size(bases) == 0) bases_ref = make_tuple({Value(&ObjectType)});
  size_t nbases = tuple_size(bases_ref);
  TypeObject* best = nullptr;
  TypeObject* best_solid = nullptr;
  for (size_t i = 0; i < nbases; ++i) {
    Value b = tuple_item(bases_ref, i);
    if (!is_type(b)) return raise(exc::TypeError, "bases must be types");
    TypeObject* bt = as<TypeObject>(b);
    if (!(bt->flags & kTypeBaseType))
      return raise(exc::TypeError, std::string("type '") + bt->name + "' is not an acceptable base type");
    for (size_t j = 0; j < i; ++j)
      if (tuple_item(bases_ref, j) == b)
        return raise(exc::TypeError, std::string("duplicate base class ") + std::string(str_view(bt->name_str)));
    TypeObject* s = solid_base(bt);
    if (!best) { best = bt; best_solid = s; continue; }
    if (is_subtype(best_solid, s)) continue;
    if (is_subtype(s, best_solid)) { best = bt; best_solid = s; continue; }
    return raise(exc::TypeError, "multiple bases have instance lay-out conflict");
  }

  Ref ns = dict_copy(as<Dict>(dict));
  Dict* d = as<Dict>(ns);

  // __slots__
  Ref slots;
  bool add_dict = true;
  bool add_weakref = true;
  if (Value sv = dict_get_str(d, ids::dunder_slots)) {
    if (is_str(sv)) {
      slots = make_tuple({sv});
    } else {
      Ref it = TRY(get_iter(sv));
      Ref lst = make_list();
      for (;;) {
        Ref item = TRY(iter_next(it));
        if (!item) break;
        TRY(list_append(as<List>(lst), item));
      }
      slots = make_tuple(list_size(lst));
      for (size_t i = 0; i < list_size(lst); ++i)
        tuple_init_item(as<Tuple>(slots), i, Ref::borrow(list_item(lst, i)));
    }
    add_dict = false;
    add_weakref = false;
    std::vector<Ref> names;
    for (size_t i = 0; i < tuple_size(slots); ++i) {
      Value s = tuple_item(slots, i);
      if (!is_str(s))
        return raise(exc::TypeError, std::string("__slots__ items must be strings, not '") + type_name(s) + "'");
      std::string_view sv2 = str_view(s);
      if (!is_identifier(sv2)) return raise(exc::TypeError, "__slots__ must be identifiers");
      if (sv2 == "__dict__") {
        if (add_dict || best->dict_offset)
          return raise(exc::TypeError, "__dict__ slot disallowed: we already got one");
        add_dict = true;
        continue;
      }
      if (sv2 == "__weakref__") {
        add_weakref = true;
        continue;
      }
      std::string m = mangle(str_view(name), sv2);
      Ref mname = make_str(m);
      if (dict_get_str(d, as<Str>(mname)))
        return raise(exc::ValueError, "'" + m + "' in __slots__ conflicts with class variable");
      names.push_back(std::move(mname));
    }
    Ref t2 = make_tuple(names.size());
    for (size_t i = 0; i < names.size(); ++i) tuple_init_item(as<Tuple>(t2), i, names[i]);
    slots = std::move(t2);
    TypeObject* sb = best;
    while (sb->flags & kTypeHeapType) sb = sb->base;
    if (tuple_size(slots) > 0 && sb != &ObjectType)
      return raise(exc::TypeError,
                   std::string("nonempty __slots__ not supported for subtype of '") + sb->name + "'");
  }

  size_t alloc = metatype->basic_size > sizeof(HeapType) ? metatype->basic_size : sizeof(HeapType);
  HeapType* t = new_object_sized<HeapType>(metatype, alloc);
  Ref tref = Ref::steal(Value(t));
  t->name_storage = std::string(str_view(name));
  t->name = t->name_storage.c_str();
  t->name_str = Ref::borrow(name);
  t->flags = kTypeHeapType | kTypeBaseType | kTypeReady | (best->flags & kInheritedFlags);
  t->base = best;
  incref(best);  // owned by the heap type (released in type_dealloc)
  t->bases = bases_ref;
  t->dict = ns;
  t->static_base = best;
  while (t->static_base->flags & kTypeHeapType) t->static_base = t->static_base->base;
  if (best->flags & kTypeHeapType) t->ref_offsets = static_cast<HeapType*>(best)->ref_offsets;

  // Layout: base layout, then __slots__ members, then the __dict__ pointer.
  t->basic_size = best->basic_size;
  t->dict_offset = best->dict_offset;
  bool object_layout = t->static_base == &ObjectType;
  if (slots) {
    t->slot_names = slots;
    for (size_t i = 0; i < tuple_size(slots); ++i) {
      size_t off = t->basic_size;
      t->basic_size += sizeof(Value);
      t->ref_offsets.push_back(off);
      Ref md = make_member_descr(t, as<Str>(tuple_item(slots, i)), off);
      TRY(dict_set_str(d, as<Str>(tuple_item(slots, i)), md));
    }
  }
  bool added_dict = false;
  if (best->flags & kTypeTypeSubclass) add_dict = false;  // a class's namespace is its dict
  if (add_dict && !t->dict_offset) {
    if (object_layout) {
      t->dict_offset = ptrdiff_t(t->basic_size);
      t->ref_offsets.push_back(t->basic_size);
      t->basic_size += sizeof(Value);
    } else {
      t->dict_offset = -1;
    }
    added_dict = true;
  }
  if (t->dict_offset) t->flags |= kTypeHasDict;
  // __weakref__: unless a base has it, or the base layout cannot take one (int, tuple, bytes).
  {
    bool base_weak = false;
    for (size_t i = 0; i < nbases && !base_weak; ++i) {
      TypeObject* b = as<TypeObject>(tuple_item(bases_ref, i));
      if (b->flags & kTypeHeapType) base_weak = static_cast<HeapType*>(b)->has_weakref;
      else base_weak = is_subtype(b, &SetType) || is_subtype(b, &FrozenSetType) || is_subtype(b, &TypeType);
    }
    TypeObject* sb = t->static_base;
    bool var_size = is_subtype(sb, &IntType) || is_subtype(sb, &TupleType) || is_subtype(sb, &BytesType);
    t->has_weakref = base_weak || (add_weakref && !var_size);
    if (base_weak || var_size) add_weakref = false;
  }
  if (added_dict && !dict_get_str(d, ids::dunder_dict))
    TRY(dict_set_str(d, ids::dunder_dict, make_getset_descr(t, &kSubtypeDictGetSets[0])));
  if (add_weakref && !dict_get_str(d, ids::dunder_weakref))
    TRY(dict_set_str(d, ids::dunder_weakref, make_getset_descr(t, &kSubtypeDictGetSets[1])));

  // __module__, __qualname__, __doc__, __classcell__
  if (!dict_get_str(d, ids::dunder_module)) {
    Value g = current_globals();
    if (g && is_dict(g)) {
      if (Value mn = dict_get_str(as<Dict>(g), ids::dunder_name)) TRY(dict_set_str(d, ids::dunder_module, mn));
    }
  }
  if (Value qn = dict_get_str(d, ids::dunder_qualname)) {
    if (!is_str(qn))
      return raise(exc::TypeError, std::string("type __qualname__ must be a str, not ") + type_name(qn));
    t->qualname = Ref::borrow(qn);
    TRY(dict_del(d, Value(ids::dunder_qualname)));
  } else {
    t->qualname = Ref::borrow(name);
  }
  if (!dict_get_str(d, ids::dunder_doc)) TRY(dict_set_str(d, ids::dunder_doc, None()));
  Ref classcell;
  if (Value cc = dict_get_str(d, ids::dunder_classcell)) {
    classcell = Ref::borrow(cc);
    TRY(dict_del(d, Value(ids::dunder_classcell)));
  }
  // Implicit staticmethod / classmethod.
  if (Value nw = dict_get_str(d, ids::dunder_new); nw && is_python_function(nw))
    TRY(dict_set_str(d, ids::dunder_new, make_staticmethod(nw)));
  if (Value is = dict_get_str(d, ids::dunder_init_subclass); is && is_python_function(is))
    TRY(dict_set_str(d, ids::dunder_init_subclass, make_classmethod(is)));
  if (Value cg = dict_get_str(d, ids::dunder_class_getitem); cg && is_python_function(cg))
    TRY(dict_set_str(d, ids::dunder_class_getitem, make_classmethod(cg)));
  // == without __hash__: unhashable.
  if (dict_get_str(d, ids::dunder_eq) && !dict_get_str(d, ids::dunder_hash))
    TRY(dict_set_str(d, ids::dunder_hash, None()));

  // MRO: C3, or a metaclass's mro() override.
  t->mro = TRY(compute_mro(t, bases_ref));
  if (metatype != &TypeType) {
    Value mro_meth = type_lookup(metatype, ids::mro);
    Value type_mro = dict_get_str(as<Dict>(TypeType.dict), ids::mro);
    if (mro_meth && !mro_meth.is(type_mro)) {
      Ref r = TRY(call_unbound(mro_meth, Value(t), {}));
      Ref tup = TRY(list_from_iterable(r));
      Ref t2 = make_tuple(list_size(tup));
      for (size_t i = 0; i < list_size(tup); ++i) {
        if (!is_type(list_item(tup, i)))
          return raise(exc::TypeError, std::string("mro() returned a non-class ('") + type_name(list_item(tup, i)) + "')");
        tuple_init_item(as<Tuple>(t2), i, Ref::borrow(list_item(tup, i)));
      }
      t->mro = std::move(t2);
      // Changes to classes of this MRO that are not bases would not reach this type.
      t->flags |= kTypeNoAttrCache;
    }
  }
  // Nor would they reach subclasses of such a type (their MRO holds the same classes).
  for (size_t i = 1; i < tuple_size(t->mro); ++i)
    if (as<TypeObject>(tuple_item(t->mro, i))->flags & kTypeNoAttrCache) t->flags |= kTypeNoAttrCache;
  // Lookups made while the class was being built (mro(), ...) may have cached partial answers.
  type_modified(t);

  // Slots: inherit along the MRO (the nearest class wins), then the dunders.
  for (size_t i = 1; i < tuple_size(t->mro); ++i) inherit_slots(t, as<TypeObject>(tuple_item(t->mro, i)));
  // The layout computed above wins over inherited dict_offsets.
  t->dealloc = heap_dealloc;
  t->new_ = best->new_;
  fixup_heap_slots(t);

  for (size_t i = 0; i < nbases; ++i) {
    TypeObject* b = as<TypeObject>(tuple_item(bases_ref, i));
    if (b->flags & kTypeHeapType) {
      CriticalSection cs(b);
      static_cast<HeapType*>(b)->subclasses.push_back(t);
    }
  }

  if (classcell) {
    if (!is_cell(classcell))
      return raise(exc::TypeError, std::string("__classcell__ must be a nonlocal cell, not ") + type_name(classcell));
    as<Cell>(classcell)->value = Ref::borrow(Value(t));
  }

  // __set_name__ on every attribute, then __init_subclass__ of the parent.
  {
    std::vector<std::pair<Ref, Ref>> items;
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) items.emplace_back(Ref::borrow(k), Ref::borrow(v));
    for (auto& [k2, v2] : items) {
      Value sn = type_lookup(v2.type(), ids::dunder_set_name);
      if (!sn) continue;
      TRY(call_unbound(sn, v2, {Value(t), k2}));
    }
  }
  TRY(call_init_subclass(t, kwargs));
  return tref;
}

// ---- the type `type` -------------------------------------------------------------------------

namespace {

Result<Ref> type_call(Value callable, CallArgs args) {
  TypeObject* t = as<TypeObject>(callable);
  if (t == &TypeType && args.nargs == 1 && args.nkw() == 0) return Ref::borrow(Value(args[0].type()));
  if (!t->new_) return raise(exc::TypeError, std::string("cannot create '") + t->name + "' instances");
  Ref obj = TRY(t->new_(t, args));
  if (!is_instance_of(obj, t)) return obj;
  TypeObject* ot = obj.type();
  if (ot->init) TRY(ot->init(obj, args));
  return obj;
}

Result<Ref> type_new_slot(TypeObject* metatype, CallArgs args) {
  if (metatype == &TypeType && args.nargs == 1 && args.nkw() == 0)
    return Ref::borrow(Value(args[0].type()));
  if (args.nargs != 3) {
    if (metatype == &TypeType) return raise(exc::TypeError, "type() takes 1 or 3 arguments");
    return raise(exc::TypeError, "type.__new__() takes exactly 3 arguments (" + std::to_string(args.nargs) + " given)");
  }
  Ref kwargs;
  if (args.nkw()) {
    kwargs = make_dict();
    for (size_t i = 0; i < args.nkw(); ++i)
      TRY(dict_set(as<Dict>(kwargs), tuple_item(Value(args.kwnames), i), args.kwvalue(i)));
  }
  return type_new(metatype, args[0], args[1], args[2], kwargs);
}

Status type_init(Value self, CallArgs args) {
  if (args.nargs == 1 && args.nkw()) return raise(exc::TypeError, "type.__init__() takes no keyword arguments");
  if (args.nargs != 1 && args.nargs != 3) return raise(exc::TypeError, "type.__init__() takes 1 or 3 arguments");
  return ok();
}

Result<Ref> type_repr(Value v) {
  TypeObject* t = as<TypeObject>(v);
  Value mod = type_module(t);
  std::string s = "<class '";
  if (mod && is_str(mod) && str_view(mod) != "builtins") {
    s += str_view(mod);
    s += '.';
  }
  s += type_qualname(t);
  s += "'>";
  return make_str(s);
}

Result<Ref> type_getattro(Value obj, Str* name) {
  TypeObject* t = as<TypeObject>(obj);
  TypeObject* meta = obj.type();
  Value meta_attr = type_lookup(meta, name);
  if (meta_attr) {
    TypeObject* mt = meta_attr.type();
    if (mt->descr_get && mt->descr_set) return mt->descr_get(meta_attr, obj, Value(meta));
  }
  Value attr = type_lookup(t, name);
  if (attr) {
    Ref keep = Ref::borrow(attr);
    if (attr.type()->descr_get) return attr.type()->descr_get(attr, Value(), obj);
    return keep;
  }
  if (meta_attr) {
    Ref keep = Ref::borrow(meta_attr);
    if (meta_attr.type()->descr_get) return meta_attr.type()->descr_get(meta_attr, obj, Value(meta));
    return keep;
  }
  return raise(exc::AttributeError, "type object '" + type_qualname(t) + "' has no attribute '" +
                                        std::string(name->view()) + "'");
}

Status type_setattro(Value obj, Str* name, Value v) {
  TypeObject* t = as<TypeObject>(obj);
  if (!(t->flags & kTypeHeapType)) {
    return raise(exc::TypeError, "cannot set '" + std::string(name->view()) +
                                     "' attribute of immutable type '" + t->name + "'");
  }
  TypeObject* meta = obj.type();
  Value meta_attr = type_lookup(meta, name);
  if (meta_attr && meta_attr.type()->descr_set) return meta_attr.type()->descr_set(meta_attr, obj, v);
  Dict* d = as<Dict>(t->dict);
  if (v) {
    TRY(dict_set_str(d, name, v));
  } else {
    bool removed = TRY(dict_del(d, Value(name)));
    if (!removed)
      return raise(exc::AttributeError, "type object '" + type_qualname(t) + "' has no attribute '" +
                                            std::string(name->view()) + "'");
  }
  type_modified(t);  // before the slot update below, which looks the new value up
  std::string_view n = name->view();
  if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") type_update_slot(t, name);
  return ok();
}

void type_dealloc(Object* o) {
  auto* t = static_cast<HeapType*>(o);
  if (t->base && (t->base->flags & kTypeHeapType)) {
    CriticalSection cs(t->base);
    auto& subs = static_cast<HeapType*>(t->base)->subclasses;
    for (size_t i = 0; i < subs.size(); ++i)
      if (subs[i] == t) { subs.erase(subs.begin() + i); break; }
  }
  if (t->base) decref(Value(t->base));
  delete_object(t);
}

Result<Ref> type_or(Value a, Value b);  // union, below

// getsets
Result<Ref> type_get_name(Value self) {
  TypeObject* t = as<TypeObject>(self);
  return t->name_str;
}
Status type_set_name(Value self, Value v) {
  TypeObject* t = as<TypeObject>(self);
  if (!(t->flags & kTypeHeapType))
    return raise(exc::TypeError, std::string("cannot set '__name__' attribute of immutable type '") + t->name + "'");
  if (!v) return raise(exc::TypeError, std::string("cannot delete '__name__' attribute of immutable type '") + t->name + "'");
  if (!is_str(v))
    return raise(exc::TypeError, "can only assign string to " + std::string(t->name) +
                                     ".__name__, not '" + type_name(v) + "'");
  auto* h = static_cast<HeapType*>(t);
  h->name_storage = std::string(str_view(v));
  h->name = h->name_storage.c_str();
  h->name_str = Ref::borrow(v);
  return ok();
}
Result<Ref> type_get_qualname(Value self) { return as<TypeObject>(self)->qualname; }
Status type_set_qualname(Value self, Value v) {
  TypeObject* t = as<TypeObject>(self);
  if (!(t->flags & kTypeHeapType))
    return raise(exc::TypeError, std::string("cannot set '__qualname__' attribute of immutable type '") + t->name + "'");
  if (!v || !is_str(v))
    return raise(exc::TypeError, "can only assign string to " + std::string(t->name) +
                                     ".__qualname__, not '" + type_name(v ? v : None()) + "'");
  t->qualname = Ref::borrow(v);
  return ok();
}
Result<Ref> type_get_module(Value self) {
  Value m = type_module(as<TypeObject>(self));
  if (!m) return raise(exc::AttributeError, "__module__");
  return Ref::borrow(m);
}
Status type_set_module(Value self, Value v) {
  TypeObject* t = as<TypeObject>(self);
  if (!(t->flags & kTypeHeapType))
    return raise(exc::TypeError, std::string("cannot set '__module__' attribute of immutable type '") + t->name + "'");
  if (!v) return raise(exc::TypeError, "cannot delete '__module__' attribute");
  TRY(dict_set_str(as<Dict>(t->dict), ids::dunder_module, v));
  type_modified(t);
  return ok();
}
Result<Ref> type_get_bases(Value self) { return as<TypeObject>(self)->bases; }
Result<Ref> type_get_base(Value self) {
  TypeObject* b = as<TypeObject>(self)->base;
  return b ? Ref::borrow(Value(b)) : none();
}
Result<Ref> type_get_mro(Value self) { return as<TypeObject>(self)->mro; }
Result<Ref> type_get_dict(Value self);  // mappingproxy, below
Result<Ref> type_get_doc(Value self) {
  TypeObject* t = as<TypeObject>(self);
  Value d = dict_get_str(as<Dict>(t->dict), ids::dunder_doc);
  if (!d) return none();
  if (d.type()->descr_get) return d.type()->descr_get(d, Value(), self);
  return Ref::borrow(d);
}
Status type_set_doc(Value self, Value v) {
  TypeObject* t = as<TypeObject>(self);
  if (!(t->flags & kTypeHeapType))
    return raise(exc::TypeError, std::string("cannot set '__doc__' attribute of immutable type '") + t->name + "'");
  TRY(dict_set_str(as<Dict>(t->dict), ids::dunder_doc, v ? v : None()));
  type_modified(t);
  return ok();
}
Result<Ref> type_get_abstract(Value self) {
  TypeObject* t = as<TypeObject>(self);
  Value v = t != &TypeType ? dict_get_str(as<Dict>(t->dict), ids::dunder_abstractmethods) : Value();
  if (!v) return raise(exc::AttributeError, "__abstractmethods__");
  return Ref::borrow(v);
}
Status type_set_abstract(Value self, Value v) {
  TypeObject* t = as<TypeObject>(self);
  if (v) {
    TRY(dict_set_str(as<Dict>(t->dict), ids::dunder_abstractmethods, v));
    type_modified(t);
    return ok();
  }
  bool removed = TRY(dict_del(as<Dict>(t->dict), Value(ids::dunder_abstractmethods)));
  if (!removed) return raise(exc::AttributeError, "__abstractmethods__");
  type_modified(t);
  return ok();
}
Result<Ref> type_get_annotations(Value self) {
  TypeObject* t = as<TypeObject>(self);
  Value v = dict_get_str(as<Dict>(t->dict), ids::dunder_annotations);
  if (v) {
    if (v.type()->descr_get) return v.type()->descr_get(v, Value(), self);
    return Ref::borrow(v);
  }
  if (!(t->flags & kTypeHeapType))
    return raise(exc::AttributeError, "type object '" + type_qualname(t) + "' has no attribute '__annotations__'");
  Ref d = make_dict();
  TRY(dict_set_str(as<Dict>(t->dict), ids::dunder_annotations, d));
  type_modified(t);
  return d;
}
Status type_set_annotations(Value self, Value v) {
  TypeObject* t = as<TypeObject>(self);
  if (!(t->flags & kTypeHeapType))
    return raise(exc::TypeError, std::string("cannot set '__annotations__' attribute of immutable type '") + t->name + "'");
  if (v) {
    TRY(dict_set_str(as<Dict>(t->dict), ids::dunder_annotations, v));
    type_modified(t);
    return ok();
  }
  bool removed = TRY(dict_del(as<Dict>(t->dict), Value(ids::dunder_annotations)));
  if (!removed) return raise(exc::AttributeError, "__annotations__");
  type_modified(t);
  return ok();
}

// methods
Result<Ref> type_mro_method(Value self, CallArgs args) {
  TRY(check_nargs(args, "mro()", 0, 0));
  TypeObject* t = as<TypeObject>(self);
  Ref mro;
  if (t->flags & kTypeHeapType) mro = TRY(compute_mro(t, t->bases));
  else mro = t->mro;
  Ref l = make_list(tuple_size(mro));
  for (size_t i = 0; i < tuple_size(mro); ++i) TRY(list_append(as<List>(l), tuple_item(mro, i)));
  return l;
}
Result<Ref> type_subclasses(Value self, CallArgs args) {
  TRY(check_nargs(args, "__subclasses__()", 0, 0));
  TypeObject* t = as<TypeObject>(self);
  Ref l = make_list();
  if (t->flags & kTypeHeapType) {
    std::vector<TypeObject*> subs;
    {
      CriticalSection cs(t);
      subs = static_cast<HeapType*>(t)->subclasses;
    }
    for (TypeObject* s : subs) TRY(list_append(as<List>(l), Value(s)));
  }
  return l;
}
Result<Ref> type_instancecheck(Value self, CallArgs args) {
  TRY(check_nargs(args, "__instancecheck__()", 1, 1));
  Value v = args[0];
  return make_bool(is_instance_of(v, as<TypeObject>(self)));
}
Result<Ref> type_subclasscheck(Value self, CallArgs args) {
  TRY(check_nargs(args, "__subclasscheck__()", 1, 1));
  if (!is_type(args[0])) return raise(exc::TypeError, "issubclass() arg 1 must be a class");
  return make_bool(is_subtype(as<TypeObject>(args[0]), as<TypeObject>(self)));
}
Result<Ref> type_prepare(Value, CallArgs) { return make_dict(); }
Result<Ref> type_dir(Value self, CallArgs args) {
  TRY(check_nargs(args, "__dir__()", 0, 0));
  TypeObject* t = as<TypeObject>(self);
  Ref result = make_dict();
  for (size_t i = tuple_size(t->mro); i-- > 0;) {
    TypeObject* b = as<TypeObject>(tuple_item(t->mro, i));
    TRY(dict_update(as<Dict>(result), b->dict));
  }
  Ref l = make_list(dict_size(result));
  size_t pos = 0;
  Value k, v;
  while (dict_next(as<Dict>(result), &pos, &k, &v)) TRY(list_append(as<List>(l), k));
  return l;
}
Result<Ref> type_sizeof(Value self, CallArgs) { return make_int(int64_t(sizeof(HeapType))); }

const MethodDef kTypeMethods[] = {
    {"mro", type_mro_method, 0, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, 0, "Return a list of immediate subclasses."},
    {"__instancecheck__", type_instancecheck, 0, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, 0, "Check if a class is a subclass."},
    {"__prepare__", type_prepare, MethodDef::kClassMethod,
     "Create the namespace for the class statement"},
    {"__dir__", type_dir, 0, "Specialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof, 0, "Return memory consumption of the type object."},
    {nullptr, nullptr},
};

const GetSetDef kTypeGetSets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__bases__", type_get_bases},
    {"__base__", type_get_base},
    {"__mro__", type_get_mro},
    {"__module__", type_get_module, type_set_module},
    {"__abstractmethods__", type_get_abstract, type_set_abstract},
    {"__dict__", type_get_dict},
    {"__doc__", type_get_doc, type_set_doc},
    {"__annotations__", type_get_annotations, type_set_annotations},
    {nullptr, nullptr},
};

}  // namespace

std::string type_qualname(TypeObject* t) {
  if (t->qualname && is_str(t->qualname)) return std::string(str_view(t->qualname));
  if (t->name_str) return std::string(str_view(t->name_str));
  return short_name(t->name);
}

Value type_module(TypeObject* t) {
  if (t->flags & kTypeHeapType) {
    Value m = t->dict ? dict_get_str(as<Dict>(t->dict), ids::dunder_module) : Value();
    return m;
  }
  // Built-in: type_ready stored the part of tp_name before the last dot; else "builtins".
  Value m = t->dict ? dict_get_str(as<Dict>(t->dict), ids::dunder_module) : Value();
  if (m && is_str(m)) return m;  // `type` itself holds the __module__ getset there
  return Value(ids::builtins);
}

// ---- mappingproxy: the read-only view of a type's __dict__ -------------------------------------

TypeObject MappingProxyType;

namespace {

struct MappingProxy : Object {
  Ref mapping;
};

Result<Ref> type_get_dict(Value self) {
  MappingProxy* p = new_object<MappingProxy>(&MappingProxyType);
  p->mapping = as<TypeObject>(self)->dict;
  return Ref::steal(Value(p));
}

void mp_dealloc(Object* o) { delete_object(static_cast<MappingProxy*>(o)); }
Result<Ref> mp_repr(Value v) {
  std::string r = "mappingproxy(";
  r += TRY(repr_utf8(as<MappingProxy>(v)->mapping));
  r += ")";
  return make_str(r);
}
Result<Ref> mp_str(Value v) { return str(as<MappingProxy>(v)->mapping); }
Result<Ref> mp_getitem(Value v, Value k) { return getitem(as<MappingProxy>(v)->mapping, k); }
Result<int64_t> mp_len(Value v) { return length(as<MappingProxy>(v)->mapping); }
Result<bool> mp_contains(Value v, Value k) { return contains(as<MappingProxy>(v)->mapping, k); }
Result<Ref> mp_iter(Value v) { return get_iter(as<MappingProxy>(v)->mapping); }
Result<Ref> mp_richcompare(Value a, Value b, CmpOp op) {
  return compare(as<MappingProxy>(a)->mapping, b, op);
}
Result<Ref> mp_new(TypeObject*, CallArgs args) {
  Value m;
  TRY(parse_args(args, "mappingproxy", {"mapping"}, 1, {&m}));
  if (!m.type()->getitem || is_list(m) || is_tuple(m))
    return raise(exc::TypeError, std::string("mappingproxy() argument must be a mapping, not ") + type_name(m));
  MappingProxy* p = new_object<MappingProxy>(&MappingProxyType);
  p->mapping = Ref::borrow(m);
  return Ref::steal(Value(p));
}
Result<Ref> mp_forward(Value self, Str* name, CallArgs args) {
  Ref m = TRY(getattr(as<MappingProxy>(self)->mapping, name));
  return call(m, args);
}
Result<Ref> mp_keys(Value self, CallArgs a) { return mp_forward(self, ids::keys, a); }
Result<Ref> mp_items(Value self, CallArgs a) { return mp_forward(self, ids::items, a); }
Result<Ref> mp_values(Value self, CallArgs a) { return mp_forward(self, intern("values"), a); }
Result<Ref> mp_get(Value self, CallArgs a) { return mp_forward(self, intern("get"), a); }
Result<Ref> mp_copy(Value self, CallArgs a) { return mp_forward(self, intern("copy"), a); }

const MethodDef kMappingProxyMethods[] = {
    {"keys", mp_keys}, {"items", mp_items}, {"values", mp_values},
    {"get", mp_get},   {"copy", mp_copy},   {nullptr, nullptr},
};

}  // namespace

// ---- types.UnionType: int | str ----------------------------------------------------------------

TypeObject UnionType;
extern TypeObject GenericAliasType;

namespace {

struct UnionObject : Object {
  Ref args;  // tuple of types (None stands for NoneType)
};

void union_dealloc(Object* o) { delete_object(static_cast<UnionObject*>(o)); }

bool unionable(Value v) {
  return is_none(v) || is_type(v) || (v.is_object() && (v.type() == &UnionType || v.type() == &GenericAliasType));
}

Result<Ref> type_or(Value a, Value b) {
  if (!unionable(a) || !unionable(b)) return not_implemented();
  std::vector<Value> items;
  auto add = [&items](Value v) {
    if (is_none(v)) v = Value(&NoneType);
    for (Value x : items) if (x == v) return;
    items.push_back(v);
  };
  for (Value v : {a, b}) {
    if (v.is_object() && v.type() == &UnionType) {
      Value t = as<UnionObject>(v)->args;
      for (size_t i = 0; i < tuple_size(t); ++i) add(tuple_item(t, i));
    } else {
      add(v);
    }
  }
  if (items.size() == 1) return Ref::borrow(items[0]);
  UnionObject* u = new_object<UnionObject>(&UnionType);
  Ref r = Ref::steal(Value(u));
  u->args = make_tuple(items.size());
  for (size_t i = 0; i < items.size(); ++i) tuple_init_item(as<Tuple>(u->args), i, Ref::borrow(items[i]));
  return r;
}

Result<Ref> union_repr(Value v) {
  Value t = as<UnionObject>(v)->args;
  std::string s;
  for (size_t i = 0; i < tuple_size(t); ++i) {
    if (i) s += " | ";
    Value x = tuple_item(t, i);
    if (x == Value(&NoneType)) { s += "None"; continue; }
    if (is_type(x)) {
      TypeObject* xt = as<TypeObject>(x);
      Value mod = type_module(xt);
      if (mod && is_str(mod) && str_view(mod) != "builtins") { s += str_view(mod); s += '.'; }
      s += type_qualname(xt);
    } else {
      s += TRY(repr_utf8(x));
    }
  }
  return make_str(s);
}

Result<Ref> union_get_args(Value v) { return as<UnionObject>(v)->args; }

Result<Ref> union_richcompare(Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || b.type() != &UnionType) return not_implemented();
  Value ta = as<UnionObject>(a)->args, tb = as<UnionObject>(b)->args;
  bool eq = tuple_size(ta) == tuple_size(tb);
  for (size_t i = 0; eq && i < tuple_size(ta); ++i) {
    bool found = false;
    for (size_t j = 0; j < tuple_size(tb); ++j) found |= tuple_item(ta, i) == tuple_item(tb, j);
    eq = found;
  }
  return make_bool(op == CmpOp::Eq ? eq : !eq);
}

Result<int64_t> union_hash(Value v) {
  Value t = as<UnionObject>(v)->args;
  int64_t h = 0x345678;
  for (size_t i = 0; i < tuple_size(t); ++i) h ^= int64_t(tuple_item(t, i).raw() >> 4);
  return h == -1 ? -2 : h;
}

const GetSetDef kUnionGetSets[] = {
    {"__args__", union_get_args},
    {nullptr, nullptr},
};

}  // namespace

// ---- types.GenericAlias: list[int] ---------------------------------------------------------------

TypeObject GenericAliasType;

namespace {

struct GenericAlias : Object {
  Ref origin;
  Ref args;  // tuple
};

void ga_dealloc(Object* o) { delete_object(static_cast<GenericAlias*>(o)); }

Result<std::string> ga_arg_repr(Value v) {
  if (v == Value(&EllipsisObject)) return std::string("...");
  if (is_type(v)) {
    TypeObject* t = as<TypeObject>(v);
    std::string s;
    Value mod = type_module(t);
    if (mod && is_str(mod) && str_view(mod) != "builtins") { s += str_view(mod); s += '.'; }
    return s + type_qualname(t);
  }
  if (is_tuple(v) && tuple_size(v) == 0) return std::string("()");
  if (is_list(v)) {
    std::string s = "[";
    for (size_t i = 0; i < list_size(v); ++i) {
      if (i) s += ", ";
      s += TRY(ga_arg_repr(list_item(v, i)));
    }
    return s + "]";
  }
  return repr_utf8(v);
}

Result<Ref> ga_repr(Value v) {
  auto* g = as<GenericAlias>(v);
  std::string s = TRY(ga_arg_repr(g->origin));
  s += "[";
  size_t n = tuple_size(g->args);
  if (n == 0) s += "()";
  for (size_t i = 0; i < n; ++i) {
    if (i) s += ", ";
    s += TRY(ga_arg_repr(tuple_item(g->args, i)));
  }
  return make_str(s + "]");
}

Result<Ref> ga_call(Value v, CallArgs args) { return call(as<GenericAlias>(v)->origin, args); }
Result<Ref> ga_getattr(Value v, Str* name) {
  std::string_view n = name->view();
  if (n == "__origin__") return as<GenericAlias>(v)->origin;
  if (n == "__args__") return as<GenericAlias>(v)->args;
  if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") return generic_getattr(v, name);
  return getattr(as<GenericAlias>(v)->origin, name);
}
Result<Ref> ga_richcompare(Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || b.type() != &GenericAliasType) return not_implemented();
  bool eq = as<GenericAlias>(a)->origin.get() == as<GenericAlias>(b)->origin.get();
  if (eq) eq = TRY(equals(as<GenericAlias>(a)->args, as<GenericAlias>(b)->args));
  return make_bool(op == CmpOp::Eq ? eq : !eq);
}
Result<int64_t> ga_hash(Value v) {
  int64_t h1 = TRY(hash(as<GenericAlias>(v)->origin));
  int64_t h2 = TRY(hash(as<GenericAlias>(v)->args));
  int64_t h = h1 ^ h2;
  return h == -1 ? -2 : h;
}

// cls.__class_getitem__(item) for the built-in generic classes.
Result<Ref> class_getitem(Value cls, CallArgs args) {
  TRY(check_nargs(args, "__class_getitem__", 1, 1));
  return make_generic_alias(cls, args[0]);
}

const MethodDef kClassGetItemDef = {"__class_getitem__", class_getitem, MethodDef::kClassMethod,
                                    "See PEP 585"};

}  // namespace

const MethodDef* class_getitem_def() { return &kClassGetItemDef; }

Ref make_generic_alias(Value origin, Value item) {
  GenericAlias* g = new_object<GenericAlias>(&GenericAliasType);
  Ref r = Ref::steal(Value(g));
  g->origin = Ref::borrow(origin);
  g->args = is_tuple(item) ? Ref::borrow(item) : make_tuple({item});
  return r;
}

// Used by isinstance/issubclass (abstract.cpp).
bool is_union(Value v) { return v.is_object() && v.type() == &UnionType; }
Value union_args(Value v) { return as<UnionObject>(v)->args; }

void init_union_type(TypeList& out) {
  UnionType.name = "types.UnionType";
  UnionType.basic_size = sizeof(UnionObject);
  UnionType.dealloc = union_dealloc;
  UnionType.repr = union_repr;
  UnionType.richcompare = union_richcompare;
  UnionType.hash = union_hash;
  UnionType.binop[size_t(BinOp::Or)] = type_or;
  UnionType.getsets = kUnionGetSets;
  out.push_back(&UnionType);

  GenericAliasType.name = "types.GenericAlias";
  GenericAliasType.basic_size = sizeof(GenericAlias);
  GenericAliasType.dealloc = ga_dealloc;
  GenericAliasType.repr = ga_repr;
  GenericAliasType.call = ga_call;
  GenericAliasType.getattr = ga_getattr;
  GenericAliasType.richcompare = ga_richcompare;
  GenericAliasType.hash = ga_hash;
  GenericAliasType.binop[size_t(BinOp::Or)] = type_or;
  out.push_back(&GenericAliasType);

  MappingProxyType.name = "mappingproxy";
  MappingProxyType.basic_size = sizeof(MappingProxy);
  MappingProxyType.dealloc = mp_dealloc;
  MappingProxyType.repr = mp_repr;
  MappingProxyType.str = mp_str;
  MappingProxyType.getitem = mp_getitem;
  MappingProxyType.len = mp_len;
  MappingProxyType.contains = mp_contains;
  MappingProxyType.iter = mp_iter;
  MappingProxyType.richcompare = mp_richcompare;
  MappingProxyType.new_ = mp_new;
  MappingProxyType.methods = kMappingProxyMethods;
  out.push_back(&MappingProxyType);
}

void init_core_types(TypeList& out) {
  TypeType.name = "type";
  TypeType.type = &TypeType;
  TypeType.flags = kTypeBaseType | kTypeTypeSubclass;
  TypeType.basic_size = sizeof(HeapType);
  TypeType.dealloc = type_dealloc;
  TypeType.repr = type_repr;
  TypeType.getattr = type_getattro;
  TypeType.setattr = type_setattro;
  TypeType.call = type_call;
  TypeType.new_ = type_new_slot;
  TypeType.init = type_init;
  TypeType.binop[size_t(BinOp::Or)] = type_or;
  TypeType.methods = kTypeMethods;
  TypeType.getsets = kTypeGetSets;
  TypeType.doc =
      "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
  init_object_type();
  out.push_back(&ObjectType);
  out.push_back(&TypeType);
  init_descriptor_types(out);
  init_property_type(out);
  init_super_type(out);
  init_union_type(out);
}


// ---- the type attribute cache ------------------------------------------------------------------
//
// type_lookup walks the MRO dicts; most lookups repeat, so each interpreter keeps a fixed-size
// table keyed by (type version, interned name) -> result (borrowed; null = absent, also cached).
// A type gets a version lazily, from one process-wide counter, so versions are never reused and
// an entry made under a version that was since dropped can never match again. type_modified
// drops the version of a type and of all its heap subclasses after any change to their dicts or
// MROs; it must run after the change, so a version handed out later sees the new state.
//
// Only interned (or immortal) names are cached: they live as long as the interpreter, so a name
// pointer in an entry can never be reused by a different string.
//
// Sharing: the table belongs to one interpreter (gil build: only its lock holder touches it).
// ft build: many threads read and fill the table; each entry is a seqlock (odd `seq` while a
// writer fills it; a reader that saw the same even seq before and after read a whole entry).
// Version tags are read/written atomically in both builds: built-in types are shared by all
// interpreters of the process.

namespace {

constexpr size_t kTypeCacheBits = 12;
constexpr size_t kTypeCacheSize = size_t(1) << kTypeCacheBits;

// Versions handed out so far; 0 means "no version" and is never handed out. When the counter
// runs out, types simply stop being cached.
std::atomic<uint32_t> g_next_version{1};

inline uint32_t load_version(TypeObject* t) {
  return std::atomic_ref<uint32_t>(t->version_tag).load(std::memory_order_acquire);
}

inline size_t cache_index(uint32_t version, Str* name) {
  return (version ^ uint32_t(reinterpret_cast<uintptr_t>(name) >> 3)) & (kTypeCacheSize - 1);
}

// The MRO walk itself.
Value lookup_uncached(TypeObject* type, Str* name) {
  Value mro = type->mro;
  if (!mro) {
    // Not ready yet: this type and its bases.
    for (TypeObject* t = type; t; t = t->base)
      if (t->dict)
        if (Value v = dict_get_str(as<Dict>(t->dict), name)) return v;
    return Value();
  }
  Tuple* m = as<Tuple>(mro);
  for (size_t i = 0; i < m->size; ++i) {
    TypeObject* t = as<TypeObject>(m->items[i]);
    if (Value v = dict_get_str(as<Dict>(t->dict), name)) return v;
  }
  return Value();
}

// A version for `t`, assigned now if it has none; 0 if it cannot be cached.
uint32_t assign_version(TypeObject* t) {
  if (!t->mro || !t->dict || (t->flags & kTypeNoAttrCache)) return 0;
  std::atomic_ref<uint32_t> tag(t->version_tag);
  uint32_t cur = tag.load(std::memory_order_acquire);
  if (cur) return cur;
  uint32_t v = g_next_version.load(std::memory_order_relaxed);
  do {
    if (v == 0 || v == UINT32_MAX) return 0;  // exhausted
  } while (!g_next_version.compare_exchange_weak(v, v + 1, std::memory_order_relaxed));
  // acq_rel: pairs with type_modified's release store of 0, so the dict reads that follow see
  // the change that dropped the previous version.
  if (tag.compare_exchange_strong(cur, v, std::memory_order_acq_rel)) return v;
  return cur;  // another thread assigned one first (or 0 if it was dropped again: no caching)
}

}  // namespace

struct TypeCacheEntry {
  ft_atomic<uint32_t> seq{0};  // ft: odd while a writer fills the entry
  ft_atomic<uint32_t> version{0};
  ft_atomic<Str*> name{nullptr};
  ft_atomic<uintptr_t> value{0};  // raw bits of the borrowed result (0 = absent)
};

struct TypeCache {
  TypeCacheEntry entries[kTypeCacheSize];
};

TypeCache* type_cache_new() { return new TypeCache(); }
void type_cache_free(TypeCache* c) { delete c; }

namespace {

// Reads entry e for (version, name): true and *out on a hit.
inline bool cache_read(TypeCacheEntry& e, uint32_t version, Str* name, Value* out) {
  if constexpr (kFreeThreading) {
    uint32_t s1 = e.seq.load(std::memory_order_acquire);
    uint32_t v = e.version.load(std::memory_order_relaxed);
    Str* n = e.name.load(std::memory_order_relaxed);
    uintptr_t val = e.value.load(std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_acquire);
    if ((s1 & 1) || e.seq.load(std::memory_order_relaxed) != s1) return false;
    if (v != version || n != name) return false;
    *out = Value::from_raw(val);
    return true;
  } else {
    if (e.version.load() != version || e.name.load() != name) return false;
    *out = Value::from_raw(e.value.load());
    return true;
  }
}

inline void cache_write(TypeCacheEntry& e, uint32_t version, Str* name, Value v) {
  if constexpr (kFreeThreading) {
    uint32_t s = e.seq.load(std::memory_order_relaxed);
    // Another writer is busy with this entry: leave it to them (it is only a cache).
    if ((s & 1) || !e.seq.compare_exchange_strong(s, s + 1, std::memory_order_relaxed)) return;
    std::atomic_thread_fence(std::memory_order_release);
    e.version.store(version, std::memory_order_relaxed);
    e.name.store(name, std::memory_order_relaxed);
    e.value.store(v.raw(), std::memory_order_relaxed);
    e.seq.store(s + 2, std::memory_order_release);
  } else {
    e.version.store(version);
    e.name.store(name);
    e.value.store(v.raw());
  }
}

inline bool cacheable_name(Str* name) {
  return name->interned || header_is_immortal(object_header(name));
}

}  // namespace

namespace {

// A miss (or a type without a version yet): the MRO walk, remembered when possible. Kept out of
// line so the hit path in type_lookup stays a few instructions without register spills.
[[gnu::noinline]] Value type_lookup_miss(TypeCache* cache, TypeObject* type, Str* name, uint32_t version) {
  if (!cacheable_name(name)) return lookup_uncached(type, name);
  if (!version) {
    version = assign_version(type);
    if (!version) return lookup_uncached(type, name);
  }
  Value v = lookup_uncached(type, name);
  cache_write(cache->entries[cache_index(version, name)], version, name, v);
  return v;
}

}  // namespace

Value type_lookup(TypeObject* type, Str* name) {
  ThreadState* ts = ThreadState::current();
  if (!ts || !ts->interp) [[unlikely]] return lookup_uncached(type, name);
  TypeCache* cache = ts->interp->type_cache;
  uint32_t version = load_version(type);
  if (version && cache) [[likely]] {
    Value v;
    if (cache_read(cache->entries[cache_index(version, name)], version, name, &v)) return v;
  }
  if (!cache) return lookup_uncached(type, name);
  return type_lookup_miss(cache, type, name, version);
}

Ref type_lookup_ref(TypeObject* type, Str* name) {
  Value v = type_lookup(type, name);
  if (!v.is_object()) return Ref::steal(v);
  if constexpr (kFreeThreading) {
    // Another thread may have just replaced the attribute and dropped the last reference: the
    // memory is still there (QSBR), but the object must not be revived.
    if (header_try_incref(object_header(v.obj()))) return Ref::steal(v);
    Tuple* m = type->mro ? as<Tuple>(type->mro) : nullptr;
    if (!m) return Ref::borrow(lookup_uncached(type, name));
    for (size_t i = 0; i < m->size; ++i)
      if (Ref r = dict_get_str_ref(as<Dict>(as<TypeObject>(m->items[i])->dict), name)) return r;
    return Ref();
  } else {
    return Ref::borrow(v);
  }
}

void type_modified(TypeObject* type) {
  // Seq-cst: ordered after the dict change that the caller made, for the threads that assign a
  // version later (assign_version).
  std::atomic_thread_fence(std::memory_order_seq_cst);
  std::vector<TypeObject*> todo{type};
  while (!todo.empty()) {
    TypeObject* t = todo.back();
    todo.pop_back();
    std::atomic_ref<uint32_t>(t->version_tag).store(0, std::memory_order_release);
    if (!(t->flags & kTypeHeapType)) continue;
    CriticalSection cs(t);
    for (TypeObject* s : static_cast<HeapType*>(t)->subclasses) todo.push_back(s);
  }
}

}  // namespace weft
