# if/elif/else, while/for with break/continue/else, nested loops, conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42)])
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i + 1:
            break
        print(i, j)
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 8:
        break
    print("even", n)
def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return idx
print(find("hello", "l"), find("hello", "z"))
k = 5
while k:
    k -= 2
    if k < 0:
        print("below zero", k)
        break
else:
    print("no break")
print("x" if k else "y", "a" if [] else "b", 1 if 0 else 2 if 0 else 3)
print(0 or "" or None or "last", 1 and 2 and 3, 0 and 1, [] or {}, not 0, not [1])
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 != 2, "a" in "abc" not in "xyz")
total = 0
for x in range(100):
    if x % 3 == 0 or x % 5 == 0:
        total += x
print(total)
for x in []:
    print("never")
else:
    print("empty else")
it = iter([1, 2, 3])
for v in it:
    if v == 1:
        print("skip next", next(it))
    else:
        print("got", v)
count = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a + b + c == 4:
                count += 1
print(count)
result = []
i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 7:
        break
    result.append(i)
print(result)
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return None
print(early(50), early(0))
try:
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
finally:
    print("done")
def loop_return():
    for i in range(5):
        try:
            return i
        finally:
            print("cleanup", i)
print(loop_return())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_in_finally())
