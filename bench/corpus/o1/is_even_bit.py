def is_even(number: int) -> bool:
    return (number & 1) == 0


def parity_label(number: int) -> str:
    return "even" if is_even(number) else "odd"
