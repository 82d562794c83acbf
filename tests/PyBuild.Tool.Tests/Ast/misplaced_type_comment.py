x: int = 3 + 4  # type: int
