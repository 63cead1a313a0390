def table_row(n):
    row = []
    for k in range(1, 11):
        row.append(n * k)
    return row


print(*table_row(int(input())))
