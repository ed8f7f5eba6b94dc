def street_crossings(east_west, north_south):
    return sum(1 for x1, x2, y in east_west for x, y1, y2 in north_south
               if x1 <= x <= x2 and y1 <= y <= y2)
