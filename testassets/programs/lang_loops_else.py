# for/while with else, break/continue in nested loops, loop variable after the loop, iteration protocol.
for i in range(3):
    pass
else:
    print("for else ran, i =", i)
for i in range(5):
    if i == 2:
        break
else:
    print("never")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else ran, n =", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never")
print("n =", n)
for x in []:
    print("never")
else:
    print("empty for else")
def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            return idx
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print("pair", i, j)
    else:
        print("inner completed for", i)
primes = []
for cand in range(2, 30):
    for p in primes:
        if cand % p == 0:
            break
    else:
        primes.append(cand)
print(primes)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
print(lst)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
count = 0
while count < 10:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
    print("even", count)
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=10):
    print(i, a + b)
for ch in "ab":
    for ch2 in "xy":
        pass
print(ch, ch2)
def loop_in_try():
    for i in range(3):
        try:
            if i == 1:
                continue
            return f"returned at {i}" if i == 2 else None
        finally:
            print("finally", i)
print(loop_in_try())
it = iter([1, 2, 3])
for v in it:
    print("consumed", v, "skipping", next(it, None))
r = range(10, 0, -3)
print(list(r), len(r), r[1], 4 in r, 7 in r, r.index(4))
for _ in range(2):
    print("underscore loop")
x = 0
while x := x + 1:
    if x >= 3:
        break
print("walrus while", x)
