# Slices: slice objects, indices(), negative steps, assignment, extended slices, __index__.
s = list(range(10))
print(s[2:8:2], s[::-1], s[-3:], s[:-3], s[8:2:-2], s[100:], s[-100:2])
print(s[slice(1, 4)], s[slice(None, None, 3)])
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl, repr(slice(5)))
print(slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(0, 100, 3).indices(7))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print("hello world"[::2], "abc"[::-1], (1, 2, 3, 4)[1::2], range(10)[3:7], range(10)[::-3])
b = s[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [7, 7]
print(b)
b[:] = "ab"
print(b)
c = list(range(8))
c[::2] = [0] * 4
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del c[::3]
print(c)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(s[Idx(2):Idx(5)], s[Idx(-1)], "abcdef"[Idx(1)::Idx(2)])
try:
    s["1":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
class Rec:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        if isinstance(k, tuple):
            return ("tuple", len(k))
        return ("index", k)
r = Rec()
print(r[1:2], r[::], r[1:2, 3], r[-1], r[:, :, ...])
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
print(hash(slice(1, 2)) == hash(slice(1, 2)))
print(bytes(range(10))[2:5], b"hello"[1:3])
t = tuple(range(5))
print(t[-2:], t[5:], t[1:-1][::-1])
m = [[1, 2, 3], [4, 5, 6]]
print([row[1:] for row in m])
text = "The quick brown fox"
words = text.split()
print(words[-1][::-1], text[4:9].upper(), text[-3:] == "fox")
big = 10 ** 20
print(s[-big:big], s[big:], "abc"[-big:])
