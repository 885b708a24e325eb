// super(): attribute lookup along the MRO after a given class (objects/super.cpp).
#pragma once
#include "objects/object.h"

namespace weft {

extern TypeObject SuperType;

struct SuperObject : Object {
  Ref thisclass;  // the class after which the lookup starts (TypeObject)
  Ref obj;       // the instance or class, or null for an unbound super
  Ref obj_type;  // type(obj), or obj itself when obj is a class
};

}  // namespace weft
