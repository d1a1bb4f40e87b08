"""Turn a file's bytes into clean text: encoding detection, BOMs, NFKC, line endings."""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import InputError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A UTF-8 multi-byte sequence: its presence means the file was meant to be UTF-8.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def decode_bytes(data: bytes, path: str) -> str:
    """Decode ``data`` as UTF-8 (BOM or not), UTF-16 (with BOM) or Windows-1252.

    Raises :class:`InputError` for empty, binary or undecodable content.
    """
    if not data.strip():
        raise InputError("file is empty; expected a transcript or answers", path=path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid UTF-16 at byte {exc.start}", path=path) from exc
    elif data.startswith(codecs.BOM_UTF8):
        text = _decode_utf8(data[3:], path)
    elif b"\x00" in data[:65536]:
        raise InputError("binary file (contains NUL bytes); expected UTF-8, UTF-16 with BOM "
                         "or Windows-1252 text", path=path)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            if _UTF8_MULTIBYTE.search(data):
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


def _decode_utf8(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"invalid UTF-8 byte sequence at byte {exc.start + 3}", path=path,
                         line=line) from exc


def normalise_text(text: str, path: str = "<text>") -> str:
    """NFKC-normalise, unify line endings and drop control characters (keeping tabs/newlines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = unicodedata.normalize("NFKC", text)
    controls = len(_CONTROL.findall(text))
    if controls and controls > max(8, len(text) // 100):
        raise InputError("binary content (many control characters); expected text", path=path)
    text = _CONTROL.sub("", text)
    if not text.strip():
        raise InputError("file is empty; expected a transcript or answers", path=path)
    return text
