# Annotations: function and variable annotations are evaluated and stored, never enforced.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return a
print(f.__annotations__)
print(f("not an int"), f.__annotations__["return"].__name__)
def no_ann(a, b): pass
print(no_ann.__annotations__)
x: int = 5
y: "forward"
print(__annotations__, x, "y" in globals())
class Point:
    x: int
    y: int = 0
    label: str = "p"
    def method(self) -> None: pass
print(Point.__annotations__, Point.y, hasattr(Point, "x"), Point.method.__annotations__)
calls = []
def tag(name):
    calls.append(name)
    return name
def evaluated(p: tag("param"), q: tag("q") = tag("default")) -> tag("ret"):
    pass
print(calls)
z: tag("module level")
print(calls[-1], "z" in globals())
def local_annotations():
    inner: tag("local not evaluated") = 1
    undefined_ann: NoSuchName
    return inner
print(local_annotations(), calls[-1])
class C:
    attr: list[int] = []
    other: dict[str, "C"]
print(C.__annotations__)
def complex_ann(a: list[int] = None, b: tuple[int, ...] = ()) -> dict[str, list[int]]:
    return {}
print(complex_ann.__annotations__["a"], complex_ann.__annotations__["return"])
d = {}
d["key"]: int = 3
obj = Point()
obj.z: str = "attr"
print(d, obj.z, "z" in Point.__annotations__)
try:
    exec("(a, b): int = 1, 2")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("a, b: int")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
f.__annotations__ = {"changed": True}
print(f.__annotations__)
lam = lambda v: v
print(lam.__annotations__)
