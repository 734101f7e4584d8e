"""A CSV row's fingerprint: ``RowDigest`` (a table's rows) gives ``row_digest``'s bytes."""

from __future__ import annotations

from journal.interop.csv_tables import RowDigest, row_digest


def test_row_digest_of_a_table_is_the_row_digest() -> None:
    header = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    digest = RowDigest("linkedin", header)
    rows = [
        ["Lucía", "Fernández", "https://www.linkedin.com/in/x", "", "Acme, Inc.", "Head", "01 Jan 2015"],
        ["", "", "", "", "", "", ""],
        ["a\x1fb", "\ud800", "日本", "", "", "", ""],  # separators and a lone surrogate in a cell
        [],
    ]
    for row in rows:
        assert digest(row) == row_digest("linkedin", header, row)
    assert RowDigest("google", header)(rows[0]) != digest(rows[0])
    assert RowDigest("linkedin", header[:-1])(rows[0]) != digest(rows[0])
