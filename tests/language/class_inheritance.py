# Single inheritance, overriding, isinstance/issubclass.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, an ' + Animal.kind(self)
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + '!'
for a in (Animal('generic'), Dog('rex'), Puppy('bit', 1)):
    print(type(a).__name__, a.speak(), a.kind())
p = Puppy('x', 2)
print(p.age, p.name)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(Dog('d'), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Dog, object))
print(Puppy.__bases__, Puppy.__mro__)
print(Puppy.__base__.__name__)
class Base:
    def template(self):
        return 'base calls ' + self.hook()
    def hook(self):
        return 'base hook'
class Derived(Base):
    def hook(self):
        return 'derived hook'
print(Derived().template())
print(isinstance(3, (str, int)), issubclass(bool, int), isinstance(True, int))
