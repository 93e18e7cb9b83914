"""Entry point of the packaged desk: the same ``operator_desk.cli.main`` as ``operator-desk``.

The packaged binary is also what the desk starts for its sync child process
(``operator-desk sync --feed ...``: ``sys.executable`` is this binary when frozen), so it must
dispatch sub-commands exactly as the installed console script does.
"""

import multiprocessing
import sys

from operator_desk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless on Linux; needed if anything spawns on Windows
    sys.exit(main())
