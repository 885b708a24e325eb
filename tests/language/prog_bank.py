# Classes, properties, exceptions and sorting working together: a tiny bank ledger.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount}: balance {account.balance}')
        self.account = account
        self.amount = amount

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(('withdraw', amount))
        return self
    def __repr__(self):
        return f'Account({self.id}, {self.owner!r}, {self._balance})'
    def __lt__(self, other):
        return (self._balance, self.owner) < (other._balance, other.owner)

class SavingsAccount(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, balance=0):
        acct = cls(owner, balance)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            raise LookupError(f'no account {src}') from None
        self.accounts[dst].deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
a = bank.open(Account, 'ann', 100)
b = bank.open(SavingsAccount, 'bob', 250)
c = bank.open(Account, 'cid')
bank.transfer(a.id, c.id, 40)
print(a, b, c, bank.total())
for src, dst, amt in [(1, 2, 500), (9, 1, 1), (2, 3, -5), (2, 3, 50)]:
    try:
        bank.transfer(src, dst, amt)
        print('ok', src, dst, amt)
    except InsufficientFunds as e:
        print('InsufficientFunds:', e, e.amount)
    except LookupError as e:
        print('LookupError:', e, e.__suppress_context__)
    except ValueError as e:
        print('ValueError:', e)
print(b.add_interest(), b.balance, b.history)
print(sorted(bank.accounts.values()))
print(max(bank.accounts.values(), key=lambda x: x.balance).owner)
print({acct.owner: len(acct.history) for acct in bank.accounts.values()})
print(isinstance(b, Account), type(b).__mro__[1].__name__, SavingsAccount.rate, round(bank.total(), 2))
