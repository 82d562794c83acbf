a = 1
del a
class C: pass
c = C(); c.x = 1
del c.x
def f():
    v = 1
    del v
