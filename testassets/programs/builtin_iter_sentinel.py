# iter() and next(): sequences, callables with sentinel, default values, exhaustion and errors.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, repr(e.value))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)), counter)
data = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(data), "")), list(data))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(iter(c) is c, list(c), list(c), next(c, "empty"))
class OldSeq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * i
print(list(OldSeq()), list(iter(OldSeq())), 9 in OldSeq(), 5 in OldSeq(), type(iter(OldSeq())).__name__)
for obj in ["ab", (1,), {"k": 1}, {5}, range(2), {"a": 1}.items()]:
    i = iter(obj)
    print(type(i).__name__, list(i), list(i))
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: iter(5))
attempt(lambda: next([1]))
attempt(lambda: iter(5, 1))
attempt(lambda: next(iter([]), ))
attempt(lambda: iter())
g = (x * 2 for x in range(3))
print(next(g), list(g), next(g, "done"), iter(g) is g)
lines = iter(["header", "row1", "row2"])
header = next(lines)
print(header, [r.upper() for r in lines])
