from ..alpha import run as other
def name(): return __name__ + " after " + other.name()
