// Being written: preload.
