x = 10
print(eval("x * 2 + 1"), eval("[i * i for i in range(4)]"), eval("  len('abc')"))
exec("y = x + 5\nprint('inside exec', y)")
print(y, "y" in globals(), globals()["x"])
ns = {}
exec("def sq(v):\n    return v * v\nresult = sq(7)", ns)
print(ns["result"], sorted(k for k in ns if not k.startswith("__")))
print(eval("a + b", {"a": 1, "b": 2}), eval("a + b", {"a": 1}, {"b": 5}))


def f(p, q=3):
    r = p + q
    return sorted(locals().items())


print(f(1))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.lineno)
code = compile("40 + 2", "<expr>", "eval")
print(eval(code))
print(vars().get("x"), "f" in dir())
