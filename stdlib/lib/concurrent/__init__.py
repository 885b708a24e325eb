# Package for concurrent execution helpers (concurrent.futures).
