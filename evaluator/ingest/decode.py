"""Turn a file's bytes into clean text: encoding detection, BOMs, NFKC, line endings."""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import InputError

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A UTF-8 multi-byte sequence: its presence means the file was meant to be UTF-8.
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def decode_bytes(data: bytes, path: str) -> str:
    """Decode ``data`` as UTF-8 (BOM or not), UTF-16 (BOM or not) or Windows-1252.

    Best effort, documented in tests/data/bad/README.md: UTF-16 without a BOM is recognised
    when mostly ASCII; NUL padding at the end and a few stray NULs are dropped; a multi-byte
    character cut off at the very end (a truncated file) is dropped. Raises
    :class:`InputError` for empty, binary or undecodable content.
    """
    if not data.strip():
        raise InputError("file is empty; expected a transcript or answers", path=path)
    utf16_without_bom = bomless_utf16(data)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_without_bom:
        try:
            text = data.decode(utf16_without_bom or "utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid UTF-16 at byte {exc.start}", path=path) from exc
    elif data.startswith(codecs.BOM_UTF8):
        try:
            text = _decode_utf8(data[3:])
        except UnicodeDecodeError as exc:
            line = data[3: 3 + exc.start].count(b"\n") + 1
            raise InputError(f"invalid UTF-8 byte sequence at byte {exc.start + 3}", path=path,
                             line=line) from exc
    else:
        data = data.rstrip(b"\x00")  # NUL padding, as left by a crash or a preallocating writer
        sample = data[:65536]
        if sample.count(b"\x00") > len(sample) // 100:
            raise InputError("binary file (contains NUL bytes); expected UTF-8, UTF-16 or "
                             "Windows-1252 text", path=path)
        try:
            text = _decode_utf8(data, truncated_ok=bool(UTF8_MULTIBYTE.search(data)))
        except UnicodeDecodeError as exc:
            if UTF8_MULTIBYTE.search(data):
                # Mostly UTF-8 with a broken sequence: guessing another encoding would garble it.
                line = data[: exc.start].count(b"\n") + 1
                raise InputError(f"invalid UTF-8 byte sequence at byte {exc.start}; expected "
                                 "UTF-8, UTF-16 with BOM or Windows-1252 text",
                                 path=path, line=line) from exc
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as exc2:
                line = data[: exc2.start].count(b"\n") + 1
                raise InputError(f"undecodable byte 0x{data[exc2.start]:02x} at byte {exc2.start}; "
                                 "expected UTF-8, UTF-16 with BOM or Windows-1252 text",
                                 path=path, line=line) from exc2
    return normalise_text(text, path)


def _decode_utf8(data: bytes, *, truncated_ok: bool = True) -> str:
    """UTF-8, dropping a multi-byte character cut off at the very end (a truncated file).

    Without other evidence of UTF-8 (``truncated_ok`` false), a lone lead byte at the end is
    more likely a Windows-1252 letter ("caf\\xe9"), so it is left to fail.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if truncated_ok and exc.end == len(data) and exc.reason == "unexpected end of data":
            return data[: exc.start].decode("utf-8")
        raise


def bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when ``data`` looks like mostly-ASCII UTF-16 without a BOM.

    Such text has a NUL in (nearly) every other byte, which nothing else does.
    """
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if odd >= 0.9 and even <= 0.1:
        return "utf-16-le"
    if even >= 0.9 and odd <= 0.1:
        return "utf-16-be"
    return None


def normalise_text(text: str, path: str = "<text>") -> str:
    """NFKC-normalise, unify line endings and drop control characters (keeping tabs/newlines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = unicodedata.normalize("NFKC", text)
    controls = len(CONTROL_CHARS.findall(text))
    if controls and controls > max(8, len(text) // 100):
        raise InputError("binary content (many control characters); expected text", path=path)
    text = CONTROL_CHARS.sub("", text)
    if not text.strip():
        raise InputError("file is empty; expected a transcript or answers", path=path)
    return text
