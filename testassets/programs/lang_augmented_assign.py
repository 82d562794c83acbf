# Augmented assignment: in-place dunders, fallbacks, targets evaluated once.
class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print("iadd", o); self.v += o; return self
    def __add__(self, o):
        print("add", o); return Acc(self.v + o)
    def __repr__(self): return f"Acc({self.v})"

class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
    def __repr__(self): return f"OnlyAdd({self.v})"

a = Acc(1); b = a
a += 5
print(a, b, a is b)
c = OnlyAdd(1); d = c
c += 5
print(c, d, c is d)

lst = [1, 2]; alias = lst
lst += (3, 4)
print(lst, alias is lst)
t = (1, 2); talias = t
t += (3,)
print(t, talias)
s = "ab"; s *= 3; print(s)
n = 7
for op in ["+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    x = n
    exec(f"x {op} 3")
    ns = {"x": n}; exec(f"x {op} 3", ns); print(op, ns["x"])
f = 7.5; f /= 2; print(f)
f //= 2; print(f)
st = {1, 2}; st |= {3}; st &= {2, 3, 4}; st ^= {9}; st -= {9}; print(sorted(st))
dd = {"a": 1}; dd |= {"b": 2}; print(dd)

calls = []
def key(k):
    calls.append(k); return k
d = {"x": 1}
d[key("x")] += 10
print(d, calls)
class Obj: pass
o = Obj(); o.count = 0
def get():
    calls.append("get"); return o
get().count += 1
get().count += 1
print(o.count, calls)
m = [[0, 0], [0, 0]]
m[1][0] += 5
print(m)
lst2 = [1, 2, 3]
lst2[1:] += [9]
print(lst2)

try:
    q = None
    q += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    z = "a"
    z -= "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    tup = (1, [2])
    tup[1] += [3]
except TypeError as e:
    print(type(e).__name__, e, tup)
def inner():
    try:
        undefined_local += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    undefined_local = 0
inner()
class NI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "fell back to __add__"
v = NI(); v += 1; print(v)
class Rev:
    def __radd__(self, o): return f"radd({o})"
w = 1; w += Rev(); print(w)
