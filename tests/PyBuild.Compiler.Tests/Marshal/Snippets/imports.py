import os, sys
import os.path as osp
from collections import OrderedDict, defaultdict as dd
from . import sibling
from .pkg.mod import thing
from os import *
