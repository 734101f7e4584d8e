"""Photos kept in the journal: checked, downscaled and re-encoded before they are stored.

Pillow does the work (no Qt below the UI, and the command-line import has no Qt
application): a picture is decoded with a pixel limit (no decompression bombs),
turned upright, shrunk to at most ``MAX_SIDE`` pixels a side and stored as JPEG
(PNG when it has transparency), so no stored photo is larger than ``MAX_STORED_BYTES``.
Pillow is imported on first use only: start-up does not pay for it.
"""

from __future__ import annotations

import io
import warnings

from journal.services.errors import QT_TRANSLATE_NOOP, ValidationError
from journal.services.values import Photo

MAX_SIDE = 256  # pixels: enough for the contact header at 2x, a tenth of a phone photo's bytes
MAX_INPUT_BYTES = 15 * 1024 * 1024  # a photo file larger than this is not a contact photo
MAX_PIXELS = 40_000_000  # decoded size limit (a 6000x6000 photo is still fine)
MAX_STORED_BYTES = 96 * 1024


def _bad(reason: str) -> ValidationError:
    return ValidationError("photo", reason)


def prepare(data: bytes, url: str = "") -> Photo:
    """``data`` (any image Pillow reads) as the photo the journal stores; ``ValidationError`` if unusable."""
    if len(data) > MAX_INPUT_BYTES:
        raise _bad(QT_TRANSLATE_NOOP("Validation", "The photo is larger than 15 MB; choose a smaller one."))
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_PIXELS:
                raise _bad(QT_TRANSLATE_NOOP("Validation", "The photo has too many pixels to be a photo."))
            image.load()
            fmt = image.format
            if image.getexif().get(0x0112, 1) != 1:  # an EXIF orientation: turn it upright (re-encoded)
                image = ImageOps.exif_transpose(image) or image
                fmt = None
    except ValidationError:
        raise
    except (
        UnidentifiedImageError,
        OSError,
        ValueError,
        SyntaxError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        EOFError,
    ) as exc:
        raise _bad(QT_TRANSLATE_NOOP("Validation", "The photo is damaged or is not an image.")) from exc
    if (
        max(image.size) <= MAX_SIDE
        and len(data) <= MAX_STORED_BYTES
        and fmt in ("JPEG", "PNG")
        and not getattr(image, "is_animated", False)
    ):
        return Photo(
            data, f"image/{fmt.lower()}", url, image.width, image.height
        )  # small enough: kept as it is
    return _encode(image, url)


def _encode(image: object, url: str) -> Photo:
    from PIL import Image

    assert isinstance(image, Image.Image)
    alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    image = image.convert("RGBA" if alpha else "RGB")
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    for quality in (88, 75, 60, 45):
        out = io.BytesIO()
        if alpha:
            image.save(out, "PNG", optimize=True)
        else:
            image.save(out, "JPEG", quality=quality, optimize=True)
        if out.tell() <= MAX_STORED_BYTES or alpha:
            break
    data = out.getvalue()
    if len(data) > MAX_STORED_BYTES:  # a PNG with noise: store it as JPEG on white
        flat = Image.new("RGB", image.size, "white")
        flat.paste(image, mask=image.getchannel("A"))
        out = io.BytesIO()
        flat.save(out, "JPEG", quality=75, optimize=True)
        data, alpha = out.getvalue(), False
    return Photo(data, "image/png" if alpha else "image/jpeg", url, image.width, image.height)


def web_photo(url: str) -> Photo:
    """A photo known only by its web address (checked by the caller, ``validation.picture``;
    nothing is downloaded)."""
    return Photo(url=url)
