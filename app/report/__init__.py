"""Printable documents and spreadsheets of indicator tables and comparisons. No Qt here:
the HTML is rendered by the Qt printing layer (app.ui.printing), the workbook by openpyxl."""
