"""Letters in other scripts: the time to render one letter, and its size, for a Latin name (the raw
baseline, measured in the same run) and for Arabic, Hebrew, Chinese, Hindi and Russian names; and the
first registration of every font. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_letter_scripts.py
"""

from __future__ import annotations

import io
import json
import statistics
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from casedesk.domain.casefile import parse_case
from casedesk.domain.eligibility import assess
from casedesk.domain.letters import Letterhead, letter_content
from casedesk.policy.loader import default_policy
from casedesk.text import render as words

AS_OF = date(2026, 11, 21)
SPEC = Path(__file__).resolve().parents[1] / "tests" / "data" / "spec_example.json"
HEAD = Letterhead(organisation="Clinique", address="1 rue", phone="1", email="a@b.c",
                  caseworker_name="Geneviève Tremblay", caseworker_title="Conseillère")
NAMES = {"latin (baseline)": ("María José", "Pérez Núñez"), "arabic": ("محمد", "عبد الله"),
         "hebrew": ("דוד", "כהן"), "chinese": ("小明", "王"), "hindi": ("अनीता", "शर्मा"),
         "russian": ("Ольга", "Иванова")}


def main() -> None:
    started = time.perf_counter()
    from casedesk.letters.fonts import register_fonts
    from casedesk.letters.render import render_pdf

    register_fonts()
    print(f"import and register every font: {time.perf_counter() - started:.3f} s")
    policy = default_policy()
    spec = parse_case(json.loads(SPEC.read_text(encoding="utf-8")))
    for label, (given, family) in NAMES.items():
        facts = replace(spec, client=replace(spec.client, given_names=given, family_name=family))
        content = letter_content("spousal_sponsorship", "en", facts, 1, assess(facts, policy, AS_OF), policy,
                                 AS_OF, HEAD, words=words)
        times, size = [], 0
        for _ in range(7):
            out = io.BytesIO()
            t = time.perf_counter()
            render_pdf(content, HEAD, out)
            times.append(time.perf_counter() - t)
            size = len(out.getvalue())
        print(f"{label:18} median {statistics.median(times) * 1000:6.1f} ms  {size / 1024:6.1f} KiB")


if __name__ == "__main__":
    main()
