"""avatar_ops: batch training and rendering of 2D digital humans on MetaStudio."""

__version__ = "0.4.1"
