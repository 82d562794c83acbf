# The import system: packages, relative imports, module caching, __all__, circular imports, errors.
import sys
import pkg
print(pkg.VERSION, pkg.double(4), pkg.__name__, pkg.helpers.__name__)
import pkg
print("second import is cached:", sys.modules["pkg"] is pkg)
from pkg.sub.deep import combined
print(combined(2))
import pkg.sub.deep as deep_alias
print(deep_alias.__name__, deep_alias.combined(1), "pkg.sub.sibling" in sys.modules)
ns = {}
exec("from pkg import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
from pkg import helpers as h, VERSION as V
print(h.triple(3), V)
import circular_a
print(circular_a.use_b(), circular_a.circular_b.partial())
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import pkg.helpers.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    from pkg.sub import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
def lazy():
    import pkg.sub.sibling as s
    return s.ONE
print(lazy())
print(pkg.sub.deep is deep_alias, hasattr(pkg, "sub"))
m = __import__("pkg.helpers")
print(m.__name__)
import importlib
print(importlib.import_module("pkg.sub.sibling").ONE, importlib.import_module(".helpers", "pkg").double(5))
print(__name__, pkg.__package__, pkg.helpers.__package__, deep_alias.__package__)
