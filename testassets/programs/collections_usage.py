# collections: defaultdict, Counter, deque, OrderedDict.
from collections import defaultdict, Counter, deque, OrderedDict
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dict(dd), dd["z"], sorted(dd))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:6], sum(c.values()))
c2 = Counter(a=1, b=5)
print(sorted((c + c2).items()), sorted((c - c2).items()), c.total() if hasattr(c, "total") else 11)
c.update("aaa")
print(c["a"], Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); d.extend([5]); d.extendleft([-1, -2])
print(d, d.pop(), d.popleft(), len(d), d[0], d[-1])
d.rotate(2); print(d)
d.rotate(-3); print(d)
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, list(bounded), bounded.maxlen)
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(list(od), od.popitem(), list(od))
