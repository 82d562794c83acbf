# Name resolution: LEGB, global/nonlocal, class scopes, comprehension scopes, del, shadowing builtins.
x = "global x"
def read_global():
    return x
def shadow_local():
    x = "local x"
    return x
def use_before_assign():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        return str(e)
print(read_global(), shadow_local(), use_before_assign())
def set_global():
    global new_global, x
    new_global = "created"
    x = "rebound"
set_global()
print(new_global, x)
def levels():
    a = "enclosing"
    def mid():
        b = "mid"
        def inner():
            return a, b, x, len
        return inner()
    return mid()
print(levels())
def nonlocal_chain():
    v = 0
    def one():
        nonlocal v
        v += 1
        def two():
            nonlocal v
            v += 10
        two()
    one(); one()
    return v
print(nonlocal_chain())
class Scope:
    attr = "class attr"
    def method(self):
        try:
            return attr
        except NameError as e:
            return "NameError: " + str(e)
    def method2(self):
        return self.attr, Scope.attr
print(Scope().method(), Scope().method2())
class Outer:
    y = 10
    items = [y for _ in range(2)] if False else None
    z = y * 2
print(Outer.z, Outer.items)
def builtin_shadow():
    len = lambda v: "shadowed"
    return len([1, 2])
print(builtin_shadow(), len([1, 2]))
import builtins
print(builtins.len("abc"), builtins.max(1, 2), hasattr(builtins, "print"))
def deleted():
    value = 1
    del value
    try:
        value
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(deleted())
try:
    undefined_name_here
except NameError as e:
    print(e, e.name)
counter = [0]
def mutate_global_list():
    counter[0] += 1
mutate_global_list(); mutate_global_list()
print(counter)
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak(), [j for j in range(2)])
try:
    print(j)
except NameError as e:
    print(e)
def default_eval_time(v=x):
    return v
x = "changed later"
print(default_eval_time(), x)
fs = {}
for name in ["a", "b"]:
    def f(name=name):
        return name
    fs[name] = f
print(fs["a"](), fs["b"]())
def generator_scope():
    total = 0
    def add():
        nonlocal total
        total += 1
        yield total
    return list(add()) + list(add())
print(generator_scope())
print(globals().get("new_global"), "read_global" in globals(), sorted(k for k in locals() if k.startswith("set_")))
