# PEP 695 type parameters at run time: generic functions and classes, type aliases, TypeVar
# bounds and constraints (evaluated lazily), ParamSpec, TypeVarTuple and __type_params__.

def identity[T](x: T) -> T:
    return x

print(identity(5), identity("s"))
print(identity.__type_params__)
(T,) = identity.__type_params__
print(type(T).__name__, T.__name__, repr(T))
print(T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(identity.__annotations__["x"] is T, identity.__annotations__["return"] is T)

def plain(x):
    return x
print(plain.__type_params__)

# Bounds and constraints are evaluated only when asked for.
def bounded[N: int, S: (str, bytes)](n: N, s: S) -> tuple[N, S]:
    return n, s

N, S = bounded.__type_params__
print(repr(N), N.__bound__, N.__constraints__)
print(repr(S), S.__bound__, S.__constraints__)
print(bounded(1, "a"), bounded.__annotations__["return"])

def lazy[L: Undefined]():
    pass
(L,) = lazy.__type_params__
print("lazy created", L.__name__)
try:
    L.__bound__
except NameError as e:
    print("NameError", e)
Undefined = float
print(lazy.__type_params__[0].__bound__)

# ParamSpec and TypeVarTuple.
def variadic[*Ts, **P](*args: *Ts, **kwargs: P.kwargs):
    return args

Ts, P = variadic.__type_params__
print(type(Ts).__name__, repr(Ts), Ts.__name__)
print(type(P).__name__, repr(P), P.__name__)
print(repr(P.args), repr(P.kwargs), P.args.__origin__ is P)
print(variadic(1, 2))
print([repr(x) for x in Ts])

# Generic classes.
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
    def kind(self):
        return T

b = Box(3)
print(b.get(), Box.__type_params__, Box.__type_params__[0] is b.kind())
print(Box.__parameters__)
print([c.__name__ for c in Box.__mro__])
print(Box.__orig_bases__)
IntBox = Box[int]
print(IntBox, IntBox.__origin__ is Box, IntBox.__args__)
print(IntBox(4).get())
print(Box[str] == Box[str], Box[str] == Box[int])

class Pair[K, V: (int, float)]:
    pass
print(Pair.__type_params__, Pair.__type_params__[1].__constraints__)
print(Pair[str, int])

class Plain:
    pass
print(Plain.__type_params__)

class Base:
    def hello(self):
        return "hello from Base"

class Derived[T](Base):
    pass
print(Derived().hello(), [c.__name__ for c in Derived.__mro__])

# Methods can have their own type parameters, and see the class's.
class Registry[K]:
    def add[V](self, key: K, value: V) -> dict[K, V]:
        return {key: value}
print(Registry().add("a", 1), Registry.add.__type_params__)
print(Registry.add.__annotations__)

# Type aliases: the value is evaluated lazily, on first access.
type Number = int | float
print(type(Number).__name__, Number.__name__, repr(Number))
print(Number.__value__, Number.__type_params__)

type ListOf[T] = list[T]
print(ListOf.__type_params__, ListOf.__value__)
print(ListOf[int], ListOf.__parameters__)

type Later = Missing
print("alias created", Later.__name__)
try:
    Later.__value__
except NameError as e:
    print("NameError", e)
Missing = str
print(Later.__value__)

type Recursive = list[Recursive] | None
print(Recursive.__value__)

# Type parameter names are scoped: they do not leak into the enclosing namespace.
try:
    T
except NameError:
    print("T is not defined at module level")
print("T" in globals(), "K" in globals())

# Bad uses raise.
try:
    class Twice[T](Box[T], Box[T]): pass
except TypeError as e:
    print("TypeError", e)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Number[int]
except TypeError as e:
    print("TypeError", e)

# __type_params__ can be assigned a tuple (as functools.wraps does).
def copy_target():
    pass
copy_target.__type_params__ = identity.__type_params__
print(copy_target.__type_params__, copy_target.__type_params__ is identity.__type_params__)
try:
    copy_target.__type_params__ = [1]
except TypeError as e:
    print("TypeError", e)

# TypeVarTuple and ParamSpec parameters of classes and aliases.
class Variadic[*Ts, T]:
    pass
print(Variadic.__orig_bases__, Variadic.__parameters__, Variadic.__type_params__)
print(Variadic[int, str, bytes])
class Callback[**Q]:
    pass
print(Callback.__orig_bases__, Callback.__parameters__)
type Row[*Ts] = tuple[*Ts]
print(Row.__value__, Row.__parameters__, Row.__type_params__)
