def window_peaks(values, k):
    return [max(values[i:i + k]) for i in range(len(values) - k + 1)]
