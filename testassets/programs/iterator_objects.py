# Built-in iterator objects: single pass, laziness, exhaustion, iter(callable, sentinel), views.
nums = [1, 2, 3, 4]
m = map(lambda v: v * 10, nums)
print(next(m), list(m), list(m))
z = zip("abc", nums)
print(next(z), list(z))
e = enumerate("xy")
print(next(e), next(e), next(e, "exhausted"))
f = filter(None, [0, 1, 0, 2])
print(list(f), list(f))
r = reversed(nums)
print(next(r), list(r))
it = iter(nums)
print(iter(it) is it, next(it), sum(it), sum(it))
nums.append(5)
print(list(iter(nums)))
lines = iter(["first", "second", "", "ignored"])
print(list(iter(lambda: next(lines), "")))
state = {"n": 0}
def tick():
    state["n"] += 1
    return state["n"]
print(list(iter(tick, 4)))
d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
d["c"] = 3
print(list(keys), list(values), list(items), len(keys), "c" in keys, 3 in values, ("c", 3) in items)
ki = iter(d)
print(next(ki), list(ki))
s = "abc"
si = iter(s)
print(next(si), "".join(si))
r2 = range(3)
print(list(r2), list(r2), iter(r2) is not iter(r2))
gen = (n * n for n in range(4))
print(3 in (n for n in range(5)), 9 in gen, list(gen))
def lazy_log(values, log):
    for v in values:
        log.append(v)
        yield v
log = []
pipeline = map(str, filter(lambda v: v % 2, lazy_log(range(6), log)))
print(log)
print(next(pipeline), log)
print(list(pipeline), log)
print(list(zip(range(3), iter("abcdef"))), list(map(pow, range(4), [2] * 4)), list(enumerate(reversed("ab"))))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(range(1))).__name__, type(map(str, [])).__name__, type(zip()).__name__)
