print("first starts")
A = "a"
import second
print("first continues, second.B =", second.B)
try:
    from second import LATE
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| circular mention:", "circular import" in str(e))
