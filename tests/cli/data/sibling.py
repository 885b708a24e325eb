WHO = 'sibling module imported from the script directory'
