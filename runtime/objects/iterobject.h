// Iterator objects: the iterators of the built-in sequences, the __getitem__ sequence iterator,
// and the builtin iterator types enumerate, zip, map, filter, reversed (their type objects are
// registered in builtins under those names by the builtins code; calling them constructs).
#pragma once
#include "objects/init.h"
#include "objects/object.h"

namespace weft {

// Iterators of built-in types (iter(x) on them returns one of these).
extern TypeObject SeqIterType;       // "iterator": obj[0], obj[1], ... until IndexError/StopIteration
extern TypeObject StrIterType;       // "str_ascii_iterator" / "str_iterator"
extern TypeObject ListIterType;      // "list_iterator"
extern TypeObject ListRevIterType;   // "list_reverseiterator"
extern TypeObject TupleIterType;     // "tuple_iterator"
extern TypeObject RangeIterType;     // "range_iterator"
extern TypeObject BytesIterType;     // "bytes_iterator"
extern TypeObject ByteArrayIterType; // "bytearray_iterator"
extern TypeObject CallableIterType;  // "callable_iterator": iter(callable, sentinel)

// The builtin iterator types.
extern TypeObject EnumerateType;  // enumerate(iterable, start=0)
extern TypeObject ZipType;        // zip(*iterables, strict=False)
extern TypeObject MapType;        // map(func, *iterables)
extern TypeObject FilterType;     // filter(func or None, iterable)
extern TypeObject ReversedType;   // reversed(seq): __reversed__, else __len__ + __getitem__

// The iterator for objects that define __getitem__ but not __iter__ (abstract get_iter fallback).
Ref make_seq_iter(Value seq);
// iter(callable, sentinel).
Ref make_callable_iter(Value callable, Value sentinel);
// reversed(seq) as the builtin does it ("'int' object is not reversible").
Result<Ref> make_reversed(Value seq);

// Phase-1 initialisers of the seq area's files; init_sequence_types (iterobject.cpp) calls them.
void init_str_types(TypeList& out);
void init_bytes_types(TypeList& out);
void init_tuple_types(TypeList& out);
void init_list_types(TypeList& out);
void init_range_types(TypeList& out);
void init_slice_types(TypeList& out);

}  // namespace weft
