# try/except/else/finally ordering, bare raise, exceptions in handlers and finally, return overriding.
log = []
def run(kind):
    log.clear()
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "type":
            raise TypeError("t")
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return list(log)
print(run("none"))
print(run("value"))
try:
    run("type")
except TypeError as e:
    print("escaped", e, log)
def finally_return():
    try:
        return "try"
    finally:
        return "finally"
def finally_swallow():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(finally_return(), finally_swallow())
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        log.append("handling")
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("reraised:", e)
def handler_fails():
    try:
        [][1]
    except IndexError:
        {}["missing"]
try:
    handler_fails()
except KeyError as e:
    print("KeyError", e, "context:", type(e.__context__).__name__, e.__context__)
def finally_fails():
    try:
        raise ValueError("first")
    finally:
        raise RuntimeError("second")
try:
    finally_fails()
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))
def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_control())
def nested():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            return "wrong handler"
        finally:
            log.append("inner finally")
    except ValueError as e:
        return "outer caught " + str(e)
log.clear()
print(nested(), log)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        err = e
    print(err, "e" in dir())
except NameError as ne:
    print("NameError", ne)
def multi(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
print(multi(KeyError()), multi(IndexError()), multi(OSError()), multi(ZeroDivisionError()))
