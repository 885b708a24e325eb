from dataclasses import dataclass, field, fields
from typing import ClassVar, List, Optional
import dataclasses

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    limit: ClassVar[int] = 10
    parent: "Optional[Inventory]" = None

i = Inventory("a")
print(i, [f.name for f in fields(i)], Inventory.limit, [f.type for f in fields(i)])

@dataclass(frozen=True)
class Node:
    value: int
    children: tuple = ()
print(Node(1, (Node(2),)), hash(Node(1)) == hash(Node(1)))
print(dataclasses.make_dataclass("P", [("x", int), ("y", int, field(default=5))])(1))
