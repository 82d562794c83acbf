def f():
    return (yield
