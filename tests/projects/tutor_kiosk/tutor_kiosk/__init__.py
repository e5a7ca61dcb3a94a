"""Campus tutor kiosks: a MetaStudio dialog avatar backed by the university's own language model."""
