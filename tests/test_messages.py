"""Messages are data (codes with parameters); the text package turns them into words per language."""

from datetime import date

import pytest

from casedesk.domain.messages import Msg, msg
from casedesk.text import render
from casedesk.text.formatting import Formatter
from casedesk.text.render import catalogue


def test_a_message_survives_json_with_dates_and_nested_messages():
    import json

    m = msg("x.outer", due=date(2026, 12, 2), n=3, names=("a", "b"), inner=msg("x.inner", relation="sister"))
    back = Msg.from_dict(json.loads(json.dumps(m.as_dict())))
    assert back == m and back.params["due"] == date(2026, 12, 2) and back.params["inner"].code == "x.inner"


def test_parameters_must_be_plain_values():
    with pytest.raises(TypeError):
        msg("x", value=object())


@pytest.mark.parametrize("lang, day, amount, number", [
    ("en", "1 December 2026", "CAD $1,230", "12,345"),
    ("fr", "1er décembre 2026", "1\u00a0230\u00a0$ CA", "12\u00a0345"),
])
def test_values_are_shown_the_language_s_way(lang, day, amount, number):
    fmt = Formatter(catalogue(lang), render)
    assert fmt.date(date(2026, 12, 1)) == day
    assert fmt.money(1230) == amount
    assert fmt.num(12345) == number


def test_a_code_without_words_shows_the_code_and_never_raises(caplog):
    assert render(msg("no.such.code", x=1), "fr") == "no.such.code"
    assert "no words for message no.such.code" in caplog.text
