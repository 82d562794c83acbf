# isinstance() and issubclass(): tuples, nested tuples, bool/int, ABC-free hooks and errors.
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
print(isinstance(D(), A), isinstance(D(), C), isinstance(A(), B), isinstance(B(), (C, A)), isinstance(1, (str, (float, int))))
print(issubclass(D, A), issubclass(D, (C,)), issubclass(A, D), issubclass(A, A), issubclass(A, object), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(None, type(None)), isinstance(int, type), isinstance(type, object))
print(isinstance(object, type), isinstance(type, type), issubclass(type, object), isinstance([], (list, tuple)), isinstance((), ()))
print(D.__mro__ == (D, B, A, C, object), [k.__name__ for k in D.__mro__], D.__bases__ == (B, C), A.__bases__ == (object,))
print([k.__name__ for k in bool.__mro__], [k.__name__ for k in A.__subclasses__()])


for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1), lambda: issubclass(int, (str, 3))]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(type(3) is int, type(True) is bool, type(type) is type, type(None).__name__, type(len).__name__)
