# Classic algorithms: sorting, searching, primes, dynamic programming, graphs, backtracking.
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def heapify_sort(xs):
    xs = list(xs)
    n = len(xs)
    def sift(i, size):
        while True:
            largest, l, r = i, 2 * i + 1, 2 * i + 2
            if l < size and xs[l] > xs[largest]: largest = l
            if r < size and xs[r] > xs[largest]: largest = r
            if largest == i: return
            xs[i], xs[largest] = xs[largest], xs[i]
            i = largest
    for i in range(n // 2 - 1, -1, -1): sift(i, n)
    for end in range(n - 1, 0, -1):
        xs[0], xs[end] = xs[end], xs[0]
        sift(0, end)
    return xs
seq = [(i * 7919) % 101 for i in range(40)]
print(quicksort(seq) == sorted(seq) == merge_sort(seq) == heapify_sort(seq), quicksort(seq)[:10])
def bsearch(xs, t):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == t: return mid
        if xs[mid] < t: lo = mid + 1
        else: hi = mid - 1
    return -1
srt = sorted(set(seq))
print([bsearch(srt, t) for t in (srt[0], srt[5], srt[-1], 1000)])
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, f in enumerate(flags) if f]
primes = sieve(200)
print(len(primes), primes[-5:], sum(primes))
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a)):
        for j in range(len(b)):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    out, i, j = [], len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]: i -= 1
        else: j -= 1
    return "".join(reversed(out))
print(lcs("AGGTAB", "GXTXAYB"), lcs("programming", "gaming"))
def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt); queue.append(nxt)
    return order
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]: indeg[m] += 1
    ready = sorted(n for n in graph if indeg[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0: ready.append(m)
    return out
print(bfs("a"), topo())
def dijkstra(edges, src):
    dist = {src: 0}
    todo = {src}
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        for v, w in edges.get(u, []):
            if v not in dist or dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                todo.add(v)
    return dict(sorted(dist.items()))
print(dijkstra({"s": [("a", 4), ("b", 1)], "b": [("a", 2), ("c", 5)], "a": [("c", 1)]}, "s"))
def queens(n):
    sols = []
    def place(row, cols, d1, d2, cur):
        if row == n:
            sols.append(cur[:]); return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2: continue
            cur.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, cur)
            cur.pop()
    place(0, set(), set(), set(), [])
    return sols
print(len(queens(6)), queens(6)[0], len(queens(8)))
def permutations(xs):
    if not xs: return [[]]
    return [[x] + p for i, x in enumerate(xs) for p in permutations(xs[:i] + xs[i + 1:])]
print(len(permutations([1, 2, 3, 4])), permutations([1, 2, 3])[:3])
def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[cap]
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 3000), key=collatz), collatz(27))
def gcd(a, b):
    while b: a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), [gcd(i, 12) for i in range(1, 13)])
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None: moves = []
    if n:
        hanoi(n - 1, a, c, b, moves); moves.append((a, c)); hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(2))
