# Simple statements: assignment forms, augmented assignment, del, pass, global, nonlocal, assert.
a = b = c = 1
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "st"
print(s, t)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7; n <<= 4; n >>= 1; n |= 1; n &= 0xff; n ^= 0b101
print(n)
f = 7.0
f /= 2
print(f)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
tup = (1, 2)
alias_t = tup
tup += (3,)
print(tup, alias_t, tup is alias_t)
d = {"k": [1]}
d["k"] += [2]
print(d)
class Obj:
    pass
o = Obj()
o.count = 0
o.count += 1
print(o.count)
arr = [0, 1, 2, 3, 4, 5]
arr[1:3] = ["a", "b", "c"]
print(arr)
arr[::2] = [9, 9, 9, 9][:len(arr[::2])]
print(arr)
del arr[0], arr[-1]
print(arr)
del arr[::2]
print(arr)
del o.count
print(hasattr(o, "count"))
v = 5
del v
try:
    print(v)
except NameError as e:
    print(e)
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def outer():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    add(3)
    add(4)
    return total
print(outer())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print(repr(e))
if True:
    pass
print(__debug__)
i = j = 0
while i < 3:
    i += 1
    j += i
else:
    print("while else", i, j)
for ch in "ab":
    pass
else:
    print("for else", ch)
for ch in "abc":
    if ch == "b":
        break
else:
    print("not printed")
print("broke at", ch)
w = [1, 2, 3]
w[0], w[2] = w[2], w[0]
print(w)
m = n2 = []
m.append(1)
print(n2)
x = [1, 2, 3]
i = 0
i, x[i] = 1, 9
print(i, x)
(a) = 5
print(a)
a: int = 3
print(a, __annotations__)
