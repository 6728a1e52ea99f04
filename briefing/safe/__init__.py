"""Reading untrusted input safely: the one way a file is opened (:mod:`.files`), the one way
YAML is read (:mod:`.yaml_loader`), and judging a user's regular expression before it runs
on every line (:mod:`.patterns`)."""
