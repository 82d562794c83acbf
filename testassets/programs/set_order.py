print({10, 20, 30, 40, 50, 60}, set([10, 20, 30, 40, 50, 60]), set({7: 1, 300: 2, 15: 3}))
a = {1, 2, 3, 100, 200}
b = {3, 4, 200, 9999}
print(a | b, a & b, a - b, a ^ b, b | a)
s = set()
for i in range(0, 200, 13):
    s.add(i)
print(s)
s2 = set(s)
s2.discard(13)
print(s2, frozenset(s2), {x for x in range(50, 0, -7)})
print(set("abc") == {"a", "b", "c"}, len({1, True, 1.0}))
a = set(range(0, 100, 9))
b = a.copy()
b.add(1000)
print(a, b, a.union({5}), frozenset(a) | {77}, {3, 1000, 17} - a, a - {0})
c = {i * 7 for i in range(30)}
print(c - {7}, c & {14, 21, 700}, sorted(c)[:3])
