# A class body that reads __class__ from an enclosing method while holding its own __class__ cell
# for a method: the read takes the free variable's slot, the closure the cell's.
class T:
    def t(self):
        class X:
            x = __class__
            def f():
                __class__
        return X

    def g(self):
        return super().g()
