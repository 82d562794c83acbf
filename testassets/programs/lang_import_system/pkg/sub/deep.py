from .. import helpers
from ..helpers import triple as t3
from . import sibling
def combined(x): return helpers.double(x) + t3(x) + sibling.ONE
