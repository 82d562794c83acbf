# Evaluation order (reference 6.16): left to right, assignment right side first, displays, calls, subscripts.
log = []
def t(tag, value=None):
    log.append(tag)
    return tag if value is None else value
def show(label):
    print(label, log)
    log.clear()
t("a") + t("b") * t("c", 2) if False else None
t("a", 1) + t("b", 2) * t("c", 3)
show("arith")
[t("x"), t("y"), *[t("z")]]
show("list display")
{t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display")
{t("s1"), t("s2")}
show("set display")
def f(*a, **k): return None
f(t("p1"), t("p2"), kw=t("kw"), **{t("dk"): t("dv")})
show("call")
t("func", f)(t("arg"))
show("callee first")
d = {}
d[t("key")] = t("value")
show("subscript assignment")
obj = type("O", (), {})()
t("target", obj).attr = t("rhs")
show("attribute assignment")
x = y = t("chained")
show("chained assignment")
a, b = t("r1"), t("r2")
show("tuple assignment")
lst = [0, 0]
lst[t("i", 0)], lst[t("j", 1)] = t("u", 10), t("v", 20)
show("multiple targets")
t("lhs", 1) < t("mid", 2) < t("rhs", 3)
show("comparison chain")
t("cond", True) and t("and-rhs")
show("and")
t("obj", {"k": 1})[t("sub", "k")]
show("subscript")
t("seq", [1, 2, 3])[t("lo", 0):t("hi", 2)]
show("slice")
(lambda p, q: None)(q=t("q"), p=t("p"))
show("keyword order")
f"{t('f1')}{t('f2')}"
show("f-string")
d2 = {}
d2[t("k")] = d2.get(t("g"), 0) + 1
show("rhs before subscript target")
counter = [0]
def nxt():
    counter[0] += 1
    return counter[0]
pairs = {nxt(): nxt() for _ in range(2)}
print("dict comprehension key first:", pairs)
print([nxt() - nxt() for _ in range(2)])
z = t("base", 2) ** t("exp", 3)
show("power")
-t("neg", 5)
show("unary")
t("in-left", 1) in t("in-right", [1])
show("membership")
