"""The frozen executable's entry point: the same ``main`` as the ``casedesk`` command."""

import sys

from casedesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
