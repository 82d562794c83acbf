# The import system's errors, with CPython's messages and attributes.
import sys

here = sys.path[0]


def show(exc):
    text = str(exc).replace(here, "<dir>")
    name = getattr(exc, "name", None)
    path = getattr(exc, "path", None)
    if isinstance(path, str):
        path = path.replace(here, "<dir>")
    print(type(exc).__name__ + ":", text, "| name:", name, "| path:", path)


def attempt(source):
    try:
        exec(source, {"__name__": "__main__"})
    except (ImportError, ValueError, TypeError, ZeroDivisionError, SyntaxError, KeyError) as e:
        show(e)
    else:
        print("ok:", source)


attempt("import no_such_module")
attempt("import plain.sub")
attempt("import pkg.missing")
attempt("import pkg.missing.deeper")
attempt("from plain import nothing")
attempt("from pkg import nothing")
attempt("from pkg import present")
attempt("from . import x")
attempt("from .plain import x")
attempt("from .. import x")
attempt("import fails")
print("fails" in sys.modules, "fails.broken" in sys.modules)
attempt("import fails.broken")
print("fails.broken" in sys.modules)
attempt("import syntax_error")
attempt("__import__('')")
attempt("__import__('pkg', level=-1)")
attempt("__import__(42)")
import importlib
try:
    importlib.import_module(".relative")
except TypeError as e:
    show(e)
try:
    importlib.import_module("..up", "pkg")
except ImportError as e:
    show(e)
sys.modules["blocked"] = None
attempt("import blocked")
e = ImportError("message", name="mod", path="/p")
print(e, e.name, e.path, e.msg, e.args)
e = ModuleNotFoundError("other")
print(e, e.name, e.path, e.msg, isinstance(e, ImportError))
try:
    ImportError("x", spam=1)
except TypeError as e:
    print(e)
import pkg
try:
    pkg.nothing
except AttributeError as e:
    print(e)
