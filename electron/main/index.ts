// Being written: Electron shell.
