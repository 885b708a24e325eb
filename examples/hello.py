print("Hello from Weft!")
