# globals(), locals(), vars() at module, function and class level; writes through globals().
counter = 0
def bump():
    globals()["counter"] += 1
    return counter
print(bump(), bump(), counter, "bump" in globals(), globals()["__name__"], type(globals()).__name__)
globals()["created"] = "via globals"
print(created)
def show(a, b=2, *args, **kw):
    local_var = a + b
    return sorted(locals().items())
print(show(1), show(1, 3, 4, k=5))
def closure():
    free = "outer"
    def inner():
        return sorted(locals()), free
    return inner()
print(closure())
class Spec:
    x = 1
    y = x + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Spec.names, Spec.y, "__module__" in vars(Spec), Spec.__module__)
def modify_locals():
    v = 1
    locals()["v"] = 99
    return v
print(modify_locals(), locals() is globals(), vars() is globals())
def shadow():
    len = lambda x: -1
    return len("abc"), globals().get("len"), __builtins__ is not None
print(shadow(), len("abc"))
exec("newglobal = 5")
print(newglobal, "newglobal" in globals())
def comp_scope():
    base = 10
    return [base + i for i in range(3)], {k: base for k in "ab"}
print(comp_scope())
import math as m
print("m" in globals(), globals()["m"].sqrt(16), sorted(k for k in globals() if k in ("counter", "created", "show")))
del globals()["created"]
try:
    created
except NameError as e:
    print("NameError:", e)
