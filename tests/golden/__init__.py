"""Golden files of the exporters and the hand-made brief they are rendered from."""
