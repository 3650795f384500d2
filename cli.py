"""The `assistant` command, runnable from a checkout: `python cli.py lint examples/...`.

The installed console script `assistant` calls the same function; the implementation
lives in assistant/cli.py so that it ships inside the package (see README, "Layout").
"""

from assistant.cli import run

if __name__ == "__main__":
    run()
