s = """starts
and never
ends
