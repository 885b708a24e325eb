print("mpkg/__init__ runs first, as", __name__)
