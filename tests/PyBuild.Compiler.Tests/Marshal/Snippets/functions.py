def f(a, b=1, *args, c, d=2, **kw):
    return a + b + c + d + len(args) + len(kw)

def g(x, /, y):
    return x * y
print(f(1, c=3), g(2, y=4))
