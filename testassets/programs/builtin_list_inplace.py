# list.__iadd__ and list.__imul__ exist and act as += and *= do, with CPython's argument errors.
x = [1, 2]
print(x.__iadd__([3]) is x, x, x.__imul__(2) is x, x, x.__imul__(True), [].__iadd__("ab"), [5].__imul__(0))
for c in [lambda: [].__iadd__(5), lambda: [].__imul__("a"), lambda: [].__imul__(), lambda: [].__iadd__(), lambda: [].__imul__(2.0), lambda: [1].__imul__(1, 2)]:
    try:
        c()
    except TypeError as e:
        print(repr(str(e)))
print(hasattr([], "__iadd__"), hasattr([], "__imul__"), hasattr((), "__iadd__"))

# Subclasses without their own __iadd__ still change the object in place; with one, it is called.
class L(list): pass
class M(list):
    def __iadd__(self, o):
        print("M.iadd"); return super().__iadd__(o)
a = L([1]); b = a; a += [2]; print(a, a is b, type(a).__name__)
m = M([1]); m += (3,); print(m, type(m).__name__)
t = (1,); t += (2,); print(t)
a *= 2; print(a)
class D(dict): pass
d = D(a=1); e = d; d |= {"b": 2}; print(d, d is e, type(d).__name__)
