# PEP 654: ExceptionGroup construction, split/subgroup/derive, and except*.

def show(label, eg):
    if eg is None:
        print(label, None)
    else:
        print(label, type(eg).__name__, repr(eg.message), [repr(e) for e in eg.exceptions])

eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(str(eg))
print(repr(eg))
print(eg.args[0], len(eg.exceptions))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print([c.__name__ for c in ExceptionGroup.__mro__])

m, r = eg.split(ValueError)
show("match", m)
show("rest", r)
show("inner match", m.exceptions[1])
m, r = eg.split((KeyError, TypeError))
show("match", m)
show("rest", r)
show("subgroup", eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show("subgroup none", eg.subgroup(OSError))
print(eg.subgroup(BaseExceptionGroup) is eg)
print(eg.split(Exception)[1])
show("derive", eg.derive([OSError("x")]))

print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(str(ExceptionGroup("one", [ValueError()])))

for args in [(), ("a",), (1, [ValueError()]), ("a", 5), ("a", []), ("a", [1]), ("a", [ValueError()], 3)]:
    try:
        BaseExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
try:
    eg.split(1)
except TypeError as e:
    print("TypeError", e)

def handle(exc):
    try:
        raise exc
    except* ValueError as e:
        print("  ValueError part:", [repr(x) for x in e.exceptions])
    except* (TypeError, KeyError) as e:
        print("  Type/Key part:", [repr(x) for x in e.exceptions])

for exc in [eg, ValueError("naked"), ExceptionGroup("t", [TypeError("t")])]:
    print("handle", repr(exc))
    handle(exc)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled ValueError")
except ExceptionGroup as e:
    print("left over:", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("new")
except ExceptionGroup as e:
    print("combined:", repr(e))
    print("  ", repr(e.exceptions[1]))

try:
    try:
        raise ValueError("bare")
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("bare re-raise:", repr(e))

try:
    try:
        raise TypeError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError", e)

def nothing():
    result = "unset"
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        result = "caught " + str(e)
    return result
print(nothing())

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)

mg = MyGroup("mine", [ValueError(1), TypeError(2)])
mm, mr = mg.split(ValueError)
print(type(mm).__name__, mm.message, type(mr).__name__, mr.message)
e = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
e.add_note("a note")
print(e.split(ValueError)[0].__notes__)
