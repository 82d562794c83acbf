# PEP 695 scoping: type parameters seen from methods, nested functions, lambdas and class bodies;
# generic classes with super(), metaclasses, keywords and __init_subclass__; aliases in classes.

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = "Meta"
        return cls

class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
    def describe(self):
        return "Base.describe"

class Node[T](Base, tag="node"):
    def __init__(self, value: T, children: "list[Node[T]] | None" = None):
        self.value = value
        self.children = children or []
    def describe(self):
        return "Node(" + super().describe() + ")"
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
    @classmethod
    def leaf(cls, value: T) -> "Node[T]":
        return cls(value)
    def param(self):
        return T

tree = Node(1, [Node(2), Node.leaf(3)])
print(list(tree.walk()), tree.describe(), Node.tag, Node.param(tree).__name__, Node.__type_params__)
print([c.__name__ for c in Node.__mro__], Node.__parameters__)

class Meta2[T](metaclass=Meta):
    pass
print(Meta2.created_by, type(Meta2).__name__, Meta2.__type_params__)

# Nested generic functions and closures over type parameters.
def outer[A](a: A):
    def inner[B](b: B) -> tuple[A, B]:
        return (a, b)
    f = lambda: A
    return inner, f

inner, f = outer(1)
print(inner(2), inner.__type_params__, f() is outer.__type_params__[0], inner.__annotations__)

# Methods with their own parameters alongside the class's.
class Converter[In]:
    type Pair[X] = tuple[In, X]
    def convert[Out](self, x: In, fn: "Callable[[In], Out]") -> Out:
        return fn(x)
    def types(self):
        return In, self.convert.__type_params__

c = Converter()
print(c.convert(3, str), c.types()[0].__name__, c.types()[1])
print(Converter.Pair, Converter.Pair.__value__, Converter.Pair.__type_params__)

# A class attribute with the same name as a type parameter: the class body sees the attribute,
# methods see the type parameter.
class Shadow[T]:
    T = "class attribute"
    seen_in_body = T
    def method(self):
        return T
print(Shadow.seen_in_body, Shadow().method().__name__)

# Type parameter bounds may refer to names defined later, even to the class itself.
class Tree[T: "Tree"]:
    pass
print(Tree.__type_params__[0].__bound__)
class Ordered[T: Comparable]:
    pass
class Comparable:
    pass
print(Ordered.__type_params__[0].__bound__.__name__)

# Generic functions are still ordinary functions.
def swap[X, Y](pair: tuple[X, Y]) -> tuple[Y, X]:
    return pair[1], pair[0]
print(swap((1, "a")), swap.__name__, swap.__qualname__, swap.__defaults__)
def with_defaults[T](x: T = 5, *, y: T = 6):
    return x, y
print(with_defaults(), with_defaults.__defaults__, with_defaults.__kwdefaults__)

# Generic async functions and generators.
async def agen[T](items: list[T]):
    for i in items:
        yield i
def gen[T](items: list[T]):
    yield from items
async def collect():
    return [x async for x in agen([1, 2])]
co = collect()
try:
    co.send(None)
except StopIteration as e:
    print(e.value, list(gen("ab")), agen.__type_params__, gen.__type_params__)
