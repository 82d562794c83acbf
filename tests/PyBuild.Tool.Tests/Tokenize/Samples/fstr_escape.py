f"{{a}} \N{DASH} {b}"
