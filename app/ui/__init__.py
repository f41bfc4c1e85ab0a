"""Everything that imports Qt lives here: windows, Qt item models, workers, printing."""
