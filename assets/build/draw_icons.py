#!/usr/bin/env python3
"""Draws the Siap Ekspor icons (standard library only).

    python3 assets/icons/draw_icons.py        # writes next to this script

The artwork: a white cargo box with an arrow rising out of it (export), on the
theme green #0b5d4f. Shapes are signed distance functions; pixels near an edge
are supersampled 4x4 for anti-aliasing, the rest take one sample. Colours are
quantised to the 17 coverage levels of 16 samples, so every PNG fits in a
palette (colour type 3) and stays a few KB.

Outputs:
  icon-192.png, icon-512.png        purpose "any": rounded-square badge, transparent corners
  maskable-192.png, maskable-512.png purpose "maskable": full bleed, artwork inside the
                                    central 80 % safe circle
  apple-touch-icon.png              180x180, full bleed (iOS rounds the corners itself)
  favicon.svg                       the badge as a small SVG
"""

import math
import os
import struct
import zlib

GREEN = (0x0B, 0x5D, 0x4F)
WHITE = (0xFF, 0xFF, 0xFF)
SS = 4  # supersampling grid per axis at edges

# --- artwork, in a unit box [0,1]^2 (y down) -------------------------------------
# An upward arrow over a closed box: lid and body with a gap between them, and
# a strip of tape (a green cut-out) down the middle, in line with the arrow.
ARROW_HEAD = [(0.50, 0.02), (0.77, 0.28), (0.23, 0.28)]
SHAFT = (0.405, 0.27, 0.595, 0.40, 0.0)    # x0, y0, x1, y1, corner radius
LID = (0.08, 0.46, 0.92, 0.60, 0.035)
BODY = (0.13, 0.64, 0.87, 0.98, 0.045)
TAPE = (0.445, 0.40, 0.555, 0.81, 0.0)


def sd_round_rect(px, py, rect):
    x0, y0, x1, y1, r = rect
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    hx, hy = (x1 - x0) / 2 - r, (y1 - y0) / 2 - r
    qx, qy = abs(px - cx) - hx, abs(py - cy) - hy
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - r


def sd_polygon(px, py, pts):
    """Exact signed distance to a convex or concave polygon (negative inside)."""
    d = float('inf')
    inside = False
    n = len(pts)
    for i in range(n):
        ax, ay = pts[i]
        bx, by = pts[i - 1]
        ex, ey = bx - ax, by - ay
        wx, wy = px - ax, py - ay
        t = max(0.0, min(1.0, (wx * ex + wy * ey) / (ex * ex + ey * ey)))
        d = min(d, math.hypot(wx - ex * t, wy - ey * t))
        if (ay > py) != (by > py) and px < (bx - ax) * (py - ay) / (by - ay) + ax:
            inside = not inside
    return -d if inside else d


def sd_artwork(x, y):
    """White artwork: union of shapes minus the green cut-outs."""
    arrow = min(sd_polygon(x, y, ARROW_HEAD), sd_round_rect(x, y, SHAFT))
    box = min(sd_round_rect(x, y, LID), sd_round_rect(x, y, BODY))
    return min(arrow, max(box, -sd_round_rect(x, y, TAPE)))


# --- an icon = background shape + artwork placed in a square ---------------------
class Icon:
    def __init__(self, size, badge, art_box):
        self.size = size
        self.badge = badge        # None = full bleed, else (margin, radius) as fractions
        self.art_box = art_box    # (x0, y0, side) of the artwork box, as fractions

    def sd_background(self, u, v):
        if self.badge is None:
            return -1.0
        m, r = self.badge
        return sd_round_rect(u, v, (m, m, 1 - m, 1 - m, r))

    def sd_art(self, u, v):
        x0, y0, side = self.art_box
        return sd_artwork((u - x0) / side, (v - y0) / side) * side

    def sample(self, u, v):
        """Colour index at one point: 0 transparent, 1 green, 2 white."""
        if self.sd_background(u, v) > 0:
            return 0
        return 2 if self.sd_art(u, v) < 0 else 1

    def render(self):
        n = self.size
        px = 1.0 / n
        edge = 0.75 * px  # beyond this distance from every edge a pixel is uniform
        rows = []
        for j in range(n):
            row = []
            for i in range(n):
                u, v = (i + 0.5) * px, (j + 0.5) * px
                if abs(self.sd_background(u, v)) > edge and abs(self.sd_art(u, v)) > edge:
                    counts = [0, 0, 0]
                    counts[self.sample(u, v)] = SS * SS
                else:
                    counts = [0, 0, 0]
                    for b in range(SS):
                        for a in range(SS):
                            counts[self.sample((i + (a + 0.5) / SS) * px,
                                               (j + (b + 0.5) / SS) * px)] += 1
                row.append(tuple(counts))
            rows.append(row)
        return rows


def to_rgba(counts):
    """Average of the samples, premultiplied-correct (transparent has no colour)."""
    _, g, w = counts
    alpha = g + w
    if alpha == 0:
        return (0, 0, 0, 0)
    rgb = tuple(round((GREEN[k] * g + WHITE[k] * w) / alpha) for k in range(3))
    return rgb + (round(255 * alpha / (SS * SS)),)


def png_chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))


def write_png(path, rows):
    pixels = [[to_rgba(c) for c in row] for row in rows]
    palette = sorted({p for row in pixels for p in row}, key=lambda p: (p[3] != 255, p))
    height, width = len(pixels), len(pixels[0])
    if len(palette) > 256:
        raise SystemExit(f'{path}: {len(palette)} colours, palette overflow')
    index = {p: i for i, p in enumerate(palette)}
    raw = b''.join(b'\x00' + bytes(index[p] for p in row) for row in pixels)
    chunks = [png_chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 3, 0, 0, 0)),
              png_chunk(b'PLTE', b''.join(bytes(p[:3]) for p in palette))]
    alphas = [p[3] for p in palette]
    while alphas and alphas[-1] == 255:  # tRNS may stop at the last non-opaque entry
        alphas.pop()
    if alphas:
        chunks.append(png_chunk(b'tRNS', bytes(alphas)))
    chunks.append(png_chunk(b'IDAT', zlib.compress(raw, 9)))
    chunks.append(png_chunk(b'IEND', b''))
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + b''.join(chunks))
    return os.path.getsize(path)


def svg_favicon():
    """The 'any' badge as SVG, viewBox 0..64: same geometry as the PNGs."""
    s = 64
    m, r = BADGE
    x0, y0, side = BADGE_ART

    def p(x, y):
        return f'{(x0 + x * side) * s:.1f} {(y0 + y * side) * s:.1f}'

    def rect(rc, fill):
        a, b, c, d, rad = rc
        return (f'<rect x="{(x0 + a * side) * s:.1f}" y="{(y0 + b * side) * s:.1f}" '
                f'width="{(c - a) * side * s:.1f}" height="{(d - b) * side * s:.1f}" '
                f'rx="{rad * side * s:.1f}" fill="{fill}"/>')

    g = '#0b5d4f'
    head = ' '.join(p(x, y) for x, y in ARROW_HEAD)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {s} {s}">'
        f'<rect x="{m * s:.1f}" y="{m * s:.1f}" width="{(1 - 2 * m) * s:.1f}" '
        f'height="{(1 - 2 * m) * s:.1f}" rx="{r * s:.1f}" fill="{g}"/>'
        + rect(LID, '#fff') + rect(BODY, '#fff') + rect(TAPE, g)
        + rect(SHAFT, '#fff') + f'<polygon points="{head}" fill="#fff"/>'
        + '</svg>\n'
    )


# Badge for purpose "any": small margin, iOS-like corner radius; artwork box 66 % wide.
BADGE = (0.03, 0.20)
BADGE_ART = (0.17, 0.16, 0.66)
# Maskable: the safe zone is a circle of radius 0.40 centred; the artwork box of
# side 0.56 puts every shape within 0.34 of the centre, inside it.
MASKABLE_ART = (0.22, 0.21, 0.56)
# Apple touch icon: full bleed, iOS masks with rounded corners only.
APPLE_ART = (0.18, 0.17, 0.64)


def main():
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'icons')
    jobs = [
        ('icon-192.png', Icon(192, BADGE, BADGE_ART)),
        ('icon-512.png', Icon(512, BADGE, BADGE_ART)),
        ('maskable-192.png', Icon(192, None, MASKABLE_ART)),
        ('maskable-512.png', Icon(512, None, MASKABLE_ART)),
        ('apple-touch-icon.png', Icon(180, None, APPLE_ART)),
    ]
    for name, icon in jobs:
        size = write_png(os.path.join(here, name), icon.render())
        print(f'{size:7d} B  {name}')
    svg = svg_favicon()
    with open(os.path.join(here, 'favicon.svg'), 'w', encoding='utf-8') as f:
        f.write(svg)
    print(f'{len(svg.encode()):7d} B  favicon.svg')


if __name__ == '__main__':
    main()
