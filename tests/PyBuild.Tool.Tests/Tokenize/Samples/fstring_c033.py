f'{x!r:#x}'
