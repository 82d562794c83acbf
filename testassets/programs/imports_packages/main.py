# Modules and packages: absolute and relative imports, "import a.b.c", "from x import y",
# namespace packages, the module attributes the import system sets, sys.modules, importlib.
import sys

print(__name__, __package__, __spec__)

import util
print(util.__name__, util.__package__, util.answer(), util.__spec__.name, repr(util.__spec__.parent))
print(util.__file__ == util.__spec__.origin, util.__file__.endswith("util.py"))
print(util.__cached__.endswith("__pycache__/util.cpython-312.pyc"))
print(sys.modules["util"] is util)

import shapes.flat.square
print(shapes.__name__, shapes.flat.__name__, shapes.flat.square.__name__)
print(shapes.flat.square.area(3), shapes.flat.square.__package__)
print(shapes.__package__, shapes.flat.__package__)
print(shapes.__path__ == [shapes.__spec__.submodule_search_locations[0]])
print(shapes.__file__.endswith("shapes/__init__.py"), shapes.__spec__.parent)

import shapes.solid.cube as cube
print(cube.volume(2), cube.describe())

from shapes.flat import circle
print(circle.area(1), circle.NAME)

from shapes import registry
print(registry)

from shapes.flat.square import area as sq_area, perimeter
print(sq_area(4), perimeter(4))

import toolkit.a.b.c
print(toolkit.a.b.c.LEVEL, toolkit.__file__, sorted(toolkit.__path__)[0].endswith("toolkit"))
print(type(toolkit.__path__).__name__ in ("list", "_NamespacePath"))

import plugins.alpha.run
import plugins.beta.run
print(plugins.alpha.run.name(), plugins.beta.run.name())

import importlib
print(importlib.import_module("shapes.flat.circle") is circle)
print(importlib.import_module(".square", "shapes.flat") is shapes.flat.square)
print(importlib.import_module("..solid.cube", "shapes.flat") is cube)
print(__import__("shapes.flat").__name__)
print(__import__("shapes.flat", fromlist=["circle"]).__name__)
print(__import__("shapes.flat", globals(), None, ["square"], 0).square.__name__)

from shapes.flat import *
print(sorted(k for k in dir() if k in ("square", "circle", "hidden", "visible")))
print(visible)

print(sorted(name for name in sys.modules if name.startswith(("shapes", "toolkit", "plugins", "util"))))

counter_before = util.loads
import util
import util as again
print(util.loads == counter_before, again is util)

if __name__ == "__main__":
    print("run as main")
