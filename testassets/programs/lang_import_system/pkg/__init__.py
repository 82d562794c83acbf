print("pkg/__init__ running as", __name__)
from .helpers import double
VERSION = "1.0"
__all__ = ["double", "VERSION"]
_private = "hidden"
