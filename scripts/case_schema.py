"""Write the JSON Schema of casedesk.case/1 from the format's declaration (domain/casefields.py).

    .venv/bin/python scripts/case_schema.py            # rewrites docs/casedesk.case-1.schema.json
    .venv/bin/python scripts/case_schema.py --check    # exit 1 if the file is not current
    .venv/bin/python scripts/case_schema.py --doc-rows # the field tables docs/case-file.md must have

Run it after changing the declaration; tests/test_casefields.py fails until the file and the
documentation's tables match.
"""

import sys
from pathlib import Path

from casedesk.domain.caseschema import doc_rows, language_rows, language_test_rows, schema_text

SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "casedesk.case-1.schema.json"

if "--doc-rows" in sys.argv:
    for title, rows in (("Fields", doc_rows()), ("Language result", language_rows())):
        print(f"{title}:\n| field | type | meaning |\n|---|---|---|")
        print("\n".join(f"| `{path}` | {kind} | |" for path, kind in rows) + "\n")
    print("Language tests:\n| test | " + " | ".join(("speaking", "listening", "reading", "writing")) + " |")
    print("|---|---|---|---|---|")
    print("\n".join("| `" + t + "` | " + " | ".join(r) + " |" for t, *r in language_test_rows()))
elif "--check" in sys.argv:
    if not SCHEMA.is_file() or SCHEMA.read_text(encoding="utf-8") != schema_text():
        sys.exit(f"{SCHEMA.name} is not current: run scripts/case_schema.py")
else:
    SCHEMA.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA}")
