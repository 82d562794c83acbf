# global and nonlocal: binding rules, closures over loop variables, class scopes.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get(): return n
    return inc, get
inc, get = make()
inc(); inc(); inc()
print(get())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x
print(outer())
def shadow():
    x = 1
    def g():
        x = 2
        return x
    g()
    return x
print(shadow())
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def late():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    i = 10
    return [f() for f in fs]
print(late())
y = "global y"
class C:
    y = "class y"
    z = [y for _ in range(1)]
    def m(self): return y
print(C.z, C().m())
def new_global():
    global created_later
    created_later = "made"
new_global()
print(created_later)
def reads_then_assigns():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
reads_then_assigns()
def nested_unbound():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    value = 1
    return inner()
print(nested_unbound())
try:
    print(missing_name)
except NameError as e:
    print(type(e).__name__, e)
def deleter():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(deleter())
def gen_counter():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
add = gen_counter()
print([add(i) for i in range(5)])
print(sorted(k for k in make.__code__.co_cellvars), inc.__code__.co_freevars)
exec("global_from_exec = 42")
print(global_from_exec)
g = {}
exec("def h():\n    global q\n    q = 3\nh()", g)
print(g["q"])
