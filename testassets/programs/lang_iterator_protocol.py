# The iterator protocol: __iter__/__next__, iter() with sentinel, StopIteration, old-style __getitem__.
class CountDown:
    def __init__(self, start): self.current = start
    def __iter__(self): return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(CountDown(3)), sum(CountDown(4)), max(CountDown(5)))
cd = CountDown(2)
print(next(cd), next(cd), next(cd, "exhausted"))
try:
    next(cd)
except StopIteration as e:
    print("StopIteration", e.args)
class Reusable:
    def __init__(self, n): self.n = n
    def __iter__(self): return iter(range(self.n))
r = Reusable(3)
print(list(r), list(r), [a * b for a in r for b in r][:4])
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return chr(97 + i)
print(list(GetItemOnly()), "b" in GetItemOnly(), list(enumerate(GetItemOnly())))
values = iter([1, 2, 0, 3])
print(list(iter(lambda: next(values), 0)))
calls = 0
def counter():
    global calls
    calls += 1
    return calls
print(list(iter(counter, 4)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(lambda: 1, 1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
print(iter(it) is it, list(it), list(it))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
m = map(str, range(3))
print(next(m), list(m))
e = enumerate("xy", 5)
print(next(e), list(e))
rev = reversed([1, 2, 3])
print(type(rev).__name__, list(rev), list(reversed(range(3))), list(reversed("ab")))
class Rev:
    def __reversed__(self): return iter("custom")
    def __len__(self): return 0
print("".join(reversed(Rev())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())))
a, b, *c = CountDown(5)
print(a, b, c)
d = dict(zip(CountDown(3), "abc"))
print(d)
class StopEarly:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise StopIteration("with value")
        return self.i
print(list(StopEarly()), [x for x in StopEarly()], tuple(StopEarly()))
def gen():
    yield from StopEarly()
print(list(gen()))
