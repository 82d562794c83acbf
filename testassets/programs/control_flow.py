for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("no break")
for i in range(2):
    pass
else:
    print("completed", i)
n = 0
while n < 10:
    n += 3
print(n)
while True:
    n -= 1
    if n < 5:
        break
print(n)
x = 7
if x > 10:
    print("big")
elif x > 5:
    print("medium")
else:
    print("small")
print("yes" if x % 2 else "no", x > 5 and x < 10, x < 5 or x == 7, not x)
print(1 < x < 10, 1 < x > 10, None or "default", 0 and 1, [] or {}, "a" and "b")
total = 0
for a in range(3):
    for b in range(3):
        if a == b:
            continue
        total += a * b
print(total)
result = []
for c in "hello":
    if c in "aeiou":
        result.append(c.upper())
    else:
        result.append(c)
print("".join(result))
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print("w", i)
else:
    print("while else")
match_val = 3
print({1: "one", 2: "two"}.get(match_val, "other"))
for idx, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(idx, k, v)
fizz = []
for k in range(1, 16):
    if k % 15 == 0:
        fizz.append("FizzBuzz")
    elif k % 3 == 0:
        fizz.append("Fizz")
    elif k % 5 == 0:
        fizz.append("Buzz")
    else:
        fizz.append(str(k))
print(" ".join(fizz))
assert x == 7, "x should be 7"
try:
    assert x == 8, "x is not 8"
except AssertionError as e:
    print("assert:", e)
del x
try:
    print(x)
except NameError as e:
    print(e)
