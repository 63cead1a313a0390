def running_totals(transactions):
    balance = 0
    history = []
    for amount in transactions:
        balance += amount
        history.append(balance)
    return history, max(history, default=0), min(history, default=0)
