"""A deadline's codes as stored: its messages back from their JSON, and the policy facts it rests on.

Apart from the computation (``domain.deadlines``), so that reading stored deadlines (the command
line's quick paths, the Upcoming view) needs only the messages and the policy data.

Pure Python, standard library only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from .messages import Msg
from .policydata import Policy, stale_fact_ids


_FACT_PARAMS = ("fact", "stca_fact", "c12_fact", "bar_fact", "extension_fact")


def deadline_fact_ids(source_id: str | None, messages: Iterable[Msg]) -> tuple[str, ...]:
    """The policy fact ids a deadline rests on, from its source and its messages' parameters (a stored
    deadline has them in its message JSON, so the command line can tell its age of the law too)."""
    ids = [source_id] if source_id else []
    for message in messages:
        ids += [v for k, v in message.params.items() if k in _FACT_PARAMS and isinstance(v, str)]
    return tuple(dict.fromkeys(ids))


def messages_from_dict(data: Mapping[str, Any]) -> tuple[Msg, Msg, tuple[Msg, ...]]:
    """Title, basis and caveats back from ``Deadline.messages()``."""
    return (Msg.from_dict(data["title"]), Msg.from_dict(data["basis"]),
            tuple(Msg.from_dict(c) for c in data.get("caveats") or ()))


def stored_stale_facts(source_id: str | None, messages: Mapping[str, Any] | None, policy: Policy,
                       as_of: date) -> tuple[str, ...]:
    """A stored deadline's age of the law: the facts it rests on (its source and the facts its stored
    messages cite) not verified for too long, read against ``policy`` on ``as_of``. The command line
    and the Upcoming view both ask this."""
    title, basis, caveats = messages_from_dict(messages) if messages else (None, None, ())
    found = [m for m in (title, basis, *caveats) if m is not None]
    return stale_fact_ids(policy, deadline_fact_ids(source_id, found), as_of)
