"""studyapp: learn a body of source documents through grounded questions."""

__version__ = "0.1.0"
