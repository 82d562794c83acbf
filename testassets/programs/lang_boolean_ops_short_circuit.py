# and/or/not: returned operands, evaluation counts, __bool__ calls, short circuit inside expressions.
calls = []
def t(v):
    calls.append(v)
    return v
def run(label, fn):
    calls.clear()
    result = fn()
    print(label, repr(result), calls)
run("and all true", lambda: t(1) and t(2) and t(3))
run("and stops", lambda: t(1) and t(0) and t(3))
run("or stops", lambda: t(0) or t("") or t("x") or t("y"))
run("or all false", lambda: t(0) or t(None) or t([]))
run("mixed", lambda: t(0) and t(1) or t(2) and t(3))
run("not", lambda: not t(0) and t("after not"))
run("in call args", lambda: max(t(1) or t(2), t(0) and t(5)))
run("in subscript", lambda: [10, 20][t(0) or t(1)])
run("ternary", lambda: t("yes") if t(0) or t(1) else t("no"))
run("comparison chain", lambda: t(1) < t(2) and t(3) > t(4) or t("fallback"))
class Truth:
    def __init__(self, name, value):
        self.name, self.value = name, value
    def __bool__(self):
        calls.append(f"bool({self.name})")
        return self.value
    def __repr__(self): return self.name
run("bool called once per operand", lambda: Truth("a", True) and Truth("b", False) and Truth("c", True))
run("or returns object", lambda: Truth("a", False) or Truth("b", True))
run("not calls bool", lambda: not Truth("n", True))
run("if uses bool", lambda: "then" if Truth("cond", False) else "else")
run("while-style", lambda: [x for x in [Truth("p", True), Truth("q", False)] if x])
run("all stops", lambda: all(t(v) for v in [1, 0, 2]))
run("any stops", lambda: any(t(v) for v in [0, 3, 4]))
x = None
print(x and x.attribute, x is not None and x.attribute)
d = {}
print(d.get("k") or "default", d or "empty dict", [] or () or "last")
name = ""
print(name or "anonymous", name and name.upper())
def safe_div(a, b):
    return b != 0 and a / b
print(safe_div(1, 0), safe_div(1, 4))
print(True and 5, False or 0.0, None or False, 0 or None)
print(not None, not [], not [0], not "", not " ", not 0j if False else True)
print((1 and 2) == 2, (1 or 2) == 1, type(1 and "s").__name__)
value = 0
value = value or 10
print(value)
flags = [True, False, True]
print(sum(flags), flags.count(True), all(flags) or "not all", any(flags) and "some")
print(bool(0.0), bool(-0.0), bool(float("nan")), bool(0j if False else 0), bool(range(0)), bool(range(1)))
class NoBool: pass
print(bool(NoBool()), NoBool() and "truthy default")
class LenOnly:
    def __len__(self): return 2
print(bool(LenOnly()), not LenOnly())
