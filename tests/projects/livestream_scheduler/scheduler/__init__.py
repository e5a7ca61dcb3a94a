"""Digital-human livestream scheduler: queues live jobs and drives MetaStudio smart live rooms."""

__version__ = "0.4.0"
