# Attributes read through the class itself, in a loop (the VM caches what such a read finds, per
# class version): functions, static and class methods, properties, constants, nested classes, and
# reads after the class, a base class or a metaclass-less subclass changes.


class Base:
    LIMIT = 10

    def method(self):
        return "method"

    @staticmethod
    def helper(x):
        return x * 2

    @classmethod
    def make(cls):
        return cls.__name__

    @property
    def prop(self):
        return "prop"

    class Inner:
        pass


class Child(Base):
    pass


def reads(cls):
    return [cls.LIMIT, cls.helper(3), cls.make(), cls.method.__name__, type(cls.prop).__name__,
            cls.Inner.__name__, cls.__name__]


for _ in range(3):
    print(reads(Base), reads(Child))

print(Base.make is Base.make, Base.helper is Base.helper, Base.method is Base.method)

Base.LIMIT = 20
print(reads(Child)[0], reads(Base)[0])
Child.LIMIT = 30
print(reads(Child)[0], reads(Base)[0])
del Child.LIMIT
print(reads(Child)[0])


def replaced(x):
    return x * 100


for i in range(3):
    if i == 1:
        Base.helper = staticmethod(replaced)
    print(Child.helper(i))


class Meta(type):
    def __getattr__(cls, name):
        return "meta:" + name


class WithMeta(metaclass=Meta):
    VALUE = 1


for _ in range(2):
    print(WithMeta.VALUE, WithMeta.missing)


class Descr:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)


class HasDescr:
    d = Descr()


for _ in range(2):
    print(HasDescr.d)

Descr.__get__ = lambda self, obj, owner: "replaced get"
print(HasDescr.d)

for _ in range(2):
    try:
        print(Base.nothing)
    except AttributeError as e:
        print(e)
