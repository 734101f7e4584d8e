"""The value types of a contact's multi-part fields: labelled values, postal addresses, a photo."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

from journal.services.text import fold


@dataclass(frozen=True)
class LabeledValue:
    value: str
    label: str = ""
    is_primary: bool = False


#: The parts of a postal address, in the order vCard's ADR writes them.
ADDRESS_PARTS = ("po_box", "extended", "street", "city", "region", "postal_code", "country")


@dataclass(frozen=True)
class PostalAddress:
    """A postal address as address books keep it: labelled, in parts ("\\n" may break the street)."""

    label: str = ""
    po_box: str = ""
    extended: str = ""
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    is_primary: bool = False

    @classmethod
    def of(cls, label: str, parts: Sequence[str], primary: bool = False) -> PostalAddress:
        """An address from its label and its seven parts in ``ADDRESS_PARTS`` order (missing ones empty)."""
        values = [*parts, "", "", "", "", "", "", ""][:7]
        return cls(label, *values[:7], is_primary=primary)  # type: ignore[misc, arg-type]

    def parts(self) -> tuple[str, ...]:
        """The seven parts, in ``ADDRESS_PARTS`` order."""
        return tuple(getattr(self, name) for name in ADDRESS_PARTS)

    def is_empty(self) -> bool:
        """True when no part holds anything."""
        return not any(p.strip() for p in self.parts())

    def key(self) -> str:
        """What two copies of one address share (labels, case and accents aside)."""
        return fold(" ".join(" ".join(self.parts()).split()))

    def one_line(self) -> str:
        """ "street, postal code city, region, country" on one line."""
        town = " ".join(p for p in (self.postal_code, self.city) if p)
        pieces = [
            self.po_box,
            self.extended,
            self.street.replace("\n", ", "),
            town,
            self.region,
            self.country,
        ]
        return ", ".join(p for p in pieces if p)

    def as_dict(self) -> dict[str, str]:
        """The label and the parts that hold something (for comparisons and JSON)."""
        out = {"label": self.label} if self.label else {}
        out.update({n: getattr(self, n) for n in ADDRESS_PARTS if getattr(self, n)})
        return out


@dataclass(frozen=True)
class Photo:
    """A contact's photo or an organization's logo: the stored image (downscaled) and/or its address."""

    data: bytes | None = None
    mime: str = ""
    url: str = ""
    width: int = 0
    height: int = 0

    def __bool__(self) -> bool:
        return bool(self.data) or bool(self.url)


FIELD_NAMES = tuple(f.name for f in fields(PostalAddress))
