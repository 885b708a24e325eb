# PEP 563 with dataclasses, typing.get_type_hints and nested functions.
"""Doc."""
from __future__ import annotations
import dataclasses, typing
from dataclasses import dataclass, field
from typing import ClassVar

@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    count: ClassVar[int] = 0
    parent: Node | None = None

n = Node(1, [Node(2)])
print(n)
print(Node.__annotations__)
print([f.name for f in dataclasses.fields(Node)])
print(typing.get_type_hints(Node))
def outer():
    def inner(x: Undefined) -> AlsoUndefined[int]:
        y: NotEvaluated = 1
        return y
    return inner
print(outer().__annotations__, outer()(0))
