# Private name mangling in classes.
class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = 'single underscore'
    def balance(self):
        return self.__balance
    def __secret(self):
        return 'secret method'
    def call_secret(self):
        return self.__secret()
a = Account()
print(a.balance(), a._protected, a.call_secret())
print(a._Account__balance, a._Account__secret())
try:
    a.__balance
except AttributeError as e:
    print('AttributeError', e)
print(sorted(vars(a)))
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 'sub balance'
print(sorted(vars(Sub())))
class Dunder:
    __not_mangled__ = 'dunder names are not mangled'
print(Dunder.__not_mangled__)
