from . import config


def check(settings):
    return settings["missing"]


check(config.SETTINGS)
