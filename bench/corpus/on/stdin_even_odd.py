n = int(input())
evens = odds = 0
for value in map(int, input().split()):
    if value % 2:
        odds += 1
    else:
        evens += 1
print(evens, odds)
