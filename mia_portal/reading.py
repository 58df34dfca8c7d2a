"""The reading mode for visually impaired visitors: text size, high contrast, no images.

The choice lives in one cookie and is applied by classes on ``<html>``, so it works without
JavaScript and pages can be cached per combination.
"""

from dataclasses import dataclass

COOKIE_NAME = "reading"
SIZES = ("normal", "large", "larger")
CONTRASTS = ("normal", "high")


@dataclass(frozen=True)
class ReadingMode:
    size: str = "normal"
    contrast: str = "normal"
    hide_images: bool = False

    @classmethod
    def from_cookie(cls, value):
        """Unknown or malformed values are ignored: a junk cookie means the normal version."""
        size, contrast, images = ((value or "") + "::").split(":")[:3]
        return cls(
            size=size if size in SIZES else "normal",
            contrast=contrast if contrast in CONTRASTS else "normal",
            hide_images=images == "off",
        )

    def to_cookie(self):
        return f"{self.size}:{self.contrast}:{'off' if self.hide_images else 'on'}"

    @property
    def is_on(self):
        return self != ReadingMode()

    @property
    def css_classes(self):
        classes = []
        if self.size != "normal":
            classes.append(f"reading-{self.size}")
        if self.contrast == "high":
            classes.append("reading-contrast")
        if self.hide_images:
            classes.append("reading-no-images")
        return " ".join(classes)

    def changed(self, params):
        """A new mode from query parameters: mode=on|off, size=…, contrast=…, images=on|off."""
        if params.get("mode") == "off":
            return ReadingMode()
        mode = self
        if params.get("mode") == "on" and not self.is_on:
            mode = ReadingMode(size="large", contrast="high")
        size = params.get("size")
        contrast = params.get("contrast")
        images = params.get("images")
        return ReadingMode(
            size=size if size in SIZES else mode.size,
            contrast=contrast if contrast in CONTRASTS else mode.contrast,
            hide_images=(images == "off") if images in ("on", "off") else mode.hide_images,
        )
