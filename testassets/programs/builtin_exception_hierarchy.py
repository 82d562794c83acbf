# Built-in exception hierarchy: base classes, catching by base, MRO names, subclass checks.
names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "LookupError", "KeyError",
         "IndexError", "ValueError", "UnicodeError", "UnicodeDecodeError", "TypeError", "AttributeError", "NameError",
         "UnboundLocalError", "RuntimeError", "RecursionError", "NotImplementedError", "OSError", "FileNotFoundError",
         "StopIteration", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ImportError", "ModuleNotFoundError",
         "AssertionError", "EOFError", "MemoryError", "StopAsyncIteration", "PermissionError", "TimeoutError"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, [c.__name__ for c in cls.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), issubclass(bool, Exception))
print(EnvironmentError is OSError, IOError is OSError)
def raise_and_catch(exc, catch):
    try:
        raise exc
    except catch as e:
        return "caught %s as %s" % (type(e).__name__, catch.__name__ if isinstance(catch, type) else [c.__name__ for c in catch])
    except BaseException as e:
        return "escaped %s" % type(e).__name__
print(raise_and_catch(ZeroDivisionError("z"), ArithmeticError))
print(raise_and_catch(KeyError("k"), LookupError))
print(raise_and_catch(IndexError, (KeyError, ValueError)))
print(raise_and_catch(UnboundLocalError("u"), NameError))
print(raise_and_catch(RecursionError(), RuntimeError))
print(raise_and_catch(SystemExit(2), Exception))
print(raise_and_catch(ModuleNotFoundError("m"), ImportError))
print(raise_and_catch(FileNotFoundError(2, "gone"), OSError))
class AppError(Exception):
    pass
class DbError(AppError, LookupError):
    pass
print([c.__name__ for c in DbError.__mro__], raise_and_catch(DbError("db"), LookupError), raise_and_catch(DbError(), AppError))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted")
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError as k:
        raise RuntimeError("wrapped") from k
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
try:
    raise TypeError("no context") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, e.__context__)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise int
except TypeError as e:
    print("TypeError:", e)
