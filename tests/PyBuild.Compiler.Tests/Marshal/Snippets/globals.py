x = 1
def f():
    global x
    x += 1
    del x
def g():
    return x
