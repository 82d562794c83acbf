# KeyboardInterrupt is a BaseException: "except Exception" does not catch it; uncaught, CPython
# prints the traceback and dies by SIGINT (exit status 130).
def work():
    raise KeyboardInterrupt


try:
    work()
except Exception:
    print("not here")
except KeyboardInterrupt as e:
    print("caught", repr(e), isinstance(e, BaseException), isinstance(e, Exception))

try:
    try:
        work()
    finally:
        print("finally runs")
except BaseException as e:
    print(type(e).__name__, type(e).__mro__[1].__name__)

print("now uncaught", flush=True)
work()
