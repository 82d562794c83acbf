rf"\{x}\n"
