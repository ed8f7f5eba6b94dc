def closest_beacon_pair(beacons):
    def solve(pts):
        n = len(pts)
        if n <= 3:
            best = float("inf")
            for i in range(n):
                for j in range(i + 1, n):
                    d = (pts[i][0] - pts[j][0]) ** 2 + (pts[i][1] - pts[j][1]) ** 2
                    best = min(best, d)
            return best
        mid = n // 2
        mid_x = pts[mid][0]
        best = min(solve(pts[:mid]), solve(pts[mid:]))
        strip = [p for p in pts if (p[0] - mid_x) ** 2 < best]
        strip.sort(key=lambda p: p[1])
        for i in range(len(strip)):
            for j in range(i + 1, len(strip)):
                dy = strip[j][1] - strip[i][1]
                if dy * dy >= best:
                    break
                d = (strip[j][0] - strip[i][0]) ** 2 + dy * dy
                best = min(best, d)
        return best

    return solve(sorted(beacons))
