from collections import defaultdict, Counter, deque
from functools import reduce, partial, lru_cache, wraps, cmp_to_key
import itertools

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(sorted(counts.items()))
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], c["a"])
c.update("aaz")
print(c.most_common(3), sum(c.values()), Counter([1, 1, 2]) + Counter([2, 3]))
dq = deque([1, 2, 3], maxlen=4)
dq.append(4)
dq.append(5)
dq.appendleft(0)
print(dq, dq.pop(), dq.popleft(), len(dq), list(dq))
dq.rotate(1)
print(dq)
print(reduce(lambda a, b: a * b, range(1, 10)), reduce(lambda a, b: a + b, [], 0))
pow2 = partial(pow, 2)
print(pow2(10), partial(int, base=16)("ff"))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100))


def logged(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner


@logged
def greet(name):
    """Say hi."""
    return "hi " + name


print(greet("x"), greet.__name__, greet.__doc__)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.chain("ab", [1, 2])))
print(list(itertools.permutations("abc", 2)), list(itertools.combinations(range(4), 2)))
print(list(itertools.product("ab", repeat=2)), list(itertools.accumulate([1, 2, 3, 4])))
print([(k, list(g)) for k, g in itertools.groupby("aaabccdd")], list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.repeat("x", 3)), list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.pairwise([1, 2, 3])))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])))
