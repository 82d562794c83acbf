import circular_a
B_VALUE = "b"
def partial(): return hasattr(circular_a, "A_VALUE")
