# ModuleNotFoundError.
import definitely_not_a_module
