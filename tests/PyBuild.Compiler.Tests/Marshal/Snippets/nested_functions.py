def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    class Local:
        def meth(self):
            return a
    return middle, Local
