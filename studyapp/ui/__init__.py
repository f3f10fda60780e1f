"""The PySide6 GUI: a thin layer over `studyapp.services`. Only this package imports Qt."""
