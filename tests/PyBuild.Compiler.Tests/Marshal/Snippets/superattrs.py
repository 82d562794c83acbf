class A:
    def f(self): return 1
    @classmethod
    def g(cls): return 2
class B(A):
    def f(self): return super().f() + super(B, self).f()
    @classmethod
    def g(cls): return super().g()
    def h(self): return super().__class__
