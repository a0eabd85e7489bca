// Being written: CLI.
