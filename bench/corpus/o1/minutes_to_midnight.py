hh, mm = map(int, input().strip().split(":"))
print((24 * 60 - (hh * 60 + mm)) % (24 * 60))
