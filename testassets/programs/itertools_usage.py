# itertools: infinite iterators, combinatorics, grouping, slicing, accumulation.
import itertools as it
import operator
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(it.islice(it.count(), 3)))
print(list(it.chain([1, 2], "ab", range(2))), list(it.chain.from_iterable([[1], [2, 3]])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 5], max)), list(it.accumulate([1, 2], initial=100)))
print(list(it.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda v: v < 3, [1, 2, 3, 1])), list(it.filterfalse(lambda v: v % 2, range(6))))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.pairwise("abcd")))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))), list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
for key, group in it.groupby("aaabbcaa"):
    print(key, list(group))
data = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
print([(k, [name for _, name in g]) for k, g in it.groupby(sorted(data), key=lambda t: t[0])])
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice(range(100), 95, 200)), list(it.islice([], 3)))
print(sum(1 for _ in it.combinations(range(10), 3)), next(it.dropwhile(lambda x: x < 100, it.count())), list(zip(it.count(1), "xyz")))
from operator import itemgetter, attrgetter, methodcaller, add, neg, lt, not_, getitem, contains, truth
rows = [("b", 2, "x"), ("a", 3, "y"), ("c", 1, "z")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)), list(map(itemgetter(0), rows)))
class P:
    def __init__(self, n):
        self.name = n
        self.inner = self
print([attrgetter("name")(P(v)) for v in "xy"], attrgetter("inner.name", "name")(P("q")), methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"))
print(add(2, 3), neg(4), lt(1, 2), not_(0), getitem([5, 6], 1), contains("abc", "b"), truth([]), list(it.accumulate(range(5), add)))
