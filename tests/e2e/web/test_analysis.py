"""Analysis from the browser: Big-O per function and overall, source badge, runtime chart."""

from __future__ import annotations

from playwright.async_api import expect

from tests.e2e.web.conftest import Pages, WebServer, create_room, random_name, set_code

CLASSES = ["O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)", "O(2^n)"]
BUBBLE = """def bubble(xs):
    n = len(xs)
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs


print(bubble([3, 1, 2]))
"""


async def test_analysis_shows_big_o_per_function(web_server: WebServer, pages: Pages) -> None:
    page = await pages.new_page(web_server.url)
    await create_room(page, f"Ada-{random_name()}")
    await set_code(page, BUBBLE)
    await page.get_by_test_id("analyze-button").click()
    result = page.get_by_test_id("analysis-result")
    await result.wait_for(timeout=60_000)
    # The program sorts a constant list; the function itself is quadratic.
    assert await page.get_by_test_id("analysis-time").inner_text() in CLASSES
    assert await page.get_by_test_id("analysis-space").inner_text() in CLASSES
    await expect(page.get_by_test_id("analysis-source")).to_have_text(["offline"])
    row = result.locator("table.functions tr", has_text="bubble")
    await expect(row.locator("td").nth(2)).to_have_text("O(n^2)")
    has_measurements = await page.evaluate(
        "() => document.querySelectorAll('[data-testid=runtime-chart] circle').length"
    )
    if has_measurements:
        await expect(page.get_by_test_id("runtime-chart").locator("path.fit")).to_have_count(1)
