# any(), all(), sum(), len(), bool() on different iterables, short-circuiting and errors.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any("a"), all(""), any([0, 0.0, 1j]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), all(x < 4 for x in range(5)))
seen = []
def check(x):
    seen.append(x)
    return x
print(any(check(x) for x in [0, 0, 3, 4]), seen)
seen.clear()
print(all(check(x) for x in [1, 2, 0, 4]), seen)
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2, 3]], []), sum(range(101)))
print(sum([1.5, 2, True]), sum((x * x for x in range(4)), start=100), sum([10**20, 1, -10**20]))
print(len([]), len("héllo"), len(range(0, 100, 7)), len({1: 2}), len(b"\x00\x01"), len(set("hello")))
print(bool(0), bool(0.0), bool(-0.0), bool(""), bool(" "), bool([]), bool([[]]), bool(None), bool(range(0)), bool(range(1)))

class Falsey:
    def __bool__(self):
        return False
class ByLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Falsey()), bool(ByLen(0)), bool(ByLen(2)), any([Falsey(), ByLen(0)]), all([ByLen(1), 1]))

for bad in [lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]), lambda: any(5), lambda: len(5), lambda: sum([b"a"], b""), lambda: sum([[1]])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
for bad in [lambda: bool(BadBool()), lambda: len(BadLen()), lambda: bool(BadLen())]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
