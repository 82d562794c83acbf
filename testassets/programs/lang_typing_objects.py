# The typing objects behind PEP 695 used directly: TypeVar/ParamSpec/TypeVarTuple constructors,
# old-style Generic[T] classes, unions made with |, TypeAliasType, and the errors they raise.
from typing import TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic, TYPE_CHECKING

T = TypeVar("T")
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
Num = TypeVar("Num", int, float)
B = TypeVar("B", bound=str)
print(repr(T), repr(Co), repr(Contra), repr(Num), repr(B))
print(Num.__constraints__, B.__bound__, T.__bound__, T.__infer_variance__)
print(TYPE_CHECKING)

for bad in (lambda: TypeVar("X", int), lambda: TypeVar("X", covariant=True, contravariant=True),
            lambda: TypeVar("X", int, str, bound=int), lambda: TypeVar("X", infer_variance=True, covariant=True)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
print(repr(P), repr(P.args), repr(P.kwargs), repr(Ts), P.args == P.args, P.args == P.kwargs)

# Generic classes the pre-3.12 way.
class Stack(Generic[T]):
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
        return self
print(Stack.__parameters__, Stack.__orig_bases__, [c.__name__ for c in Stack.__mro__])
s = Stack[int]()
print(s.push(1).push(2).items, s.__orig_class__)
print(Stack[str])

class Mapping(Generic[T, B]):
    pass
print(Mapping.__parameters__, Mapping[int, str])

# A subclass of a parameterised generic is not generic; one that re-parameterises is.
class IntStack(Stack[int]):
    pass
print(IntStack.__parameters__, IntStack.__orig_bases__, [c.__name__ for c in IntStack.__mro__])
try:
    IntStack[int]
except TypeError as e:
    print("TypeError", e)

class Wrapper[U](Stack[U]):
    pass
print(Wrapper.__parameters__, [c.__name__ for c in Wrapper.__mro__], Wrapper.__orig_bases__)

class Both(Stack[T], Generic[T]):
    pass
print(Both.__parameters__, [c.__name__ for c in Both.__mro__])

# Errors from Generic.
for bad in ("Generic[int]", "Generic[T, T]", "Generic[()]"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
try:
    class Plain(Generic):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Missing(Stack[T], Generic[B]):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class FromTypeVar(T):
        pass
except TypeError as e:
    print("TypeError", e)

# Unions.
u = int | str
print(u, type(u).__name__, u.__args__)
print(int | None, None | int, int | int, (int | str) | float, int | (str | float))
print((int | str) == (str | int), (int | str) == (int | float), hash(int | str) == hash(str | int))
print(list[int] | None, T | None, Stack[int] | None)
try:
    int | 3
except TypeError as e:
    print("TypeError", e)

# TypeAliasType made by hand.
Pairs = TypeAliasType("Pairs", list[tuple[T, T]], type_params=(T,))
print(Pairs, Pairs.__value__, Pairs.__type_params__, Pairs[int])
type Opt[X] = X | None
print(Opt.__value__, Opt[int], Opt.__module__)
print(Opt | int)
print((int | str) == 5, Stack[int] == 5, (int | str) != "x")

# Substituting the parameters of parameterised generic classes and aliases.
U = TypeVar("U")
class Duo(Generic[T, U]):
    pass
print(Duo[T, int][str], Duo[list[T], U][int, bytes], Duo[int, str] == Duo[T, str][int])
type ListOf[X] = list[X]
print(ListOf[T][int], ListOf[T].__args__, list[Duo[T, int]][str])
try:
    Duo[int, str][int]
except TypeError as e:
    print("TypeError", e)
