// Expression unparser for `from __future__ import annotations` (PEP 563): an annotation is stored
// as the string CPython 3.13's compiler produces for it (its C unparser's spacing, minimal
// parentheses by precedence, repr() of constants).
#pragma once
#include <functional>
#include <string>

#include "compiler/ast.h"

namespace weft {

// `const_repr` returns repr() of a constant (the caller owns the object model).
std::string unparse_expr(const ast::Expr* e, const std::function<std::string(const ast::ConstantValue&)>& const_repr);

}  // namespace weft
