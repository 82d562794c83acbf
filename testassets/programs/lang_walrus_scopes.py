# Assignment expressions: scoping in comprehensions and functions, precedence, invalid targets.
if (n := len("hello")) > 3:
    print("long", n)
data = [1, 5, 3, 8, 2]
if any((big := v) > 6 for v in data):
    print("first big", big)
print([y for v in data if (y := v * 2) > 5], y)
def f():
    [(inner := i) for i in range(3)]
    return inner
print(f())
values = iter([3, 2, 1, 0, 5])
results = []
while (v := next(values)) != 0:
    results.append(v)
print(results)
print((a := 1) + (b := 2), a, b)
x = (y := 10) * 2
print(x, y)
print(f"{(z := 5)} {z * 2}")
def g(v=(w := 7)):
    return v
print(g(), w)
stack = [[1, 2], [3]]
while stack and (top := stack.pop()):
    print("popped", top)
if (parts := "12-34".split("-")) and len(parts) == 2:
    print(parts[0], parts[1])
counts = {}
for word in "a b a c b a".split():
    counts[word] = (c := counts.get(word, 0)) + 1
print(counts, c)
for code in ["(q := 1)", "[q := 2]", "{q := 3}", "print(q := 4)"]:
    exec(code)
for bad in ["q := 1", "(a.b := 1)", "(a[0] := 1)", "[i for i in (i := range(3))]"]:
    try:
        compile(bad, "<test>", "exec")
        print("compiled", bad)
    except SyntaxError as e:
        print("SyntaxError", repr(bad), e.msg)
def counter():
    total = 0
    def add(v):
        nonlocal total
        return (total := total + v)
    return add
add = counter()
print(add(2), add(3))
class C:
    vals = [(t := 1), 2]
print(C.vals, C.t)
print([(p, q) for p in range(3) if (q := p * p) > 0])
fib = [0, 1]
[fib.append(fib[-1] + fib[-2]) for _ in range(5)]
print(fib)
print(sum(k for k in range(5) if (last := k)), last)
