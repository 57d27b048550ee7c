"""The regime colours and the rule they follow: any two differ clearly (CIEDE2000 ΔE ≥ 20).

Colours are compared in CIE Lab, the space in which distances approximate what eyes see,
with the CIEDE2000 colour difference (Sharma, Wu and Dalal 2005). A ΔE of about 2 is just
noticeable; the regimes of a map are told apart at a glance when every two of them differ by
:data:`MIN_REGIME_DIFFERENCE`. The first eight colours are Okabe and Ito's set, which
colour-blind eyes can tell apart; the rest were added one at a time, each the candidate
farthest from all chosen before it (the darkest last, so that
they colour a large region less often).
"""

from __future__ import annotations

import math

#: Every two regime colours differ by at least this CIEDE2000 ΔE.
MIN_REGIME_DIFFERENCE = 20.0

#: One colour per regime, in the order regimes are numbered (they repeat beyond the last).
REGIME_COLOURS = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#999999",  # grey
    "#332288",  # indigo
    "#999933",  # olive
    "#F97B72",  # salmon
    "#882255",  # wine
    "#661100",  # brown
    "#444444",  # dark grey
)

Lab = tuple[float, float, float]

#: The D65 white point of sRGB in CIE XYZ.
_WHITE = (0.95047, 1.0, 1.08883)


def lab(colour: str) -> Lab:
    """CIE L*a*b* (D65) of an sRGB colour written ``#rrggbb``."""
    channels = [int(colour[k : k + 2], 16) / 255 for k in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    xyz = (
        (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / _WHITE[0],
        (0.2126729 * r + 0.7151522 * g + 0.0721750 * b) / _WHITE[1],
        (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / _WHITE[2],
    )
    # f(t) = t^(1/3) above (6/29)^3, its tangent line below (CIE 1976).
    fx, fy, fz = (
        t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29 for t in xyz
    )
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _hue(b: float, a: float) -> float:
    """The hue angle in degrees, 0 to 360 (0 for a neutral colour)."""
    return math.degrees(math.atan2(b, a)) % 360 if (a or b) else 0.0


def colour_difference(first: Lab, second: Lab) -> float:
    """The CIEDE2000 colour difference ΔE₀₀ of two CIE Lab colours.

    Lightness, chroma and hue differences are weighted by S_L, S_C and S_H and the chroma
    and hue terms rotated by R_T in the blue region, after a* is stretched by 1 + G for
    near-neutral colours (Sharma, Wu and Dalal 2005, equations 1 to 22, with
    k_L = k_C = k_H = 1).
    """
    L1, a1, b1 = first
    L2, a2, b2 = second
    mean_chroma = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(mean_chroma**7 / (mean_chroma**7 + 25**7)))
    a1, a2 = (1 + g) * a1, (1 + g) * a2
    C1, C2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1, h2 = _hue(b1, a1), _hue(b2, a2)
    neutral = C1 * C2 == 0
    dh = h2 - h1
    if neutral:
        dh = 0.0
    elif dh > 180:
        dh -= 360
    elif dh < -180:
        dh += 360
    dH = 2 * math.sqrt(C1 * C2) * math.sin(math.radians(dh / 2))
    L, C = (L1 + L2) / 2, (C1 + C2) / 2
    if neutral:
        h = h1 + h2
    elif abs(h1 - h2) <= 180:
        h = (h1 + h2) / 2
    else:
        h = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h - 30))
        + 0.24 * math.cos(math.radians(2 * h))
        + 0.32 * math.cos(math.radians(3 * h + 6))
        - 0.20 * math.cos(math.radians(4 * h - 63))
    )
    rotation = (
        -2
        * math.sqrt(C**7 / (C**7 + 25**7))
        * math.sin(math.radians(60 * math.exp(-(((h - 275) / 25) ** 2))))
    )
    s_l = 1 + 0.015 * (L - 50) ** 2 / math.sqrt(20 + (L - 50) ** 2)
    s_c = 1 + 0.045 * C
    s_h = 1 + 0.015 * C * t
    lightness, chroma, hue = (L2 - L1) / s_l, (C2 - C1) / s_c, dH / s_h
    return math.sqrt(lightness**2 + chroma**2 + hue**2 + rotation * chroma * hue)
