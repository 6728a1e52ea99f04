"""De-duplication: re-published copies of one article (:mod:`.copies`, with
:mod:`.copy_body` and :mod:`.shingles`) and the claims several stories carry in
near-identical words (:mod:`.claims`)."""
