f'\N{DASH}{x}'
