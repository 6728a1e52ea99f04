"""A quotation the summary already gives as a point is not listed again among the key quotes."""

from __future__ import annotations

from briefing.pipeline.build import build_brief


def test_a_quote_made_a_point_is_no_key_quote_of_its_storyline(make, repo_config) -> None:  # type: ignore[no-untyped-def]
    text = ("“Our finding is that the chemical was a nerve agent sprayed on his face,” said police chief Khalid Bakar.\n\n"
            "“We will charge both suspects with murder at the high court this week,” said prosecutor Mona Idris.\n\n"
            "“The embassy has asked for the body to be returned to the family at once,” said envoy Kang Chol.")
    brief = build_brief([make(text, title="Police name nerve agent in airport killing")], repo_config)
    told = [p.text for s in brief.storylines for p in s.summary]
    assert any("nerve agent" in t for t in told)
    for s in brief.storylines:
        points = " ".join(p.text for p in s.summary)
        assert not [brief.quotes[i].text for i in s.quotes if brief.quotes[i].text in points]
