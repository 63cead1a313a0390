s = input().strip()
print(sum(1 for ch in s if ch in "aeiouAEIOU"))
