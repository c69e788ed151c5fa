"""``python -m khabar``."""

from khabar.cli import main

if __name__ == "__main__":
    main()
