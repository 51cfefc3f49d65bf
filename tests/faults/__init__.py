"""Bad input files and the one-line errors they must give."""
