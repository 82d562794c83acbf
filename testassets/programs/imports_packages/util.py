print("loading util as", __name__)
loads = 1


def answer():
    return 42


if __name__ == "__main__":
    print("util is never main here")
