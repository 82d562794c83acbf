# An uncaught exception group: CPython's boxed traceback, nested groups, notes and chained parts.
def fail(exc):
    raise exc

def collect():
    errors = []
    for i, exc in enumerate([ValueError("bad value"), TypeError("bad type"), KeyError("k")]):
        try:
            fail(exc)
        except Exception as e:
            if i == 1:
                e.add_note(f"while processing item {i}")
            errors.append(e)
    return errors

errors = collect()
print("collected", len(errors))
try:
    raise ExceptionGroup("caught and printed", [ValueError(1)])
except* ValueError as eg:
    print("handled", repr(eg.exceptions))
inner = ExceptionGroup("inner group", [OSError("disk"), ZeroDivisionError("zero")])
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("chained inside group") from z
except RuntimeError as r:
    errors.append(r)
print("raising")
raise ExceptionGroup("outer failures", errors + [inner])
