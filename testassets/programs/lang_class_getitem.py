# __class_getitem__, __getitem__ on classes, generic aliases of built-in types.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
class Sub(Box): pass
print(Sub[str])
print(list[int], dict[str, list[int]], tuple[int, str])
alias = list[int]
print(alias([1, 2]))
print(type[int], set[str])
try:
    n = 5
    n[0]
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for x in Seq():
    print("item", x)
class Mapping:
    def __getitem__(self, key): return key.upper()
    def __missing__(self, key): return "unused"
print(Mapping()["abc"])
class D(dict):
    def __missing__(self, key):
        return f"missing {key}"
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)
class Slicer:
    def __getitem__(self, k): return k
s = Slicer()
print(s[1], s[1:2], s[::2], s[1, 2:3], s[...], s[:, None])
class Setter:
    def __init__(self): self.data = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
st = Setter()
st["a"] = 1
st[1] = [9]
del st["a"]
try:
    del st["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Seq()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Seq()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
