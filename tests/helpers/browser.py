"""What a learner or teacher does in Chromium, shared by the browser tests."""
from __future__ import annotations

from typing import Any

from tests.helpers.app import PASSWORD

COUNT = 5


def expect(*args: Any) -> Any:
    # Imported late so that a missing Playwright skips (or fails in CI) through the fixtures.
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(*args)


def start_quiz(page: Any, count: int = COUNT, mode: str = "Practice", types: list[str] | None = None) -> None:
    """From the home page, the way a learner would: follow the link, fill the form, start."""
    page.goto("/")
    page.get_by_role("link", name="New quiz on this document").click()
    expect(page.get_by_role("heading", name="New quiz")).to_be_visible()
    if types is not None:
        group = page.get_by_role("group", name="Question types")
        for box in group.get_by_role("checkbox").all():
            box.set_checked(False)
        for label in types:
            group.get_by_label(label, exact=True).check()
    page.get_by_label("Number of questions").fill(str(count))
    page.get_by_role("group", name="Mode").get_by_label(mode).check()
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.locator("#progress-label")).to_contain_text(f"Question 1 of {count}")
    # The question's text is there before its stylesheet has applied on a loaded machine (a
    # 320 px header measured unwrapped once in CI): tests measure the page as a learner sees it.
    page.wait_for_load_state("load")


def fill_in_an_answer(page: Any) -> None:
    """Give some answer, whatever the question type; right or wrong does not matter here."""
    form = page.locator("form.answer-form")
    for kind in ("radio", "checkbox"):
        boxes = form.locator(f"input[type={kind}]")
        if boxes.count():
            boxes.first.check()
    for name, text in (("text", "Lima"), ("number", "42")):
        field = form.locator(f"input[name={name}]")
        if field.count():
            field.fill(text)
    for gap in form.locator("input[name^=gap-]").all():  # the typed gaps of a cloze
        gap.fill("Lima")
    # Option 0 is the blank prompt. Taking option i+1 for the i-th select gives ordering
    # questions the distinct positions 1..n and matching questions distinct partners. With
    # JavaScript, ordering and matching are dragged and their drop-downs, hidden, already
    # hold a whole answer (the order shown): only visible drop-downs are filled in.
    for i, select in enumerate(form.locator("select:visible").all()):
        select.select_option(index=i + 1)


def sign_in(page: Any, username: str) -> None:
    page.goto("/auth/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator(".account")).to_contain_text(f"Signed in as {username}")


def sign_out(page: Any) -> None:
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()


def describe_violations(violations: list[dict[str, Any]]) -> str:
    """axe's findings in a few lines each: the rule, why it matters, and where."""
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:5]:
            summary = node.get("failureSummary", "").strip().splitlines()
            lines.append(f"    {' '.join(map(str, node['target']))}: {summary[-1].strip() if summary else ''}")
    return "\n".join(lines)
