def f(*a, **k): return a, k
f(1, 2, x=3, y=4)
f(*[1], **{'z': 5})
f(1, *[2], 3, key='v')
obj = object()
obj.__class__.__name__.upper()
print(sep='', end='\n')
