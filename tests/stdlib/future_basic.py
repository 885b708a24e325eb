from __future__ import annotations, division, print_function, generator_stop
import __future__

print(__future__.all_feature_names)
print(__future__.annotations, __future__.division.getMandatoryRelease())
print(__future__.annotations.getOptionalRelease(), __future__.annotations.mandatory)
print(hex(__future__.CO_FUTURE_ANNOTATIONS), __future__.generators.compiler_flag)
for name in __future__.all_feature_names:
    print(name, type(getattr(__future__, name)).__name__)

def f(x: int) -> int:
    return x + 1
print(f(1), 7 / 2)
