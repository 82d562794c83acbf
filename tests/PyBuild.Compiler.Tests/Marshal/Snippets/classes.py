class Base:
    """A base class."""
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    @property
    def upper(self):
        return self.name.upper()
class Child(Base):
    def __init__(self, name):
        super().__init__(name)
    def __repr__(self):
        return f"Child({self.name!r})"
print(Child("x"), Base.count)
