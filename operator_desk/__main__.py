import sys

from operator_desk.cli import main

sys.exit(main())
