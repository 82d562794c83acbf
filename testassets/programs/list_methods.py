# list methods and operations.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); print(a)
a.extend([3, 5]); print(a)
a.extend(range(2)); print(a)
a.insert(0, 100); a.insert(-1, 200); a.insert(99, 300); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(5), a.index(5, 5), a.count(5), a.count(42))
b = a.copy(); b.reverse(); print(b, a == b[::-1])
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
words.sort(key=lambda w: (len(w), w)); print(words)
b.clear(); print(b, len(b))
print([1, 2] + [3], [0] * 3, 3 * [1, 2], [[]] * 2, [1, 2, 3][1:], [1, 2, 3][:-1], list(range(10))[::3], [1, 2, 3][::-1])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], 2 in [1, 2], 3 not in [1, 2])
m = [1, 2, 3, 4, 5]
m[1:4] = [0]; print(m)
m[:0] = [7, 8]; print(m)
m[len(m):] = [9]; print(m)
m[::-1] = list(range(len(m))); print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(2)
except ValueError as e:
    print(e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(e)
try:
    [1][5]
except IndexError as e:
    print(e)
try:
    [1][5] = 0
except IndexError as e:
    print(e)
try:
    [3, "a"].sort()
except TypeError as e:
    print(e)
nested = [[3, 2], [1], [2, 2, 2]]
print(sorted(nested), max(nested, key=len), min(nested), sum(nested, []))
print(list("abc"), list((1, 2)), list({"x": 1}), list(map(abs, [-1, -2])), list(x * x for x in range(4)))
c = [1, 2, 3]
c *= 2; print(c)
c[1] = c; print(c)
print(len([None] * 5), [1, [2, [3, [4]]]], repr([1.5, "s", None, True]))
stable = sorted([(1, "b"), (0, "a"), (1, "a"), (0, "b")], key=lambda t: t[0]); print(stable)
print(list(reversed([1, 2, 3])), [i for i in reversed(range(3))], list(enumerate("ab", 1)))
print([x for x in [5, 3, 8] if x > 4], any([0, 0, 1]), all([1, 1, 0]), all([]), any([]))
d = [5, 6, 7]
del d[1]; print(d)
d += "xy"; print(d)
print(d.__len__(), d.__getitem__(0), d.__contains__(5), list.__name__)
print([1, 2] != [1, 2], hash(()) == hash(()))
try:
    hash([])
except TypeError as e:
    print(e)
x = [0] * 3
y = [x] * 2
x[0] = 1
print(y)
print(sorted([3, 1, 2], key=None), sorted("bca", reverse=True), sorted({3: 1, 1: 2}))
big = list(range(1000))
big.sort(key=lambda v: -v)
print(big[:5], big[-3:])
