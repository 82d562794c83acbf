class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class K(object, metaclass=Meta, extra=1):
    pass
