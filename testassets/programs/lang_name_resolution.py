# Name resolution: LEGB order, shadowing builtins, del restoring builtins, globals()/locals(), __builtins__.
print(len("abc"))
def len(x): return "shadowed len"
print(len("abc"))
del len
print(len("abc"))
import builtins
print(builtins.len is len, builtins.max([1, 3]), type(builtins).__name__)
def uses_local_max():
    max = lambda *a: "local max"
    return max(1, 2)
print(uses_local_max(), max(1, 2))
x = "global"
def enclosing():
    x = "enclosing"
    def local():
        x = "local"
        return x
    def read_enclosing():
        return x
    def read_global():
        global x
        return x
    return local(), read_enclosing(), read_global()
print(enclosing())
def mutate_global_list():
    items.append(len(items))
items = []
mutate_global_list(); mutate_global_list()
print(items)
def check_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(check_locals(1))
print("x" in globals(), globals()["x"], "__name__" in globals())
globals()["dynamic"] = "set via globals()"
print(dynamic)
def locals_copy():
    v = 1
    locals()["v"] = 2
    return v
print(locals_copy())
class Scope:
    x = "class"
    def method(self):
        return x
    lam = lambda self: x
print(Scope().method(), Scope().lam())
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
True_ = True
print(True_ is True)
try:
    exec("True = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("None = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("def f(a, a): pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("def f():\n    x = 1\n    global x")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("def f():\n    nonlocal y")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("nonlocal z")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
g = {"__builtins__": {"print": print}}
exec("print('restricted builtins work')", g)
print(eval("a + b", {"a": 1}, {"b": 2}), eval("x"), eval("x", {"x": "custom globals"}))
def free_var_in_eval():
    hidden = "not visible"
    return eval("hidden")
print(free_var_in_eval())
def closure_not_in_eval():
    captured = "captured"
    def inner():
        try:
            return eval("captured")
        except NameError as e:
            return f"NameError: {e}"
    return inner()
print(closure_not_in_eval())
print(sorted(n for n in dir() if n in ("x", "items", "dynamic", "Scope")))
