"""live_console: runs the studio's virtual-avatar live rooms (start, steer, watch, stop)."""
