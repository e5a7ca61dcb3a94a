import sys

from flake8_metastudio.cli import main

if __name__ == "__main__":
    sys.exit(main())
