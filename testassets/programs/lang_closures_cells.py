# Closures: cells shared between functions, late binding, cell_contents, closures over loop variables and classes.
def make_pair():
    value = 0
    def get(): return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
set_(5)
print(get(), get.__closure__[0].cell_contents, get.__closure__[0] is set_.__closure__[0])
print(get.__code__.co_freevars, make_pair.__code__.co_cellvars)
def counter_factory():
    counters = []
    for i in range(3):
        def counter(start=i):
            count = start
            def step():
                nonlocal count
                count += 10
                return count
            return step
        counters.append(counter())
    return counters
steps = counter_factory()
print([s() for s in steps], [s() for s in steps])
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()
print(outer()())
def no_closure(): return 1
print(no_closure.__closure__, outer.__closure__)
def empty_cell():
    def f(): return later
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        f.__closure__[0].cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    later = "now bound"
    return f()
print(empty_cell())
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), adder(10)(1), add5.__closure__[0].cell_contents)
def accumulate():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add, items
add, items = accumulate()
add("a"); add("b")
print(items)
class Host:
    secret = "class attr"
    def method(self):
        def inner():
            return self.secret
        return inner
print(Host().method()())
def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1
print(deep(1)(2)(3)(4), deep("a")("b")("c")("d"))
def gen_closure():
    total = 0
    def g():
        nonlocal total
        for i in range(3):
            total += i
            yield total
    return g
print(list(gen_closure()()))
def shared_loop():
    fns = []
    for name in ["x", "y"]:
        fns.append(lambda: name)
    return [f() for f in fns]
print(shared_loop())
cell_fn = (lambda a: (lambda: a))(42)
print(cell_fn(), type(cell_fn.__closure__[0]).__name__)
c = cell_fn.__closure__[0]
c.cell_contents = 99
print(cell_fn())
def rebinding():
    v = "first"
    f = lambda: v
    v = "second"
    return f()
print(rebinding())
