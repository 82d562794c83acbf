# eval(), exec() and compile(): globals/locals dicts, modes, return values and syntax errors.
print(eval("1 + 2 * 3"), eval("x * y", {"x": 6, "y": 7}), eval("a + b", {"a": 1}, {"b": 2}), eval("  [i for i in range(3)]  "))
g = {}
exec("z = 10\ndef sq(n):\n    return n * n\nresult = sq(z)", g)
print(g["result"], g["z"], sorted(k for k in g if not k.startswith("__")), "__builtins__" in g)
ns = {"base": 100}
loc = {}
exec("total = base + 1\nother = total * 2", ns, loc)
print(loc, "total" in ns)
code = compile("40 + 2", "<expr>", "eval")
print(eval(code), type(code).__name__, code.co_filename)
code2 = compile("for i in range(3): acc.append(i * i)", "<loop>", "exec")
acc = []
exec(code2, {"acc": acc})
print(acc, exec("1 + 1"), eval("None"))
print(eval("len(s)", {"s": "abcd"}), eval("__name__", {"__name__": "custom"}), eval("abs(-3)", {}), eval("(lambda v: v + 1)(1)"))
def attempt(src, mode="exec"):
    try:
        compile(src, "<test>", mode)
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg, e.lineno, repr(e.filename))
attempt("x = ")
attempt("1 +", "eval")
attempt("x = 1", "eval")
attempt("def f(:\n    pass")
attempt("return 5")
attempt("a = 1\nb = (\n")
attempt("x = 1\n  y = 2")
for bad in [lambda: eval("undefined_name"), lambda: eval(5), lambda: exec("1/0"), lambda: compile("1", "<x>", "bogus")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def scope():
    local_v = 3
    return eval("local_v * 2"), eval("local_v", {"local_v": 9})
print(scope())
