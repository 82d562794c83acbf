def check(x):
    assert x > 0, 'must be positive'
    assert x
    return x
