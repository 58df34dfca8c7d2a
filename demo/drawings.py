"""The demo's photos, drawn with Pillow (nothing is downloaded): a sky, a simple scene — a round
table, a podium, a road, mountains, a city… — and a caption band.

The same scene, caption and seed always give the same picture.
"""

import io
import random
from pathlib import Path

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

BLUE = (11, 61, 110)
NAVY = (7, 42, 76)
GREEN = (10, 107, 58)
RED = (204, 0, 0)
WHITE = (255, 255, 255)
GOLD = (248, 196, 0)
FONT_FILES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
)


def _font(size):
    for path in FONT_FILES:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def _gradient(size, top, bottom):
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def _flag(draw, x, y, width):
    """The flag of Tajikistan, simplified: red, white (wider) and green bands, a gold crown."""
    height = width // 2
    draw.rectangle((x, y, x + width, y + height * 2 // 7), fill=RED)
    draw.rectangle((x, y + height * 2 // 7, x + width, y + height * 5 // 7), fill=WHITE)
    draw.rectangle((x, y + height * 5 // 7, x + width, y + height), fill=GREEN)
    centre_x, centre_y = x + width // 2, y + height // 2
    draw.arc(
        (centre_x - width // 14, centre_y - height // 8, centre_x + width // 14, centre_y + height // 10),
        200,
        340,
        fill=GOLD,
        width=max(2, width // 60),
    )


def _people(draw, rng, left, right, baseline, count, scale):
    colours = [(60, 70, 90), (90, 60, 50), (40, 80, 70), (110, 100, 90), (30, 50, 100)]
    step = (right - left) / max(1, count)
    for index in range(count):
        x = int(left + step * (index + 0.5) + rng.uniform(-step / 6, step / 6))
        head = int(scale * rng.uniform(0.9, 1.1))
        draw.rounded_rectangle(
            (x - head * 2, baseline - head * 3, x + head * 2, baseline + head * 2),
            radius=head,
            fill=rng.choice(colours),
        )
        draw.ellipse((x - head, baseline - head * 5, x + head, baseline - head * 3), fill=(222, 184, 150))


def _scene(kind, image, rng):
    draw = ImageDraw.Draw(image)
    width, height = image.size
    if kind == "table":
        draw.rectangle((0, height * 3 // 5, width, height), fill=(196, 170, 140))
        _flag(draw, width // 12, height // 8, width // 5)
        table = (width // 5, height * 11 // 20, width * 4 // 5, height * 17 // 20)
        _people(draw, rng, width // 6, width * 5 // 6, height * 11 // 20, 9, height // 30)
        draw.ellipse(table, fill=(110, 70, 40), outline=(70, 45, 25), width=6)
        for index in range(8):
            x = table[0] + (table[2] - table[0]) * (index + 1) // 9
            draw.rectangle((x - 30, height * 13 // 20, x + 30, height * 13 // 20 + 18), fill=WHITE)
    elif kind == "podium":
        draw.rectangle((0, height * 3 // 4, width, height), fill=(120, 40, 40))
        _flag(draw, width * 3 // 5, height // 8, width // 4)
        draw.polygon(
            [
                (width * 2 // 5, height // 2),
                (width * 3 // 5, height // 2),
                (width * 29 // 50, height * 3 // 4),
                (width * 21 // 50, height * 3 // 4),
            ],
            fill=(90, 55, 30),
        )
        draw.line((width // 2, height // 2, width // 2 + 20, height * 2 // 5), fill=(30, 30, 30), width=6)
        _people(draw, rng, 0, width, height * 19 // 20, 11, height // 22)
    elif kind == "road":
        draw.rectangle((0, height // 2, width, height), fill=(70, 140, 70))
        draw.polygon(
            [
                (width * 9 // 20, height // 2),
                (width * 11 // 20, height // 2),
                (width * 17 // 20, height),
                (width * 3 // 20, height),
            ],
            fill=(80, 80, 85),
        )
        for step in range(6):
            top = height // 2 + (height // 2) * step // 6
            draw.rectangle(
                (width // 2 - 4 - step * 2, top, width // 2 + 4 + step * 2, top + height // 30), fill=WHITE
            )
        for stripe in range(7):
            x = width * 3 // 10 + stripe * width // 17
            draw.polygon(
                [
                    (x, height * 4 // 5),
                    (x + width // 30, height * 4 // 5),
                    (x + width // 26, height * 9 // 10),
                    (x + 4, height * 9 // 10),
                ],
                fill=WHITE,
            )
        draw.rectangle((width // 10, height // 5, width // 10 + 16, height * 4 // 5), fill=(50, 50, 50))
        draw.rounded_rectangle(
            (width // 10 - 50, height // 5, width // 10 + 66, height // 5 + 300), radius=20, fill=(30, 30, 30)
        )
        for index, colour in enumerate((RED, (90, 70, 0), (0, 70, 30))):
            draw.ellipse(
                (
                    width // 10 - 30,
                    height // 5 + 20 + index * 95,
                    width // 10 + 46,
                    height // 5 + 96 + index * 95,
                ),
                fill=colour,
            )
    elif kind == "mountains":
        for index in range(5):
            peak_x = width * (index * 2 + 1) // 10 + rng.randint(-60, 60)
            peak_y = height // 5 + rng.randint(0, height // 5)
            base = height * 4 // 5
            draw.polygon(
                [(peak_x - width // 4, base), (peak_x, peak_y), (peak_x + width // 4, base)],
                fill=(90 + index * 12, 100 + index * 10, 120 + index * 8),
            )
            draw.polygon(
                [
                    (peak_x - width // 20, peak_y + height // 12),
                    (peak_x, peak_y),
                    (peak_x + width // 20, peak_y + height // 12),
                ],
                fill=WHITE,
            )
        draw.rectangle((0, height * 4 // 5, width, height), fill=(235, 238, 242))
        draw.line(
            [
                (0, height * 9 // 10),
                (width // 3, height * 17 // 20),
                (width * 2 // 3, height * 23 // 25),
                (width, height * 21 // 25),
            ],
            fill=(60, 60, 65),
            width=28,
            joint="curve",
        )
    elif kind == "globe":
        centre_x, centre_y, radius = width // 2, height // 2, height * 2 // 5
        box = (centre_x - radius, centre_y - radius, centre_x + radius, centre_y + radius)
        draw.ellipse(box, fill=(30, 100, 170), outline=WHITE, width=6)
        for index in range(1, 4):
            inset = radius * index // 4
            draw.ellipse((box[0] + inset, box[1], box[2] - inset, box[3]), outline=WHITE, width=3)
        for index in range(-3, 4):
            offset = radius * index // 4
            half = int((radius**2 - offset**2) ** 0.5)
            draw.line(
                (centre_x - half, centre_y + offset, centre_x + half, centre_y + offset), fill=WHITE, width=3
            )
    elif kind == "shield":
        centre_x, top = width // 2, height // 8
        shield = [
            (centre_x - height // 3, top),
            (centre_x + height // 3, top),
            (centre_x + height // 3, top + height * 2 // 5),
            (centre_x, top + height * 3 // 4),
            (centre_x - height // 3, top + height * 2 // 5),
        ]
        draw.polygon(shield, fill=BLUE, outline=GOLD, width=10)
        star = [
            (centre_x, top + 90),
            (centre_x + 40, top + 200),
            (centre_x + 150, top + 200),
            (centre_x + 60, top + 270),
            (centre_x + 95, top + 380),
            (centre_x, top + 315),
            (centre_x - 95, top + 380),
            (centre_x - 60, top + 270),
            (centre_x - 150, top + 200),
            (centre_x - 40, top + 200),
        ]
        draw.polygon(star, fill=GOLD)
    elif kind == "building":
        draw.rectangle((0, height * 4 // 5, width, height), fill=(170, 170, 160))
        left, right, top = width // 5, width * 4 // 5, height * 2 // 5
        draw.polygon([(left - 30, top), (width // 2, height // 5), (right + 30, top)], fill=(230, 225, 210))
        draw.rectangle((left, top, right, height * 4 // 5), fill=(240, 236, 224))
        for index in range(8):
            x = left + 40 + index * (right - left - 80) // 7
            draw.rectangle((x - 18, top + 20, x + 18, height * 4 // 5 - 20), fill=(214, 208, 190))
        for step in range(3):
            draw.rectangle(
                (
                    left - 40 - step * 20,
                    height * 4 // 5 + step * 20,
                    right + 40 + step * 20,
                    height * 4 // 5 + step * 20 + 20,
                ),
                fill=(200, 198, 190),
            )
        draw.line((width // 2, height // 5, width // 2, height // 12), fill=(60, 60, 60), width=6)
        _flag(draw, width // 2, height // 12, width // 10)
    elif kind in {"phone", "camera"}:
        phone = (width // 2 - height // 5, height // 10, width // 2 + height // 5, height * 9 // 10)
        draw.rounded_rectangle(phone, radius=40, fill=(25, 25, 30))
        screen = (phone[0] + 20, phone[1] + 60, phone[2] - 20, phone[3] - 60)
        draw.rectangle(screen, fill=(235, 240, 248) if kind == "phone" else (120, 160, 200))
        if kind == "phone":
            text = "102"
            font = _font(height // 6)
            box = draw.textbbox((0, 0), text, font=font)
            draw.text(((screen[0] + screen[2] - box[2]) // 2, height // 3), text, font=font, fill=BLUE)
            for index in range(3):
                draw.arc(
                    (
                        phone[2] + 20 + index * 40,
                        height // 3 - index * 40,
                        phone[2] + 120 + index * 80,
                        height * 2 // 3 + index * 40,
                    ),
                    -50,
                    50,
                    fill=WHITE,
                    width=10,
                )
        else:
            car_y = (screen[1] + screen[3]) // 2
            draw.rounded_rectangle((screen[0] + 30, car_y, screen[2] - 30, car_y + 90), radius=20, fill=RED)
            draw.ellipse((screen[0] + 60, car_y + 60, screen[0] + 120, car_y + 120), fill=(20, 20, 20))
            draw.ellipse((screen[2] - 120, car_y + 60, screen[2] - 60, car_y + 120), fill=(20, 20, 20))
            draw.ellipse((screen[0] + 20, screen[1] + 20, screen[0] + 60, screen[1] + 60), fill=RED)
    elif kind == "classroom":
        draw.rectangle(
            (width // 6, height // 8, width * 5 // 6, height // 2),
            fill=(30, 70, 50),
            outline=(120, 80, 40),
            width=14,
        )
        for row in range(2):
            y = height * 7 // 10 + row * height // 8
            _people(draw, rng, width // 10, width * 9 // 10, y, 6, height // 36)
            draw.rectangle((width // 10, y, width * 9 // 10, y + 24), fill=(150, 110, 70))
    elif kind == "city":
        x = 0
        while x < width:
            block = rng.randint(width // 16, width // 8)
            top = rng.randint(height // 5, height // 2)
            draw.rectangle(
                (x, top, x + block - 8, height * 4 // 5),
                fill=(50 + rng.randint(0, 40), 70 + rng.randint(0, 40), 100),
            )
            for wy in range(top + 20, height * 4 // 5 - 20, 40):
                for wx in range(x + 12, x + block - 24, 30):
                    draw.rectangle((wx, wy, wx + 14, wy + 20), fill=(250, 220, 120))
            x += block
        draw.rectangle((0, height * 4 // 5, width, height), fill=(90, 90, 95))
        _people(draw, rng, width // 12, width * 11 // 12, height * 19 // 20, 8, height // 26)
    elif kind == "hall":
        draw.rectangle((0, height * 3 // 4, width, height), fill=(120, 40, 40))
        for index in range(6):
            x = width // 12 + index * width // 6
            draw.rectangle((x, height // 10, x + 40, height * 3 // 4), fill=(236, 228, 205))
        _flag(draw, width * 3 // 8, height // 6, width // 4)
        _people(draw, rng, 0, width, height * 19 // 20, 12, height // 24)


def photo(scene, caption, seed, size=(1600, 900)):
    """A simple, decent illustration for demo content: a gradient, a scene, a caption band."""
    rng = random.Random(seed)  # noqa: S311 (pictures, not secrets)
    top, bottom = rng.choice(
        [
            ((150, 190, 230), (230, 240, 250)),
            ((120, 170, 220), (250, 235, 210)),
            ((90, 130, 180), (210, 225, 240)),
        ]
    )
    image = _gradient(size, top, bottom)
    _scene(scene, image, rng)
    draw = ImageDraw.Draw(image)
    band = size[1] // 12
    draw.rectangle((0, size[1] - band, size[0], size[1]), fill=NAVY)
    draw.text((band // 2, size[1] - band * 4 // 5), f"mia.tj · {caption}", font=_font(band // 2), fill=WHITE)
    output = io.BytesIO()
    image.save(output, "JPEG", quality=88)
    return ContentFile(output.getvalue(), name=f"{seed}.jpg")
