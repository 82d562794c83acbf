# Truthiness, bool, None, comparisons with None, identity vs equality, short-circuit evaluation.
values = [0, 1, -1, 0.0, "", "a", [], [0], (), {}, {0: 0}, set(), None, True, False, range(0), range(1), 0j if False else 0, b"", b"\x00"]
print([bool(v) for v in values])
print(True and "yes", False and "no", None or "default", 0 or None, "" or [] or {} or "last", [] and 1)
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) and t(1), t(1) or t(2), t(None) or t(0) or t(3), calls)
print(None is None, None == None, None is not False, type(None).__name__, None.__class__ is type(None), repr(None), str(None))
try:
    None < 1
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
print(True == 1, True is 1 if False else "skip", isinstance(True, int), True + True + True, True / 2, str(True), repr(False), int(True))
print(bool.__name__, bool(bool), type(True), True.__class__.__mro__, hash(True) == hash(1), True.real, False.imag)
print(not None, not not [], not 0 == 1, (not 0) == 1, 1 if None else 2, [x for x in [0, 1, None, 2] if x])
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, a[:] is a, (a := b) is b)
def f():
    pass
print(f() is None, f() == None, print("side effect") is None)
print(all([]), any([]), all([None]), any([None, 0, ""]), sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]))
print(bool("False"), bool(" "), bool([[]]), bool(-0.0), False < True, True > 0.5, ~False, -True, True << 3, True & 3)
class Falsy:
    def __bool__(self):
        return False
class LenZero:
    def __len__(self):
        return 0
class NoHooks:
    pass
print(bool(Falsy()), bool(LenZero()), bool(NoHooks()), "falsy" if not Falsy() else "truthy")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
