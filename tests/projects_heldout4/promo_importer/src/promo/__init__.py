"""Batch scripts that push the marketing team's catalogue into MetaStudio."""
