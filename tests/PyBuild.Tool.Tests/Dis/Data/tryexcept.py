def f(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        print('zero', e)
    except (TypeError, ValueError):
        raise
    else:
        print('ok')
    finally:
        print('done')
try:
    f(0)
except* ValueError as eg:
    pass
