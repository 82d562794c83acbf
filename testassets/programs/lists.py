a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::3], a[::-1])
a.append(7)
a.extend([8, 8])
a.insert(0, 0)
print(a, a.pop(), a.pop(0), a.index(5), a.count(1))
a.remove(1)
print(a)
a.sort()
print(a, sorted(a, reverse=True), sorted(["bb", "a", "ccc"], key=len))
a.reverse()
print(a, min(a), max(a), sum(a))
b = a.copy()
b[0] = 100
b[1:3] = ["x", "y", "z"]
del b[-1]
print(a[0], b)
del b[1:3]
print(b, b * 2, [0] * 3 + [1])
m = [[i * j for j in range(3)] for i in range(3)]
print(m, m[1][2])
print([x for x in range(10) if x % 2 == 0], [(x, y) for x in range(2) for y in "ab"])
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -2)), range(5), len(range(0, 100, 7)))
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])), list(map(lambda x, y: x + y, [1, 2], [10, 20])))
print(any([0, 0, 1]), all([1, 2, 0]), all([]), 3 in a, 42 in a)
x, y, *rest = [1, 2, 3, 4, 5]
first, *middle, last = "abcde"
print(x, y, rest, first, middle, last)
c = [5, 2, 8]
c += [1]
c *= 2
print(c, [] == [], [1, 2] < [1, 3], [1, 2] == [1, 2], [[1]] * 2)
t = (1, 2, 3)
print(t, t[1], t + (4,), t * 2, (1,), (), tuple([1, 2]), t.index(2), t.count(3))
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][1][0])
s = a[:]
s.clear()
print(s, a == sorted(a, reverse=True))
stack = []
for i in range(3):
    stack.append(i)
while stack:
    print(stack.pop(), end=" ")
print()
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([3, 1, 2], key=lambda v: -v))
people = [("amy", 30), ("bob", 25), ("cat", 30)]
print(sorted(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
