"""What the benchmarks type into search boxes: not taken from the demo generator.

Common given names and surnames of several countries (as published in national
name statistics: Spain, Mexico, Portugal/Brazil, France, Germany, Italy, the UK,
the US, Poland, the Netherlands, India, China, Japan, Nigeria), written as people
type them (some with accents, some without), plus random prefixes of one to
three letters from a fixed seed. Some of these names are in the journal and
many are not: both cases are what a user types.
"""

from __future__ import annotations

import random
import string

GIVEN = [
    "maría", "jose", "antonio", "lucia", "guadalupe", "juan", "joão", "ana", "pierre", "camille",
    "lukas", "sophie", "giulia", "francesco", "oliver", "amelia", "james", "emily", "piotr", "zofia",
    "daan", "emma", "priya", "rahul", "wei", "li", "haruto", "yui", "chinedu", "ngozi",
]  # fmt: skip
FAMILY = [
    "garcía", "rodriguez", "hernández", "lópez", "silva", "santos", "martin", "bernard", "müller",
    "schmidt", "rossi", "russo", "smith", "jones", "johnson", "williams", "nowak", "kowalski",
    "de jong", "jansen", "sharma", "patel", "wang", "zhang", "sato", "suzuki", "okafor", "adeyemi",
]  # fmt: skip

SEED = 16


def random_prefixes(count: int = 40, seed: int = SEED) -> list[str]:
    """``count`` random prefixes of 1–3 lowercase letters (fixed seed)."""
    rng = random.Random(seed)
    return [
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 3))) for _ in range(count)
    ]


def search_words() -> list[str]:
    """Everything typed into the contact search, letter by letter: names, then prefixes."""
    rng = random.Random(SEED)
    names = rng.sample(GIVEN, 12) + rng.sample(FAMILY, 12)
    return names + random_prefixes(16)


def short_prefixes(count: int = 40, seed: int = SEED + 1) -> list[str]:
    """One- and two-letter prefixes for the timeline's text search (half of each)."""
    rng = random.Random(seed)
    letters = string.ascii_lowercase
    return ["".join(rng.choice(letters) for _ in range(1 + n % 2)) for n in range(count)]
