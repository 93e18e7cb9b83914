from operator_desk.cli import main
import sys

sys.exit(main())
