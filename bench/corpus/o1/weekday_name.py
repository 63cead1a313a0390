NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def weekday(day_number):
    return NAMES[(day_number - 1) % 7]


def is_weekend(day_number):
    return weekday(day_number) in ("Sat", "Sun")
