def product_bit_profile(values):
    product = 1
    for v in values:
        product *= v
    return (product.bit_length(), bin(product).count("1"))
