# Under -O the asserts vanish and leave empty branches, whose jumps CPython's flow graph passes
# treat in ways that show in the bytecode: a NOP that keeps a line, an unreachable copy of a return.
def nested(ispkg, pkgdir, filename):
    if ispkg:
        assert ispkg
        if pkgdir:
            g(0)
    else:
        assert not ispkg
    if filename:
        h()


def stop(self, lock):
    if lock is not None:
        assert not lock.locked()
    if not self.daemon:
        with self.lock:
            self.maintain()


def checked(x):
    """A docstring, gone under -OO."""
    assert x > 0, "x must be positive"
    return x
