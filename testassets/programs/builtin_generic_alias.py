# types.GenericAlias: built-in classes subscripted (list[int]), their attributes, equality,
# substitution of type parameters, use as a base class, and unions with them.
from typing import TypeVar

class Box:
    pass

T = TypeVar("T")
K = TypeVar("K")
print(list[int], dict[str, list[int]], tuple[int, ...], list[()], list[Box], type[Box], set[frozenset[str]])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__, tuple[int, ...].__args__, list[()].__args__)
print(list[int] == list[int], list[int] == list[str], list[int] != list[int], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[T].__parameters__, dict[K, list[T]].__parameters__, list[int].__parameters__)
print(list[T][int], dict[K, list[T]][str, bytes], dict[str, T][float], tuple[T, ...][int])
print(list[int](), list[int]("ab"), dict[str, int](a=1), tuple[int, ...]((1, 2)))
print(list[int] | None, int | list[str], list[T] | dict[str, T])
for bad in (lambda: list[int][str], lambda: list[T][int, str], lambda: dict[K, T][int]):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

class Numbers(list[int]):
    def total(self):
        return sum(self)
n = Numbers([1, 2, 3])
print(n.total(), [c.__name__ for c in Numbers.__mro__], Numbers.__orig_bases__, isinstance(n, list))

def annotated(x: list[int], y: dict[str, "Box"]) -> tuple[int, ...]:
    return (len(x),)
print(annotated.__annotations__)
