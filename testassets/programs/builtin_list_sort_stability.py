# list.sort and sorted: stability across multiple passes, key functions, reverse stability, mutation errors.
people = [("ann", "eng", 30), ("bob", "ops", 25), ("cid", "eng", 25), ("dee", "ops", 30), ("eve", "eng", 35), ("fay", "hr", 25)]
by_age = sorted(people, key=lambda p: p[2])
print([p[0] for p in by_age])
by_dept_then_age = sorted(by_age, key=lambda p: p[1])
print([p[0] for p in by_dept_then_age])
print([p[0] for p in sorted(people, key=lambda p: p[2], reverse=True)])
print([p[0] for p in sorted(people, key=lambda p: (p[1], -p[2]))])
data = [3, 1, 2, 1, 3, 2]
tagged = list(enumerate(data))
tagged.sort(key=lambda t: t[1])
print(tagged)
tagged.sort(key=lambda t: t[1], reverse=True)
print(tagged)
words = ["Banana", "apple", "cherry", "Apple", "banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 3, 9, 1], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
nums = [0.5, -1, 2, -0.0, 0, 1.5, True, False]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
big = [(i * 7919) % 101 for i in range(60)]
s1 = sorted(big)
print(s1 == sorted(s1), s1[:10], s1[-5:], big.index(max(big)))
for bad in [lambda: [1, "a"].sort(), lambda: [1, 2].sort(lambda x: x), lambda: [None, None].sort(), lambda: [{1}, {2}, 3].sort()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class Rec:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag
    def __lt__(self, other):
        return self.k < other.k
recs = [Rec(2, "a"), Rec(1, "b"), Rec(2, "c"), Rec(1, "d")]
print([r.tag for r in sorted(recs)], [r.tag for r in sorted(recs, reverse=True)])
