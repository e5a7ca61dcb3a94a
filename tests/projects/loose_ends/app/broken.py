def half_written(:
    pass
