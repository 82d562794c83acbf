# The sys module: version, limits, argv, modules, path, stdout/stderr, exit, recursion limit, exc_info.
import sys
print(sys.version_info[:2], sys.version_info >= (3, 12), sys.version_info.major if hasattr(sys.version_info, "major") else 3, sys.hexversion >= 0x030C0000)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.maxunicode, type(sys.argv).__name__, sys.argv[0].endswith("sys_module.py"))
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys, sys.modules["__main__"].__name__, type(sys.path).__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(e)
sys.stdout.write("written directly\n")
print("to stdout", file=sys.stdout)
print(sys.stdout.write("abc\n"))
print("no newline", end="|")
print("sep", "test", sep="-", end="\n")
print(*[1, 2, 3], sep=", ")
print()
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exc_info(), sys.exception())
print(sys.intern("abc") == "abc", sys.getdefaultencoding(), sys.platform in ("linux", "darwin", "win32"))
def nested_exit():
    try:
        sys.exit(3)
    except SystemExit as e:
        print("SystemExit code", e.code, e.args)
nested_exit()
try:
    sys.exit("message")
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
print("exiting with 4", flush=True)
sys.exit(4)
