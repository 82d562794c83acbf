# del: names, attributes, items, slices, and the errors each raises.
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[::2]
print(lst)
del lst[1:3]
print(lst)
try:
    del lst[10]
except IndexError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class C:
    cls_attr = 1
    def __init__(self): self.a = 1; self.b = 2
o = C()
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del C.cls_attr
print(hasattr(C, "cls_attr"))
a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals(), "b" in globals())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
class Logged:
    def __delattr__(self, name):
        print("delattr", name)
    def __delitem__(self, key):
        print("delitem", key)
lg = Logged()
del lg.anything
del lg[1:2, 3]
def local_del():
    y = 5
    del y
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
local_del()
def closure_del():
    z = 1
    def read(): return z
    del z
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
closure_del()
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
for i in range(3):
    pass
del i
print("i" in dir())
try:
    raise ValueError("cleared")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)
(p, q) = [1, 2]
del (p, q)
[r] = [3]
del [r]
print(sorted(n for n in ("p", "q", "r") if n in globals()))
