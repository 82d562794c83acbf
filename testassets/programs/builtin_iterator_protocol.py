# Built-in iterators expose __iter__ and __next__ like any iterator: it.__next__(), type(it).__next__(it)
# and next(it) are the same step, and __next__ raises StopIteration at the end.
import itertools


def steps(label, it, n=3):
    out = []
    for _ in range(n):
        try:
            out.append(it.__next__())
        except StopIteration:
            out.append("stop")
    print(label, type(it).__name__, out, it.__iter__() is it, iter(it) is it)


steps("list", iter([1, 2]))
steps("tuple", iter((1,)))
steps("str", iter("ab"))
steps("bytes", iter(b"ab"))
steps("bytearray", iter(bytearray(b"z")))
steps("range", iter(range(2)))
steps("set", iter({7}))
steps("dict", iter({"k": 1}))
steps("dict values", iter({"k": 1}.values()))
steps("dict items", iter({"k": 1}.items()))
steps("reversed list", reversed([1, 2]))
steps("reversed", reversed((1, 2)))
steps("enumerate", enumerate("xy"))
steps("zip", zip([1, 2], "ab"))
steps("map", map(abs, [-1, -2]))
steps("filter", filter(None, [0, 1, 2]))
steps("generator", (x * x for x in range(2)))
steps("count", itertools.count(5))
steps("chain", itertools.chain([1], [2]))

it = iter([10, 20, 30])
print(type(it).__next__(it), next(it), it.__next__())
try:
    type(it).__next__(it)
except StopIteration as e:
    print("StopIteration", e.args)

calls = iter([1, 2, 0, 4]).__next__
steps("callable", iter(calls, 0))
print(list(map(iter("abc").__next__.__class__.__name__.__len__, [])))
print(hasattr(iter([]), "__next__"), hasattr([], "__next__"), hasattr(zip(), "__next__"))
