"""The text primitives, one of each, shared by every stage: cleaning (:mod:`.clean`), words
and their normal form (:mod:`.words`), sentences (:mod:`.sentences`), dates (:mod:`.dates`),
quotation marks (:mod:`.quote_marks`), case-folded patterns (:mod:`.folded`) and the rules of
news writing that tell a fact from filler (:mod:`.filler`)."""
