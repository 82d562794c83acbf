# Circular imports: partially initialised modules, and the messages that mention them.
import first
print("main sees", first.A, first.second.B)
import second
print(second.report)
