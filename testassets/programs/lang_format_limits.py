# Format widths and precisions too large for CPython raise ValueError (or MemoryError), never crash.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: format(42, "1000000000000000000000"))
show(lambda: format(42, ".1000000000000000000000"))
show(lambda: format(4.5, "1000000000000000000000"))
show(lambda: format("s", "99999999999999999999"))
show(lambda: "{:1000000000000000000000}".format(1))
show(lambda: "%1000000000000000000000d" % 1)
show(lambda: format(42, "20"))

