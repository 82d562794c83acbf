print("helpers running as", __name__, "package", __package__)
def double(x): return x * 2
def triple(x): return x * 3
