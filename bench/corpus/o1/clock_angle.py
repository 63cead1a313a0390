h, m = map(int, input().split(":"))
hour_angle = (h % 12) * 30 + m * 0.5
minute_angle = m * 6
diff = abs(hour_angle - minute_angle)
print(min(diff, 360 - diff))
