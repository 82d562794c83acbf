def a(x):
    return x in {'ab', 'cd'}, x in {'225', '426'}, x in {'a b', 'c d'}, 1.5
def b(x):
    return x in {'ab', 'cd'}, x in {'225', '426'}, x in {'a b', 'c d'}, 2.5
def c(x):
    return x in {'cd', 'ab'}, x in {'426', '225'}, x in {'c d', 'a b'}, x in {float('nan')}, 3.5
