def r(x):
    if x:
        raise ValueError('bad') from None
    try:
        pass
    except Exception as e:
        raise RuntimeError() from e
    raise
