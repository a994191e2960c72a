"""A deadline's codes as stored: its messages back from their JSON, and the policy facts it rests on.

Apart from the computation (``domain.deadlines``), so that reading stored deadlines (the command
line's quick paths, the Upcoming view) needs only the messages, and the policy data only when a
deadline may rest on a fact not verified for long (``fresh_on``).

Pure Python, standard library only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from .messages import Msg

if TYPE_CHECKING:  # the policy is read only for a deadline that may rest on stale facts (``fresh_on``)
    from .policydata import Policy


_FACT_PARAMS = ("fact", "stca_fact", "c12_fact", "bar_fact", "extension_fact")


def deadline_fact_ids(source_id: str | None, messages: Iterable[Msg]) -> tuple[str, ...]:
    """The policy fact ids a deadline rests on, from its source and its messages' parameters (a stored
    deadline has them in its message JSON, so the command line can tell its age of the law too)."""
    return _fact_ids(source_id, (m.params for m in messages))


def stored_fact_ids(source_id: str | None, messages: Mapping[str, Any] | None) -> tuple[str, ...]:
    """``deadline_fact_ids`` of a stored deadline, read from its message JSON as stored."""
    found = [messages["title"], messages["basis"], *(messages.get("caveats") or ())] if messages else []
    return _fact_ids(source_id, (m.get("params") or {} for m in found))


def _fact_ids(source_id: str | None, params: Iterable[Mapping[str, Any]]) -> tuple[str, ...]:
    ids = [source_id] if source_id else []
    for p in params:
        ids += [v for k, v in p.items() if k in _FACT_PARAMS and isinstance(v, str)]
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
    from .policydata import stale_fact_ids

    return stale_fact_ids(policy, stored_fact_ids(source_id, messages), as_of)


def fresh_on(fact_ids: Iterable[str], stale_from: Mapping[str, date], as_of: date) -> bool:
    """None of ``fact_ids`` can be stale on ``as_of``, told by ``stale_from`` alone (``policydata.stale_from``
    of the policy the deadlines were computed with): then a stored deadline's age of the law is known
    to be nothing, without reading the policy. A fact the policy does not have is never stale."""
    return all(as_of < stale_from[i] for i in fact_ids if i in stale_from)
