"""A table's cell printed again in the running text with two neighbouring digits swapped is a misprinted repeat (PDF
probe 58: the project table's 高山茶叶精深加工厂 860万元, the text's '…高山茶叶精深加工厂使用援助资金680万元', missed):
one measure, the same page or the next, and the cell's row and column names sharing four characters or more with the
words around the text's figure. Two significant digits swapped count only under a long shared name."""

from __future__ import annotations

from pathlib import Path

from factories import ruled_table_page, saved_and_checked

EDGES = (70, 300, 400)


def repeats(path: Path, rows: list[tuple[object, ...]], sentence: str) -> list[tuple[str, str, list[str], bool]]:
    canvas = ruled_table_page(path, "表1 2024年协作资金项目表", ("项目", "援助资金"), rows, EDGES)
    canvas.drawString(70, 500, sentence)
    return [c for c in saved_and_checked(canvas, path)[1] if c[0] == "repeat"]


ROWS = [(0, "肉牛标准化养殖小区", "1,260"), (0, "高山茶叶精深加工厂", "860"), (0, "合计", "2,120")]


def test_a_cell_printed_again_with_digits_swapped(tmp_path: Path) -> None:
    found = repeats(tmp_path / "t.pdf", ROWS, "石桥乡肉牛标准化养殖小区投入援助资金1,620万元,存栏肉牛1,500余头。")
    assert found == [("repeat", "1,260", ["1,620万元"], False)]


def test_two_digits_swapped_under_a_long_shared_name(tmp_path: Path) -> None:
    found = repeats(tmp_path / "t.pdf", ROWS, "龙泉镇高山茶叶精深加工厂使用援助资金680万元,已于9月建成投产。")
    assert found == [("repeat", "860", ["680万元"], False)]


def test_another_item_with_those_digits_is_no_repeat(tmp_path: Path) -> None:
    found = repeats(tmp_path / "t.pdf", ROWS, "全县新建村级光伏电站投入县级资金1,620万元,年发电收益可观。")
    assert found == []
