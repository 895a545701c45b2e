"""`python -m article2json` runs the command line."""

from article2json.cli.main import main

if __name__ == "__main__":
    main()
