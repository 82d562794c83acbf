# try/finally: return, break and continue interplay; finally overriding outcomes.
def f1():
    try:
        return "try"
    finally:
        print("finally runs")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f4())
def f5():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print(f5())
def f6():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
print(f6())
def f7():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        return f"caught {e}"
    finally:
        print("outer finally")
print(f7())
def f8():
    try:
        raise ValueError("first")
    finally:
        try:
            raise TypeError("second")
        except TypeError as e:
            print("handled in finally:", e)
try:
    f8()
except ValueError as e:
    print("propagated:", e)
def f9():
    try:
        raise ValueError("v")
    except ValueError:
        raise TypeError("t")
    finally:
        print("f9 finally")
try:
    f9()
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def f10(n):
    try:
        if n == 0:
            return "zero"
        return 10 // n
    except ZeroDivisionError:
        return "never"
    else:
        print("else only when no exception and no return")
    finally:
        print("f10 finally", n)
print(f10(0), f10(5))
def f11():
    try:
        pass
    except Exception:
        print("no")
    else:
        return "from else"
    finally:
        print("f11 finally")
print(f11())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in gen():
    print("got", x)
g = gen()
print(next(g))
g.close()
def f12():
    while True:
        try:
            return "ret"
        finally:
            break
    return "after loop"
print(f12())
def counter():
    count = 0
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise RuntimeError(i)
            finally:
                count += 10
        except RuntimeError:
            count += 1
    return count
print(counter())
