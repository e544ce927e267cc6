# Writes grey_randaugment_pil.txt, the reference of GreyRandAugmentTest: BCL's RandAugment operations
# as its authors' data/randaug.py calls them through PIL (Debian's python3-pil 9.4), on grey images
# converted to RGB as the code's dataset does, and back to grey. One case a line:
# op v w h u1 u2 <w*h input levels> | <w*h output levels>   (v: the operation's signed parameter;
# u1, u2: Cutout's uniform draws, numpy's uniform(w) being w + (1 - w) u).
# Usage: /usr/bin/python3 grey_randaugment_pil.py > grey_randaugment_pil.txt
import random
import PIL, PIL.Image, PIL.ImageOps, PIL.ImageEnhance, PIL.ImageDraw


def op_apply(img, op, v, u1, u2):
    w, h = img.size
    if op == 0: return img.transform(img.size, PIL.Image.AFFINE, (1, v, 0, 0, 1, 0))
    if op == 1: return img.transform(img.size, PIL.Image.AFFINE, (1, 0, 0, v, 1, 0))
    if op == 2: return img.transform(img.size, PIL.Image.AFFINE, (1, 0, v * w, 0, 1, 0))
    if op == 3: return img.transform(img.size, PIL.Image.AFFINE, (1, 0, 0, 0, 1, v * h))
    if op == 4: return img.rotate(v)
    if op == 5: return PIL.ImageOps.autocontrast(img)
    if op == 6: return PIL.ImageOps.invert(img)
    if op == 7: return PIL.ImageOps.equalize(img)
    if op == 8: return PIL.ImageOps.solarize(img, v)
    if op == 9: return PIL.ImageOps.posterize(img, max(1, int(v)))
    if op == 10: return PIL.ImageEnhance.Contrast(img).enhance(v)
    if op == 11: return PIL.ImageEnhance.Color(img).enhance(v)
    if op == 12: return PIL.ImageEnhance.Brightness(img).enhance(v)
    if op == 13: return PIL.ImageEnhance.Sharpness(img).enhance(v)
    if op == 14:
        v = v * w
        if v <= 0: return img
        x0 = w + (1 - w) * u1
        y0 = h + (1 - h) * u2
        x0 = int(max(0, x0 - v / 2.)); y0 = int(max(0, y0 - v / 2.))
        x1 = min(w, x0 + v); y1 = min(h, y0 + v)
        img = img.copy()
        PIL.ImageDraw.Draw(img).rectangle((x0, y0, x1, y1), (125, 123, 114))
        return img


MIN = [0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0.1, 0.1, 0.1, 0.1, 0]
MAX = [0.6, 0.6, 0.66, 0.66, 60, 1, 1, 1, 110, 8, 1.9, 1.9, 1.9, 1.9, 0.4]
rng = random.Random(17)
for case in range(195):
    op = case % 15
    w, h = (16, 17) if case < 30 else rng.choice([(5, 4), (7, 7), (3, 6), (9, 5)])
    s = rng.random()
    v = MIN[op] + s * (MAX[op] - MIN[op])
    if op <= 4 and rng.random() < 0.5:
        v = -v
    u1, u2 = rng.random(), rng.random()
    if rng.random() < 0.3:
        px = [rng.randrange(256) for _ in range(w * h)]
    else:  # dark background and bright strokes, as Fashion-MNIST
        px = [0 if rng.random() < 0.5 else rng.randrange(40, 256) for _ in range(w * h)]
    img = PIL.Image.frombytes('L', (w, h), bytes(px)).convert('RGB')
    out = op_apply(img, op, v, u1, u2).convert('L')
    print(op, repr(v), w, h, repr(u1), repr(u2), ' '.join(map(str, px)), '|', ' '.join(map(str, out.tobytes())))
