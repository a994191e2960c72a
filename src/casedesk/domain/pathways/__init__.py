"""One assessor per pathway id: a pure function of (facts, policy, as-of date)."""
