print("init shapes", __name__, __package__)
registry = ["square", "circle"]
