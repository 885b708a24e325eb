print('pkg: init')
PKG_NAME = 'pkg'
