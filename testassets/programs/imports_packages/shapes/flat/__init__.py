from . import square
__all__ = ["square", "circle", "visible"]
visible = "visible from shapes.flat"
hidden = "not exported"
