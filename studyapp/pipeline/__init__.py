"""The Qt-free content pipeline: sources -> passages -> facts -> questions -> bank.

Each stage is a pure function from plain data to plain data.
"""
