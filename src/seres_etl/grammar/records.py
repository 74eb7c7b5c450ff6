"""Frozen dataclasses made sooner: the grammar makes thousands of small immutable records
(spans, numbers, mentions, cues, time expressions, periods) per document.

A frozen dataclass's own `__init__` sets each field through `object.__setattr__` (to get past
its own `__setattr__`, which refuses); `fast_init(cls)` gives it an `__init__` with the same
parameters and defaults that writes the fields into the instance's dictionary directly, in the
same order: the same instance, a third of the time. Classes it cannot do this for exactly
(slots, `__post_init__`, init-only or keyword-only fields, fields left out of `__init__`) keep
their own.
"""
from __future__ import annotations

import dataclasses


def fast_init(cls: type) -> type:
    """`cls` (a frozen dataclass) with a faster `__init__` of the same signature and effect."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" in cls.__dict__ or hasattr(cls, "__post_init__"):
        return cls
    all_fields = list(cls.__dataclass_fields__.values())
    fields = dataclasses.fields(cls)
    if len(all_fields) != len(fields) or any(not f.init or f.kw_only for f in fields):
        return cls  # init-only variables, class variables, keyword-only or non-init fields
    ns: dict = {"_MISSING": dataclasses.MISSING}
    args, body = [], []
    for i, f in enumerate(fields):
        if f.default is not dataclasses.MISSING:
            ns[f"_default_{i}"] = f.default
            args.append(f"{f.name}=_default_{i}")
        elif f.default_factory is not dataclasses.MISSING:
            ns[f"_factory_{i}"] = f.default_factory
            args.append(f"{f.name}=_MISSING")
            body.append(f"    if {f.name} is _MISSING:\n        {f.name} = _factory_{i}()")
        else:
            args.append(f.name)
        body.append(f"    __dataclass_dict__[{f.name!r}] = {f.name}")
    src = (f"def __init__(__dataclass_self__, {', '.join(args)}):\n"
           "    __dataclass_dict__ = __dataclass_self__.__dict__\n" + "\n".join(body) + "\n")
    exec(src, ns)
    init = ns["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls
