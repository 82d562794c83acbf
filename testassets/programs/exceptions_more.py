# Exceptions: hierarchy, chaining, context, finally, custom exceptions, notes, groups.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing")
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, repr(e), isinstance(e, Exception))
def chain():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
try:
    chain()
except ValueError as e:
    print(e, repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
try:
    implicit()
except TypeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def order():
    log = []
    try:
        log.append("try")
        raise RuntimeError("x")
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    try:
        log.append("try2")
    except Exception:
        log.append("never")
    else:
        log.append("else2")
    finally:
        log.append("finally2")
    return log
print(order())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise Exception("a", 1, None)
except Exception as e:
    print(e, e.args)
e = None
try:
    raise IndexError("scoped")
except IndexError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
def reraise():
    try:
        raise OSError("disk")
    except OSError:
        raise
try:
    reraise()
except OSError as err:
    print("reraised", err)
try:
    raise TypeError("with note")
except TypeError as err:
    err.add_note("first note")
    err.add_note("second note")
    print(err.__notes__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(FileNotFoundError, OSError), issubclass(RecursionError, RuntimeError), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print([c.__name__ for c in ModuleNotFoundError.__mro__], [c.__name__ for c in UnboundLocalError.__mro__])
def unbound():
    try:
        print(undefined_local)
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound()
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
class Custom(Exception):
    pass
try:
    raise Custom
except (KeyError, Custom) as e:
    print("tuple catch", type(e).__name__)
caught = []
for exc in [KeyError("k"), IndexError(1), ZeroDivisionError(), ValueError("v")]:
    try:
        raise exc
    except (KeyError, IndexError) as e:
        caught.append(("lookup", type(e).__name__))
    except ArithmeticError as e:
        caught.append(("arith", type(e).__name__))
    except Exception as e:
        caught.append(("other", type(e).__name__))
print(caught)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(OSError(2, "No such file")), str(OSError(2, "No such file")))
err = OSError(2, "No such file")
print(err.errno, err.strerror, type(FileNotFoundError()).__name__)
