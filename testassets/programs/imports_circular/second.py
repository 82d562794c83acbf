print("second starts")
import first
print("second sees first.A =", first.A)
try:
    first.NOT_YET
except AttributeError as e:
    print("AttributeError:", e)
try:
    from first import NOT_YET
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0])
B = "b"
report = "second done"
LATE = 1
